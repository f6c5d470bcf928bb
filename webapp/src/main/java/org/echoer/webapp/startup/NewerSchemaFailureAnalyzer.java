package org.echoer.webapp.startup;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/** Says that a newer release owns the database, and what to do about it. */
public final class NewerSchemaFailureAnalyzer extends AbstractFailureAnalyzer<NewerSchemaException> {

    private final Environment environment;

    public NewerSchemaFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, NewerSchemaException cause) {
        return new FailureAnalysis("The database at " + DatabaseSettings.url(environment) + " has the schema of Camunda "
                + cause.databaseVersion() + ", written by a newer echoer; this echoer runs Camunda " + cause.engineVersion()
                + " and would not read it safely.",
                "Start the newer echoer on this database, or start this one on a database of its own "
                        + "(spring.datasource.url, or ECHOER_DB_URL with the postgres profile).",
                cause);
    }
}
