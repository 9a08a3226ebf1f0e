package io.sparkpulse.admin.editorial;

import io.sparkpulse.admin.predictions.TrajectoryLedgerForm;
import io.sparkpulse.admin.web.Versioned;
import io.sparkpulse.editorial.Trajectory;
import io.sparkpulse.editorial.TrajectoryDraft;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The trajectory form. Its version is the revision number the editor started from (0 for
 * a product without a trajectory): revisions are append-only, so a save is stale when a
 * newer one exists.
 */
public class TrajectoryForm implements Versioned {

	@NotBlank(message = "Enter a headline.")
	@Size(max = 200, message = "Keep the headline to 200 characters.")
	private String headline;

	@NotBlank(message = "Describe the current state.")
	@Size(max = 4000, message = "Keep this to 4,000 characters.")
	private String currentState;

	@NotBlank(message = "Say where it is heading.")
	@Size(max = 4000, message = "Keep this to 4,000 characters.")
	private String heading;

	@NotBlank(message = "Make a prediction.")
	@Size(max = 4000, message = "Keep this to 4,000 characters.")
	private String prediction;

	private long version;

	@Valid
	private TrajectoryLedgerForm ledger = new TrajectoryLedgerForm();

	static TrajectoryForm of(Trajectory current) {
		TrajectoryForm form = new TrajectoryForm();
		if (current != null) {
			form.headline = current.headline();
			form.currentState = current.currentState();
			form.heading = current.heading();
			form.prediction = current.prediction();
			form.version = current.revision();
		}
		return form;
	}

	TrajectoryDraft draft() {
		return new TrajectoryDraft(this.headline, this.currentState, this.heading, this.prediction);
	}

	public String getHeadline() {
		return this.headline;
	}

	public void setHeadline(String headline) {
		this.headline = headline;
	}

	public String getCurrentState() {
		return this.currentState;
	}

	public void setCurrentState(String currentState) {
		this.currentState = currentState;
	}

	public String getHeading() {
		return this.heading;
	}

	public void setHeading(String heading) {
		this.heading = heading;
	}

	public String getPrediction() {
		return this.prediction;
	}

	public void setPrediction(String prediction) {
		this.prediction = prediction;
	}

	public TrajectoryLedgerForm getLedger() {
		return this.ledger;
	}

	public void setLedger(TrajectoryLedgerForm ledger) {
		this.ledger = ledger;
	}

	@Override
	public long getVersion() {
		return this.version;
	}

	@Override
	public void setVersion(long version) {
		this.version = version;
	}

}
