package io.sparkpulse.admin.audit;

/**
 * Who reads the audit log, which decides what it shows: entries about accounts (e-mail
 * addresses, roles, password resets) only to admins, who manage accounts; everything else
 * to every editor.
 */
public enum AuditReader {

	EDITOR(false), ADMIN(true);

	private final boolean seesAccounts;

	AuditReader(boolean seesAccounts) {
		this.seesAccounts = seesAccounts;
	}

	public static AuditReader of(boolean admin) {
		return admin ? ADMIN : EDITOR;
	}

	boolean seesAccounts() {
		return this.seesAccounts;
	}

}
