package io.sparkpulse.editorial;

/**
 * The four editorial fields of a trajectory, as an editor writes them.
 */
public record TrajectoryDraft(String headline, String currentState, String heading, String prediction) {
}
