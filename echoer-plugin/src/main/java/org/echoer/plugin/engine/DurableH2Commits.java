package org.echoer.plugin.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * H2 keeps committed changes in memory and writes them to its file only every half second by default
 * ({@code WRITE_DELAY}): a node killed in between loses definitions, runs and callbacks it has already
 * answered with 2xx. echoer turns the delay off, so every commit is in the file when it returns. The
 * setting is kept in the database itself, so from the next start on it holds from the first commit.
 */
public final class DurableH2Commits {

    private static final Logger LOG = LoggerFactory.getLogger(DurableH2Commits.class);

    private DurableH2Commits() {
    }

    public static void ensure(ProcessEngineConfigurationImpl configuration) {
        if (!"h2".equals(configuration.getDatabaseType())) {
            return;
        }
        try (Connection connection = configuration.getDataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SET WRITE_DELAY 0");
        } catch (SQLException e) {
            // refused only to a user without admin rights: say what it costs and how to fix it
            LOG.warn("could not make every H2 commit durable ({}); a node killed may lose the last half second of"
                    + " accepted work: add ;WRITE_DELAY=0 to the database URL", e.getMessage());
        }
    }
}
