package io.sparkpulse.admin.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.sparkpulse.web.SitePaths;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.security.web.savedrequest.SimpleSavedRequest;

/**
 * Remembers which admin page a signed-out editor asked for, so that signing in leads back
 * to it, in a short cookie instead of a session: a visitor who has not signed in costs no
 * stored session. Only a relative admin path is kept and only such a path is ever
 * followed, so neither the Host header nor a forged cookie can send anyone elsewhere.
 */
final class ReturnPathCookie implements RequestCache {

	static final String NAME = "SP_RETURN";

	private static final int MAX_PATH = 500;

	@Override
	public void saveRequest(HttpServletRequest request, HttpServletResponse response) {
		if (!"GET".equals(request.getMethod())) {
			return;
		}
		String query = request.getQueryString();
		String path = request.getRequestURI() + ((query != null) ? "?" + query : "");
		if (followable(path)) {
			write(response, request.isSecure(),
					Base64.getUrlEncoder().withoutPadding().encodeToString(path.getBytes(StandardCharsets.UTF_8)), -1);
		}
	}

	@Override
	public SavedRequest getRequest(HttpServletRequest request, HttpServletResponse response) {
		String path = read(request);
		return (path != null) ? new SimpleSavedRequest(path) : null;
	}

	/**
	 * Only GET requests are remembered, so there is nothing to restore: the cookie is
	 * dropped once the editor is back on the page it names.
	 */
	@Override
	public HttpServletRequest getMatchingRequest(HttpServletRequest request, HttpServletResponse response) {
		String path = read(request);
		if (path != null && path.startsWith(request.getRequestURI())) {
			removeRequest(request, response);
		}
		return null;
	}

	@Override
	public void removeRequest(HttpServletRequest request, HttpServletResponse response) {
		if (read(request) != null) {
			write(response, request.isSecure(), "", 0);
		}
	}

	static boolean followable(String path) {
		return path.length() <= MAX_PATH && SitePaths.isAdminPath(path)
				&& path.chars().noneMatch((c) -> c == '\\' || c < 0x21 || c > 0x7e);
	}

	private static String read(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return null;
		}
		for (Cookie cookie : cookies) {
			if (NAME.equals(cookie.getName())) {
				try {
					String path = new String(Base64.getUrlDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
					return followable(path) ? path : null;
				}
				catch (IllegalArgumentException ex) {
					return null;
				}
			}
		}
		return null;
	}

	private static void write(HttpServletResponse response, boolean secure, String value, int maxAge) {
		ResponseCookie cookie = ResponseCookie.from(NAME, value)
			.path("/")
			.httpOnly(true)
			.secure(secure)
			.sameSite("Strict")
			.maxAge(maxAge)
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
	}

}
