package io.sparkpulse.admin.web;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;

import io.sparkpulse.admin.Outcome;
import io.sparkpulse.admin.audit.SavedBy;
import io.sparkpulse.web.NotFoundException;

/**
 * Changes of state an editor asks for on one row seen at a version (retire, publish,
 * remove…): each locks the row, is refused as stale when someone saved the row since, and
 * otherwise applies the change under the lock, so a service states only its own rules.
 *
 * @param <T> the row as the editing service reads it
 */
public final class LockedEdits<T> {

	private final String entity;

	private final LongFunction<Optional<T>> lock;

	private final ToLongFunction<T> version;

	private final SavedBy savedBy;

	/**
	 * @param entity the row's kind, as the audit log names it
	 * @param lock locks the row for the rest of the transaction; empty when there is none
	 * @param version the row's version
	 */
	public LockedEdits(String entity, LongFunction<Optional<T>> lock, ToLongFunction<T> version, SavedBy savedBy) {
		this.entity = entity;
		this.lock = lock;
		this.version = version;
		this.savedBy = savedBy;
	}

	/**
	 * The row, locked; a missing one is a 404.
	 */
	public T locked(long id) {
		return this.lock.apply(id).orElseThrow(() -> new NotFoundException(this.entity + " " + id));
	}

	/**
	 * The change's outcome when the row is still at {@code version}; a conflict naming
	 * who saved it otherwise.
	 */
	public Outcome atVersion(long id, long version, Function<T, Outcome> change) {
		T current = locked(id);
		long saved = this.version.applyAsLong(current);
		if (saved != version) {
			return new Conflicts().conflict(saved, this.savedBy.of(this.entity, id));
		}
		return change.apply(current);
	}

}
