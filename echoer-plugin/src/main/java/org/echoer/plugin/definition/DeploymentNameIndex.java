package org.echoer.plugin.definition;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An index on the deployments' names. echoer finds every definition by its deployment's name (an action's
 * newest version, whether a flow run's name is taken), and Camunda's schema has no index there: without
 * it each lookup reads every deployment, and every flow run adds one. Created once, if missing, when the
 * engine has built its schema; a database whose schema is managed by hand gets the statement in the log.
 */
public final class DeploymentNameIndex {

    private static final Logger LOG = LoggerFactory.getLogger(DeploymentNameIndex.class);
    public static final String NAME = "ECHOER_IDX_DEPL_NAME";

    private DeploymentNameIndex() {
    }

    static String createStatement(String tablePrefix) {
        return "create index if not exists " + NAME + " on " + tablePrefix + "ACT_RE_DEPLOYMENT (NAME_)";
    }

    public static void ensure(ProcessEngineConfigurationImpl configuration) {
        String prefix = configuration.getDatabaseTablePrefix() == null ? "" : configuration.getDatabaseTablePrefix();
        String create = createStatement(prefix);
        DataSource dataSource = configuration.getDataSource();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(create);
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            LOG.warn("could not create the index echoer looks definitions up by ({}); please run: {}", e.getMessage(), create);
        }
    }
}
