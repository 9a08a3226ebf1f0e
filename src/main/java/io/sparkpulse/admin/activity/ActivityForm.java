package io.sparkpulse.admin.activity;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import io.sparkpulse.activity.ActivityKind;
import io.sparkpulse.activity.EditableActivity;
import io.sparkpulse.activity.NewActivity;
import io.sparkpulse.admin.web.MergingForm;
import io.sparkpulse.admin.web.WebUrl;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The activity item form: one dated ship move of a product.
 */
public class ActivityForm extends MergingForm {

	private static final Map<String, String> LABELS = Map.of("occurredOn", "Date", "kind", "Kind", "title", "Title",
			"sourceUrl", "Source", "summary", "Summary", "spark", "Editorial spark");

	@NotNull(message = "Date: enter the date it happened.")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate occurredOn;

	@NotNull(message = "Kind: choose what kind of move it was.")
	private ActivityKind kind;

	@NotBlank(message = "Title: enter a title.")
	@Size(max = 200, message = "Title: keep this to 200 characters.")
	private String title;

	@Size(max = 1000, message = "Source: keep this to 1,000 characters.")
	@WebUrl(message = "Source: enter a full address starting with https:// (or http://).")
	private String sourceUrl;

	@Size(max = 2000, message = "Summary: keep this to 2,000 characters.")
	private String summary;

	private boolean spark;

	static ActivityForm of(EditableActivity item) {
		ActivityForm form = new ActivityForm();
		form.occurredOn = item.entry().occurredOn();
		form.kind = item.entry().kind();
		form.title = item.entry().title();
		form.sourceUrl = item.entry().sourceUrl();
		form.summary = item.entry().summary();
		form.spark = item.entry().spark();
		form.setVersion(item.version());
		form.rememberOriginal();
		return form;
	}

	@Override
	public Map<String, String> fieldValues() {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("occurredOn", (this.occurredOn != null) ? this.occurredOn.toString() : "");
		values.put("kind", (this.kind != null) ? this.kind.name() : "");
		values.put("title", text(this.title));
		values.put("sourceUrl", text(this.sourceUrl));
		values.put("summary", text(this.summary));
		values.put("spark", String.valueOf(this.spark));
		return values;
	}

	@Override
	public void setFieldValue(String field, String value) {
		switch (field) {
			case "occurredOn" -> this.occurredOn = dateOf(value);
			case "kind" -> this.kind = Arrays.stream(ActivityKind.values())
				.filter((k) -> k.name().equals(value))
				.findFirst()
				.orElse(this.kind);
			case "title" -> this.title = value;
			case "sourceUrl" -> this.sourceUrl = value.isEmpty() ? null : value;
			case "summary" -> this.summary = value;
			case "spark" -> this.spark = Boolean.parseBoolean(value);
			default -> throw new IllegalArgumentException("no field " + field);
		}
	}

	@Override
	public String fieldLabel(String field) {
		return LABELS.getOrDefault(field, field);
	}

	/**
	 * For the conflict table: each kind's label by its name, and the spark flag in words.
	 */
	static Map<String, Map<String, String>> valueLabels() {
		Map<String, String> kinds = new LinkedHashMap<>();
		Arrays.stream(ActivityKind.values()).forEach((k) -> kinds.put(k.name(), k.label()));
		return Map.of("kind", kinds, "spark", Map.of("true", "yes", "false", "no"));
	}

	private LocalDate dateOf(String value) {
		try {
			return value.isEmpty() ? null : LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			return this.occurredOn;
		}
	}

	private static String text(String value) {
		return (value != null) ? value : "";
	}

	static ActivityForm startingOn(LocalDate day) {
		ActivityForm form = new ActivityForm();
		form.occurredOn = day;
		form.kind = ActivityKind.RELEASE;
		return form;
	}

	NewActivity activity() {
		return new NewActivity(this.occurredOn, this.kind, this.title, this.summary, this.sourceUrl, this.spark);
	}

	public LocalDate getOccurredOn() {
		return this.occurredOn;
	}

	public void setOccurredOn(LocalDate occurredOn) {
		this.occurredOn = occurredOn;
	}

	public ActivityKind getKind() {
		return this.kind;
	}

	public void setKind(ActivityKind kind) {
		this.kind = kind;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSourceUrl() {
		return this.sourceUrl;
	}

	public void setSourceUrl(String sourceUrl) {
		this.sourceUrl = sourceUrl;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public boolean isSpark() {
		return this.spark;
	}

	public void setSpark(boolean spark) {
		this.spark = spark;
	}

}
