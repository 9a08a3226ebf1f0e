package io.sparkpulse.admin.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.sparkpulse.admin.Outcome;

/**
 * Collects the fields where a saved version and an editor's version differ, for a
 * conflict message.
 */
public final class Conflicts {

	private final List<Outcome.Difference> differences = new ArrayList<>();

	public Conflicts field(String label, String theirs, String yours) {
		String saved = (theirs != null) ? theirs : "";
		String sent = (yours != null) ? yours : "";
		if (!Objects.equals(saved, sent)) {
			this.differences.add(new Outcome.Difference(label, saved, sent));
		}
		return this;
	}

	public Outcome.Conflict conflict(long currentVersion, String savedBy) {
		return new Outcome.Conflict(currentVersion, savedBy, List.copyOf(this.differences));
	}

}
