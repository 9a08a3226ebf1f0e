package io.sparkpulse.freshness;

import java.util.Set;

/**
 * Tells a cache in front of the site (a CDN) which pages to drop: called after a write
 * commits, with the keys it changed and the derived keys that change with them, the same
 * names pages carry in their {@code Surrogate-Key} and {@code Cache-Tag} headers. The
 * default does nothing; declare a bean of this type to call a CDN's purge API. It runs on
 * the writing thread after commit, so a slow API should be called asynchronously; a
 * failure is logged and does not undo the write.
 */
public interface PurgeHook {

	void purge(Set<String> keys);

}
