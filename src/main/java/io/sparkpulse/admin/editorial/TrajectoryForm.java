package io.sparkpulse.admin.editorial;

import java.util.LinkedHashMap;
import java.util.Map;

import io.sparkpulse.admin.predictions.TrajectoryLedgerForm;
import io.sparkpulse.admin.web.MergingForm;
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
public class TrajectoryForm extends MergingForm {

	private static final Map<String, String> LABELS = Map.of("headline", "Headline", "currentState", "Current state",
			"heading", "Where it’s heading", "prediction", "Prediction");

	@NotBlank(message = "Headline: enter a headline.")
	@Size(max = 200, message = "Headline: keep this to 200 characters.")
	private String headline;

	@NotBlank(message = "Current state: describe the current state.")
	@Size(max = 4000, message = "Current state: keep this to 4,000 characters.")
	private String currentState;

	@NotBlank(message = "Where it’s heading: say where it is heading.")
	@Size(max = 4000, message = "Where it’s heading: keep this to 4,000 characters.")
	private String heading;

	@NotBlank(message = "Prediction: make a prediction.")
	@Size(max = 4000, message = "Prediction: keep this to 4,000 characters.")
	private String prediction;

	@Valid
	private TrajectoryLedgerForm ledger = new TrajectoryLedgerForm();

	static TrajectoryForm of(Trajectory current) {
		TrajectoryForm form = new TrajectoryForm();
		if (current != null) {
			form.headline = current.headline();
			form.currentState = current.currentState();
			form.heading = current.heading();
			form.prediction = current.prediction();
			form.setVersion(current.revision());
		}
		form.rememberOriginal();
		return form;
	}

	@Override
	public Map<String, String> fieldValues() {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("headline", text(this.headline));
		values.put("currentState", text(this.currentState));
		values.put("heading", text(this.heading));
		values.put("prediction", text(this.prediction));
		return values;
	}

	@Override
	public void setFieldValue(String field, String value) {
		switch (field) {
			case "headline" -> this.headline = value;
			case "currentState" -> this.currentState = value;
			case "heading" -> this.heading = value;
			case "prediction" -> this.prediction = value;
			default -> throw new IllegalArgumentException("no field " + field);
		}
	}

	@Override
	public String fieldLabel(String field) {
		return LABELS.getOrDefault(field, field);
	}

	private static String text(String value) {
		return (value != null) ? value : "";
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

}
