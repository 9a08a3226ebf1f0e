package io.sparkpulse.admin.feeds;

import io.sparkpulse.ingest.FeedKind;
import io.sparkpulse.ingest.FeedSourceDraft;
import io.sparkpulse.ingest.FeedSourceStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The feed source form. Only presence and length are checked here; what makes an address
 * acceptable (scheme, host, no credentials, not followed twice) is decided by ingestion,
 * whose message the form shows next to the field.
 */
public class FeedSourceForm {

	static final int MAX_URL_LENGTH = 1000;

	@NotBlank(message = "Feed address: enter the feed’s address.")
	@Size(max = MAX_URL_LENGTH, message = "Feed address: keep this to at most 1,000 characters.")
	private String url;

	@NotNull(message = "Kind: choose what the feed publishes.")
	private FeedKind kind;

	static FeedSourceForm of(FeedSourceStatus source) {
		FeedSourceForm form = new FeedSourceForm();
		form.url = source.url();
		form.kind = source.kind();
		return form;
	}

	static FeedSourceForm empty() {
		FeedSourceForm form = new FeedSourceForm();
		form.kind = FeedKind.RELEASES;
		return form;
	}

	FeedSourceDraft draft() {
		return new FeedSourceDraft(this.url, this.kind);
	}

	public String getUrl() {
		return this.url;
	}

	public void setUrl(String url) {
		this.url = url;
	}

	public FeedKind getKind() {
		return this.kind;
	}

	public void setKind(FeedKind kind) {
		this.kind = kind;
	}

}
