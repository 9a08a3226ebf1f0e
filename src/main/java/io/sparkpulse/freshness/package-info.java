/**
 * How public pages stay fast and fresh, in one place. Writers bump the versions of what
 * they changed ({@link io.sparkpulse.freshness.DataVersion#bump}, with
 * {@link io.sparkpulse.freshness.DependencyKeys}); controllers declare what their page
 * shows ({@link io.sparkpulse.freshness.PageDependencies}); every request for a public
 * page enters through the page cache ({@code CachedPageValve} inside Tomcat,
 * {@code PageCacheFilter} in the filter chain), which answers from memory or 304, renders
 * each page once however many readers ask for it together, and files it under the
 * versions of its keys; each instance learns of other instances' writes through
 * {@link io.sparkpulse.freshness.DataVersionWatcher}; a CDN in front is told what to drop
 * through a {@link io.sparkpulse.freshness.PurgeHook}.
 */
package io.sparkpulse.freshness;
