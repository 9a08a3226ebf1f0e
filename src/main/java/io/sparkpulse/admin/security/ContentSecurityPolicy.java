package io.sparkpulse.admin.security;

/**
 * The Content-Security-Policy of the site: only its own scripts, styles and images (no
 * inline script or style anywhere), no base-URI tricks, forms only to itself. Admin pages
 * may not be framed at all.
 */
final class ContentSecurityPolicy {

	private static final String COMMON = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
			+ "script-src 'self'; base-uri 'none'; form-action 'self'; ";

	static final String ADMIN = COMMON + "frame-ancestors 'none'";

	static final String PUBLIC = COMMON + "frame-ancestors 'self'";

	private ContentSecurityPolicy() {
	}

}
