package org.echoer.plugin.web;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a failure that happened because the database could not be reached (down, restarting, the pool's
 * wait for a connection ran out) from one of the request's own: the first is worth a 503 and a retry.
 */
final class DatabaseUnavailable {

    private static final String HIKARI_CLOSED = "Connection is closed";

    private DatabaseUnavailable() {
    }

    static boolean causes(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLRecoverableException
                    || cause instanceof CannotGetJdbcConnectionException || cause instanceof CannotCreateTransactionException) {
                return true;
            }
            // SQL state class 08: connection exception; 57P01-57P03: the server shuts down or is starting
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
            // the pool closed a connection the database broke (Hikari says so with no SQL state), or rolling back
            // on such a connection failed after the statement that broke it
            if (cause instanceof SQLException sql && HIKARI_CLOSED.equals(sql.getMessage())
                    || cause instanceof TransactionSystemException && cause.getCause() instanceof SQLException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
