package io.sparkpulse.admin.activity;

import java.time.LocalDate;

import io.sparkpulse.activity.ActivityKind;
import io.sparkpulse.activity.EditableActivity;
import io.sparkpulse.activity.NewActivity;
import io.sparkpulse.admin.web.Versioned;
import io.sparkpulse.admin.web.WebUrl;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The activity item form: one dated ship move of a product.
 */
public class ActivityForm implements Versioned {

	@NotNull(message = "Enter the date it happened.")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate occurredOn;

	@NotNull(message = "Choose what kind of move it was.")
	private ActivityKind kind;

	@NotBlank(message = "Enter a title.")
	@Size(max = 200, message = "Keep the title to 200 characters.")
	private String title;

	@Size(max = 1000, message = "Keep the address to 1,000 characters.")
	@WebUrl
	private String sourceUrl;

	@Size(max = 2000, message = "Keep the summary to 2,000 characters.")
	private String summary;

	private boolean spark;

	private long version;

	static ActivityForm of(EditableActivity item) {
		ActivityForm form = new ActivityForm();
		form.occurredOn = item.entry().occurredOn();
		form.kind = item.entry().kind();
		form.title = item.entry().title();
		form.sourceUrl = item.entry().sourceUrl();
		form.summary = item.entry().summary();
		form.spark = item.entry().spark();
		form.version = item.version();
		return form;
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

	@Override
	public long getVersion() {
		return this.version;
	}

	@Override
	public void setVersion(long version) {
		this.version = version;
	}

}
