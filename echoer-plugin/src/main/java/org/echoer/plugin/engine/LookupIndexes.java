package org.echoer.plugin.engine;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Indexes Camunda's schema lacks for lookups echoer makes on tables that grow with every run. Without them
 * each lookup reads the whole table, so it gets slower with every run the server has ever had
 * (docs/benchmarks.md).
 *
 * <p>Made when the engine manages its schema ({@code schema-update: true}); where a DBA does, a missing
 * index is logged with the statement that makes it.
 */
public final class LookupIndexes {

    /** An index on {@code table} (without Camunda's table prefix). */
    record LookupIndex(String name, String table, String columns) {

        String createStatement(String tablePrefix) {
            return "CREATE INDEX IF NOT EXISTS " + name + " ON " + tablePrefix + table + " (" + columns + ")";
        }
    }

    static final List<LookupIndex> INDEXES = List.of(
            // every flow_run is a deployment of its own, and each new run asks for the latest definition of its
            // key: Camunda when it numbers the version, echoer when it checks the process id is free. Camunda
            // asks for "TENANT_ID_ IS NULL" too, which every row matches; unless this index has that column
            // as well, H2 reads the whole table through Camunda's tenant index
            new LookupIndex("ECHOER_IDX_PROCDEF_KEY_TENANT", "ACT_RE_PROCDEF", "KEY_, TENANT_ID_, VERSION_"),
            // a callback with a uuid no open step has is told apart (done, stopped, unknown) by the
            // external-task log, which grows by two rows a step
            new LookupIndex("ECHOER_IDX_EXT_TASK_LOG_TASK", "ACT_HI_EXT_TASK_LOG", "EXT_TASK_ID_"),
            // every submission asks for the newest deployment of each action and flow it names; a flow posted
            // again and again has a version for every change, and the newest is the first entry of its name here
            new LookupIndex("ECHOER_IDX_DEPLOYMENT_NAME_TIME", "ACT_RE_DEPLOYMENT", "NAME_, DEPLOY_TIME_ DESC, ID_ DESC"));

    /** Indexes of earlier versions that one of the above replaces: dropped where the engine manages the schema. */
    static final List<String> SUPERSEDED = List.of("ECHOER_IDX_PROCDEF_KEY");

    private static final Logger LOG = LoggerFactory.getLogger(LookupIndexes.class);

    private final DataSource dataSource;
    private final String tablePrefix;

    private LookupIndexes(DataSource dataSource, String tablePrefix) {
        this.dataSource = dataSource;
        this.tablePrefix = tablePrefix;
    }

    /** Makes the indexes, or reports the missing ones, on the H2 and PostgreSQL databases echoer supports. */
    public static void ensure(ProcessEngineConfigurationImpl configuration) {
        String type = configuration.getDatabaseType();
        if (!"h2".equals(type) && !"postgres".equals(type)) {
            LOG.info("no lookup indexes for database type {}: some lookups read whole tables", type);
            return;
        }
        String prefix = configuration.getDatabaseTablePrefix() == null ? "" : configuration.getDatabaseTablePrefix();
        LookupIndexes indexes = new LookupIndexes(configuration.getDataSource(), prefix);
        boolean engineOwnsSchema = !ProcessEngineConfigurationImpl.DB_SCHEMA_UPDATE_FALSE
                .equals(configuration.getDatabaseSchemaUpdate());
        INDEXES.forEach(index -> indexes.ensure(index, engineOwnsSchema));
        if (engineOwnsSchema) {
            SUPERSEDED.forEach(indexes::drop);
        }
    }

    private void drop(String indexName) {
        // an index lives in its table's schema: the prefix's schema part, if it has one
        String schema = tablePrefix.substring(0, tablePrefix.lastIndexOf('.') + 1);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP INDEX IF EXISTS " + schema + indexName);
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            LOG.warn("could not drop the superseded index {} ({}); it only costs some writes", indexName, e.getMessage());
        }
    }

    private void ensure(LookupIndex index, boolean create) {
        try {
            if (create) {
                create(index);
            } else if (!exists(index)) {
                LOG.warn("the database lacks an index on {}({}); lookups read the whole table until a DBA runs: {}",
                        index.table(), index.columns(), index.createStatement(tablePrefix));
            }
        } catch (SQLException e) {
            // a performance aid, not a reason to stay down; two nodes starting at once may race to make it
            LOG.warn("could not make index {} ({}); to make it by hand: {}", index.name(), e.getMessage(),
                    index.createStatement(tablePrefix));
        }
    }

    private void create(LookupIndex index) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(index.createStatement(tablePrefix));
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        }
    }

    /** Looked up by name in either case: H2 keeps names upper case, PostgreSQL lower case. */
    private boolean exists(LookupIndex index) throws SQLException {
        String qualified = tablePrefix + index.table();
        int dot = qualified.lastIndexOf('.');
        String schema = dot < 0 ? null : qualified.substring(0, dot);
        String table = qualified.substring(dot + 1);
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            for (boolean upper : new boolean[] {true, false}) {
                try (ResultSet found = meta.getIndexInfo(null, cased(schema, upper), cased(table, upper), false, true)) {
                    while (found.next()) {
                        if (index.name().equalsIgnoreCase(found.getString("INDEX_NAME"))) {
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
