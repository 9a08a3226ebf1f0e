package io.sparkpulse.web;

/**
 * The editors' side of the site: the admin, and signing in and out. What is tuned for
 * readers' pages (the render queue, plain template contexts) leaves these alone.
 */
final class EditorPaths {

	private EditorPaths() {
	}

	static boolean contains(String path) {
		return path.startsWith("/admin") || path.equals("/login") || path.equals("/logout");
	}

}
