package io.sparkpulse.web;

import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a lost database connection apart from other failures, by the causes it leaves
 * behind.
 */
final class ConnectionFailures {

	/** SQLSTATE class 08: connection exception. */
	private static final String CONNECTION_EXCEPTION_CLASS = "08";

	private ConnectionFailures() {
	}

	static boolean isConnectionFailure(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
					|| cause instanceof SocketException) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& sql.getSQLState().startsWith(CONNECTION_EXCEPTION_CLASS)) {
				return true;
			}
			if (cause instanceof SQLException sql && "Connection is closed".equals(sql.getMessage())) {
				return true;
			}
		}
		return false;
	}

}
