package org.echoer.webapp.startup;

import java.sql.SQLException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * The configured database server cannot be reached, refuses the login, or has no such database. Read
 * from the SQL state the driver reports (SQL standard and PostgreSQL classes), so it does not depend
 * on message texts.
 */
public final class DatabaseConnectionFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

    private static final String WHERE = "ECHOER_DB_URL, ECHOER_DB_USER, ECHOER_DB_PASSWORD with the postgres profile, "
            + "or spring.datasource.url, .username, .password";

    private final Environment environment;

    public DatabaseConnectionFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
        String state = String.valueOf(cause.getSQLState());
        String url = DatabaseSettings.url(environment);
        String user = DatabaseSettings.user(environment);
        if (state.startsWith("08")) {
            return new FailureAnalysis("The database at " + url + " cannot be reached: " + cause.getMessage(),
                    "Start the database server, or point echoer at the right host and port (" + WHERE + ").", cause);
        }
        if (state.equals("28000") || state.equals("28P01")) {
            return new FailureAnalysis("The database at " + url + " refuses the login of user '" + user + "': "
                    + cause.getMessage(),
                    "Give a user and password the database accepts (" + WHERE + ").", cause);
        }
        if (state.equals("3D000")) {
            return new FailureAnalysis("The database server answers, but has no database as named in " + url + ": "
                    + cause.getMessage(),
                    "Create it (e.g. createdb -O " + user + " NAME), or name an existing one (" + WHERE + ").", cause);
        }
        return null;
    }
}
