package org.echoer.plugin.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.ibatis.mapping.BoundSql;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.db.ListQueryParameterObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Camunda's own schema and statement on H2, as a new database has them: every table empty. */
class H2IndexChoicesTest {

    private ProcessEngineConfigurationImpl configuration;
    private ProcessEngine engine;

    @BeforeEach
    void emptyDatabase() {
        configuration = (ProcessEngineConfigurationImpl) new StandaloneInMemProcessEngineConfiguration()
                .setJdbcUrl("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
                .setJobExecutorActivate(false);
        engine = configuration.buildProcessEngine();
    }

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void readsAnExecutionsVariablesThroughTheExecutionsIndexFromTheFirstPlanOn() throws Exception {
        // given: what H2 does on its own with empty tables, the plan it then keeps
        assertThat(planOfTheVariablesOfAnExecution()).contains("ACT_IDX_VARIABLE_TASK_ID");

        // when
        H2IndexChoices.ensure(configuration);

        // then
        assertThat(planOfTheVariablesOfAnExecution()).contains("ACT_FK_VAR_EXE").doesNotContain("ACT_IDX_VARIABLE_TASK_ID");
    }

    @Test
    void tellingItAgainChangesNothing() throws Exception {
        H2IndexChoices.ensure(configuration);
        H2IndexChoices.ensure(configuration);

        assertThat(planOfTheVariablesOfAnExecution()).contains("ACT_FK_VAR_EXE");
    }

    /** H2's plan of Camunda's statement as the engine sends it for one execution's variables. */
    private String planOfTheVariablesOfAnExecution() throws Exception {
        Map<String, Object> parameter = new HashMap<>();
        parameter.put("executionId", "some-execution");
        BoundSql sql = configuration.getSqlSessionFactory().getConfiguration()
                .getMappedStatement("selectVariablesByExecutionId")
                .getBoundSql(new ListQueryParameterObject(parameter, 0, Integer.MAX_VALUE));
        try (Connection connection = configuration.getDataSource().getConnection();
                PreparedStatement explain = connection.prepareStatement("EXPLAIN " + sql.getSql())) {
            for (int i = 1; i <= sql.getParameterMappings().size(); i++) {
                explain.setString(i, "some-execution");
            }
            try (ResultSet plan = explain.executeQuery()) {
                plan.next();
                return plan.getString(1);
            }
        }
    }
}
