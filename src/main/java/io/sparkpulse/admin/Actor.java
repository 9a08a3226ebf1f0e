package io.sparkpulse.admin;

import java.io.Serializable;

/**
 * Who makes a change through the admin, as the audit log and trajectory revisions record
 * it.
 */
public record Actor(long id, String email, String name) implements Serializable {
}
