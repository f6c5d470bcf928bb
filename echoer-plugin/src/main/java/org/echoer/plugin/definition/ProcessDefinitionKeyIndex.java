package org.echoer.plugin.definition;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An index on the process definitions' key and version, which Camunda's schema lacks.
 *
 * <p>Every {@code flow_run} is a deployment of its own, so the definitions table grows by one row per run,
 * and each new run asks for the latest definition of its key (Camunda when it numbers the version, echoer
 * when it checks the process id is free). Without an index that is a scan of the whole table: with 50,000
 * definitions on PostgreSQL 8.9 ms per lookup, with the index 0.1 ms (docs/benchmarks.md).
 *
 * <p>Made when the engine manages its schema ({@code schema-update: true}); where a DBA does, a missing
 * index is logged with the statement that makes it.
 */
public final class ProcessDefinitionKeyIndex {

    static final String NAME = "ECHOER_IDX_PROCDEF_KEY";
    private static final Logger LOG = LoggerFactory.getLogger(ProcessDefinitionKeyIndex.class);

    private final DataSource dataSource;
    private final String table;

    private ProcessDefinitionKeyIndex(DataSource dataSource, String tablePrefix) {
        this.dataSource = dataSource;
        this.table = tablePrefix + "ACT_RE_PROCDEF";
    }

    /** Makes the index, or reports it missing, on the H2 and PostgreSQL databases echoer supports. */
    public static void ensure(ProcessEngineConfigurationImpl configuration) {
        String type = configuration.getDatabaseType();
        if (!"h2".equals(type) && !"postgres".equals(type)) {
            LOG.info("no index on process definition keys for database type {}: lookups by key scan the table", type);
            return;
        }
        String prefix = configuration.getDatabaseTablePrefix() == null ? "" : configuration.getDatabaseTablePrefix();
        ProcessDefinitionKeyIndex index = new ProcessDefinitionKeyIndex(configuration.getDataSource(), prefix);
        boolean engineOwnsSchema = !ProcessEngineConfigurationImpl.DB_SCHEMA_UPDATE_FALSE
                .equals(configuration.getDatabaseSchemaUpdate());
        index.ensure(engineOwnsSchema);
    }

    String createStatement() {
        return "CREATE INDEX IF NOT EXISTS " + NAME + " ON " + table + " (KEY_, VERSION_)";
    }

    private void ensure(boolean create) {
        try {
            if (create) {
                create();
            } else if (!exists()) {
                LOG.warn("the database lacks an index on process definition keys; each flow run scans every "
                        + "definition until a DBA runs: {}", createStatement());
            }
        } catch (SQLException e) {
            // a performance aid, not a reason to stay down; two nodes starting at once may race to make it
            LOG.warn("could not make the index on process definition keys ({}); to make it by hand: {}",
                    e.getMessage(), createStatement());
        }
    }

    private void create() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            boolean autoCommit = connection.getAutoCommit();
            statement.execute(createStatement());
            if (!autoCommit) {
                connection.commit();
            }
        }
    }

    /** Looked up by name in either case: H2 keeps names upper case, PostgreSQL lower case. */
    private boolean exists() throws SQLException {
        int dot = table.lastIndexOf('.');
        String schema = dot < 0 ? null : table.substring(0, dot);
        String tableName = table.substring(dot + 1);
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            for (boolean upper : new boolean[] {true, false}) {
                try (ResultSet indexes = meta.getIndexInfo(null, cased(schema, upper), cased(tableName, upper), false, true)) {
                    while (indexes.next()) {
                        if (NAME.equalsIgnoreCase(indexes.getString("INDEX_NAME"))) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }
    }

    private static String cased(String name, boolean upper) {
        if (name == null) {
            return null;
        }
        return upper ? name.toUpperCase(Locale.ROOT) : name.toLowerCase(Locale.ROOT);
    }
}
