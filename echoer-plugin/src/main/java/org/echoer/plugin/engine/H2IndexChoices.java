package org.echoer.plugin.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps H2 from reading every process variable to find those of one execution. H2 plans a statement when a
 * connection first prepares it and keeps that plan in the connection's query cache; a plan made while the
 * tables were empty stays, however large they grow. On empty tables H2 reads Camunda's lookup of an
 * execution's variables ({@code EXECUTION_ID_ = ? AND TASK_ID_ IS NULL}, several times a step) through the
 * index on {@code TASK_ID_}, where every process variable sits under NULL: with 20,000 runs waiting for their
 * callbacks a lookup took 8.4 ms instead of 0.09 (docs/benchmarks.md). Telling H2 that {@code TASK_ID_} tells
 * few rows apart (echoer's processes have no user tasks; H2's own statistics say so once it has sampled the
 * table) makes it take the execution's index from the first plan on. Changing it also makes every connection
 * plan its statements again, so plans cached before it are not kept either.
 */
public final class H2IndexChoices {

    static final String HINT = "ALTER TABLE %sACT_RU_VARIABLE ALTER COLUMN TASK_ID_ SELECTIVITY 1";

    private static final Logger LOG = LoggerFactory.getLogger(H2IndexChoices.class);

    private H2IndexChoices() {
    }

    /** On H2 where the engine manages the schema; elsewhere a database plans with statistics of its own. */
    public static void ensure(ProcessEngineConfigurationImpl configuration) {
        if (!"h2".equals(configuration.getDatabaseType())
                || ProcessEngineConfigurationImpl.DB_SCHEMA_UPDATE_FALSE.equals(configuration.getDatabaseSchemaUpdate())) {
            return;
        }
        String prefix = configuration.getDatabaseTablePrefix() == null ? "" : configuration.getDatabaseTablePrefix();
        try (Connection connection = configuration.getDataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(HINT.formatted(prefix));
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            // a performance aid, not a reason to stay down
            LOG.warn("could not tell H2 how to read an execution's variables ({}); with many open runs each step"
                    + " reads them all until someone runs: {}", e.getMessage(), HINT.formatted(prefix));
        }
    }
}
