package io.sparkpulse.admin.editorial;

import io.sparkpulse.admin.web.VersionedForm;
import io.sparkpulse.editorial.Verdict;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The verdict form. Its version is the revision number the editor started from (0 for a
 * pair without a verdict): revisions are append-only, so a save is stale when a newer one
 * exists.
 */
public class VerdictForm extends VersionedForm {

	@NotBlank(message = "Write the verdict: when to pick which.")
	@Size(max = 4000, message = "Keep the verdict to 4,000 characters.")
	private String body;

	static VerdictForm of(Verdict current) {
		VerdictForm form = new VerdictForm();
		if (current != null) {
			form.body = current.body();
			form.setVersion(current.revision());
		}
		return form;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

}
