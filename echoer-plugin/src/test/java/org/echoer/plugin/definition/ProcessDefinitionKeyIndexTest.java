package org.echoer.plugin.definition;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** On a real H2 database with a table shaped like Camunda's; the engine itself is not needed. */
class ProcessDefinitionKeyIndexTest {

    private final JdbcDataSource dataSource = new JdbcDataSource();

    @BeforeEach
    void definitionsTable() throws Exception {
        dataSource.setURL("jdbc:h2:mem:keyindex_" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        execute("CREATE TABLE ACT_RE_PROCDEF (ID_ VARCHAR(64) PRIMARY KEY, KEY_ VARCHAR(255) NOT NULL, VERSION_ INT NOT NULL)");
    }

    @Test
    void makesTheIndexWhenTheEngineManagesTheSchema() throws Exception {
        ProcessDefinitionKeyIndex.ensure(configuration(ProcessEngineConfigurationImpl.DB_SCHEMA_UPDATE_TRUE));

        assertThat(indexed()).isTrue();
    }

    @Test
    void makingItAgainChangesNothing() throws Exception {
        ProcessDefinitionKeyIndex.ensure(configuration(ProcessEngineConfigurationImpl.DB_SCHEMA_UPDATE_TRUE));
        ProcessDefinitionKeyIndex.ensure(configuration(ProcessEngineConfigurationImpl.DB_SCHEMA_UPDATE_TRUE));

        assertThat(indexed()).isTrue();
    }

    @Test
    void leavesASchemaItDoesNotManageAsItIs() throws Exception {
        ProcessDefinitionKeyIndex.ensure(configuration(ProcessEngineConfigurationImpl.DB_SCHEMA_UPDATE_FALSE));

        assertThat(indexed()).isFalse();
    }

    private ProcessEngineConfigurationImpl configuration(String schemaUpdate) {
        ProcessEngineConfigurationImpl configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setDataSource(dataSource);
        configuration.setDatabaseType("h2");
        configuration.setDatabaseSchemaUpdate(schemaUpdate);
        return configuration;
    }

    private boolean indexed() throws Exception {
        try (Connection connection = dataSource.getConnection();
                ResultSet indexes = connection.getMetaData().getIndexInfo(null, null, "ACT_RE_PROCDEF", false, true)) {
            while (indexes.next()) {
                if (ProcessDefinitionKeyIndex.NAME.equals(indexes.getString("INDEX_NAME"))) {
                    return true;
                }
            }
            return false;
        }
    }

    private void execute(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
