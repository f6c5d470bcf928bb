package org.echoer.plugin.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** On a real H2 database with tables shaped like Camunda's; the engine itself is not needed. */
class LookupIndexesTest {

    private final JdbcDataSource dataSource = new JdbcDataSource();

    @BeforeEach
    void definitionsTable() throws Exception {
        dataSource.setURL("jdbc:h2:mem:keyindex_" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        execute("CREATE TABLE ACT_RE_PROCDEF (ID_ VARCHAR(64) PRIMARY KEY, KEY_ VARCHAR(255) NOT NULL, VERSION_ INT NOT NULL,"
                + " TENANT_ID_ VARCHAR(64))");
        execute("CREATE TABLE ACT_HI_EXT_TASK_LOG (ID_ VARCHAR(64) PRIMARY KEY, EXT_TASK_ID_ VARCHAR(64) NOT NULL)");
    }

    @Test
    void makesTheIndexWhenTheEngineManagesTheSchema() throws Exception {
        LookupIndexes.ensure(configuration(ProcessEngineConfigurationImpl.DB_SCHEMA_UPDATE_TRUE));

        assertThat(indexed()).containsExactlyInAnyOrder("ECHOER_IDX_PROCDEF_KEY_TENANT", "ECHOER_IDX_EXT_TASK_LOG_TASK");
    }

    @Test
    void makingItAgainChangesNothing() throws Exception {
        LookupIndexes.ensure(configuration(ProcessEngineConfigurationImpl.DB_SCHEMA_UPDATE_TRUE));
        LookupIndexes.ensure(configuration(ProcessEngineConfigurationImpl.DB_SCHEMA_UPDATE_TRUE));

        assertThat(indexed()).containsExactlyInAnyOrder("ECHOER_IDX_PROCDEF_KEY_TENANT", "ECHOER_IDX_EXT_TASK_LOG_TASK");
    }

    @Test
    void replacesTheIndexOfAnEarlierVersion() throws Exception {
        execute("CREATE INDEX ECHOER_IDX_PROCDEF_KEY ON ACT_RE_PROCDEF (KEY_, VERSION_)");

        LookupIndexes.ensure(configuration(ProcessEngineConfigurationImpl.DB_SCHEMA_UPDATE_TRUE));

        assertThat(indexed()).containsExactlyInAnyOrder("ECHOER_IDX_PROCDEF_KEY_TENANT", "ECHOER_IDX_EXT_TASK_LOG_TASK");
    }

    @Test
    void leavesASchemaItDoesNotManageAsItIs() throws Exception {
        execute("CREATE INDEX ECHOER_IDX_PROCDEF_KEY ON ACT_RE_PROCDEF (KEY_, VERSION_)");

        LookupIndexes.ensure(configuration(ProcessEngineConfigurationImpl.DB_SCHEMA_UPDATE_FALSE));

        assertThat(indexed()).containsExactly("ECHOER_IDX_PROCDEF_KEY");
    }

    private ProcessEngineConfigurationImpl configuration(String schemaUpdate) {
        ProcessEngineConfigurationImpl configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setDataSource(dataSource);
        configuration.setDatabaseType("h2");
        configuration.setDatabaseSchemaUpdate(schemaUpdate);
        return configuration;
    }

    /** echoer's indexes on the two tables. */
    private List<String> indexed() throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            for (LookupIndexes.LookupIndex index : LookupIndexes.INDEXES) {
                try (ResultSet found = connection.getMetaData().getIndexInfo(null, null, index.table(), false, true)) {
                    while (found.next()) {
                        if (found.getString("INDEX_NAME").startsWith("ECHOER_")) {
                            names.add(found.getString("INDEX_NAME"));
                        }
                    }
                }
            }
        }
        return names.stream().distinct().toList();
    }

    private void execute(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
