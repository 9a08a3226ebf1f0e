package io.sparkpulse.web;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Request ids: a proxy's well-formed {@code X-Request-Id}, or one made here, sent back
 * with the response so the client can quote it and its log lines can be found together.
 */
public final class RequestIds {

	public static final String HEADER = "X-Request-Id";

	private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._-]{8,64}");

	private RequestIds() {
	}

	/**
	 * The id of this request, also set on its response; the same id however often it is
	 * asked for.
	 */
	public static String assign(HttpServletRequest request, HttpServletResponse response) {
		String assigned = response.getHeader(HEADER);
		if (assigned != null) {
			return assigned;
		}
		String given = request.getHeader(HEADER);
		String id = (given != null && WELL_FORMED.matcher(given).matches()) ? given : newId();
		response.setHeader(HEADER, id);
		return id;
	}

	/**
	 * A request id must be unique, not unguessable: random bits from the thread's own
	 * generator, in UUID form, rather than {@code UUID.randomUUID()}, which draws from
	 * the shared SecureRandom on every request.
	 */
	private static String newId() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return new UUID(random.nextLong(), random.nextLong()).toString();
	}

}
