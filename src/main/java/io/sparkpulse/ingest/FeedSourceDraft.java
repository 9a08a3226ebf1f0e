package io.sparkpulse.ingest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A feed source as an editor enters it; also the form object of the admin page.
 *
 * @param url an absolute {@code http} or {@code https} address
 */
public record FeedSourceDraft(@NotBlank @Size(max = FeedUrl.MAX_LENGTH) String url, @NotNull FeedKind kind) {
}
