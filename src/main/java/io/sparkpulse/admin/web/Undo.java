package io.sparkpulse.admin.web;

import java.io.Serializable;

/**
 * A one-button undo offered in the message after an action: a form that posts
 * {@code version} (the version the action left) and {@code productId} to {@code path}.
 */
public record Undo(String path, long version, long productId, String label) implements Serializable {

}
