package io.sparkpulse.backup;

/**
 * An export or import that cannot go ahead; the message says why, for the operator
 * running it.
 */
public class BackupException extends RuntimeException {

	public BackupException(String message) {
		super(message);
	}

	public BackupException(String message, Throwable cause) {
		super(message, cause);
	}

}
