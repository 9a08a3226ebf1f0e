package io.sparkpulse.alternatives;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Several maps of peer profiles with no key in common, read as one without copying them:
 * a page that joins two sectors' cached peers, or adds its own products to them, used to
 * copy every profile into a new map.
 */
final class JoinedProfiles extends AbstractMap<Long, PeerProfile> {

	private final List<Map<Long, PeerProfile>> parts;

	private final int size;

	JoinedProfiles(List<Map<Long, PeerProfile>> parts) {
		this.parts = List.copyOf(parts);
		this.size = this.parts.stream().mapToInt(Map::size).sum();
	}

	@Override
	public PeerProfile get(Object key) {
		for (Map<Long, PeerProfile> part : this.parts) {
			PeerProfile profile = part.get(key);
			if (profile != null) {
				return profile;
			}
		}
		return null;
	}

	@Override
	public boolean containsKey(Object key) {
		return get(key) != null;
	}

	@Override
	public int size() {
		return this.size;
	}

	@Override
	public Set<Entry<Long, PeerProfile>> entrySet() {
		return new AbstractSet<>() {

			@Override
			public Iterator<Entry<Long, PeerProfile>> iterator() {
				return new Iterator<>() {

					private int part;

					private Iterator<Entry<Long, PeerProfile>> current = Map.<Long, PeerProfile>of()
						.entrySet()
						.iterator();

					@Override
					public boolean hasNext() {
						while (!this.current.hasNext() && this.part < JoinedProfiles.this.parts.size()) {
							this.current = JoinedProfiles.this.parts.get(this.part++).entrySet().iterator();
						}
						return this.current.hasNext();
					}

					@Override
					public Entry<Long, PeerProfile> next() {
						if (!hasNext()) {
							throw new NoSuchElementException();
						}
						return this.current.next();
					}

				};
			}

			@Override
			public int size() {
				return JoinedProfiles.this.size;
			}

		};
	}

}
