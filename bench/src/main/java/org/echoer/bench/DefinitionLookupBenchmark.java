package org.echoer.bench;

import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The lookup every flow run makes: the latest process definition of a key, through Camunda's repository
 * service, on H2 with Camunda's own schema holding {@code definitions} rows (one per flow run), with and
 * without echoer's index on the key ({@code ECHOER_IDX_PROCDEF_KEY}, made by the plugin at start).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
public class DefinitionLookupBenchmark {

    @Param({"1000", "50000"})
    public int definitions;

    @Param({"false", "true"})
    public boolean indexed;

    private ProcessEngine engine;
    private int next;

    @Setup(Level.Trial)
    public void fillDefinitions() throws Exception {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
                .createStandaloneInMemProcessEngineConfiguration()
                .setJdbcUrl("jdbc:h2:mem:lookup_" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP)
                .setJobExecutorActivate(false)
                .setProcessEngineName("lookup_" + UUID.randomUUID());
        engine = configuration.buildProcessEngine();
        try (Connection connection = configuration.getDataSource().getConnection();
                Statement statement = connection.createStatement()) {
            // what a flow run's deployment leaves in the table: its own key, version 1, echoer's version tag
            statement.execute("INSERT INTO ACT_RE_PROCDEF (ID_, REV_, NAME_, KEY_, VERSION_, DEPLOYMENT_ID_,"
                    + " RESOURCE_NAME_, SUSPENSION_STATE_, VERSION_TAG_, HISTORY_TTL_, STARTABLE_)"
                    + " SELECT 'def-' || X, 1, 'run_' || X, 'run_' || X, 1, 'dep-' || X, 'run_' || X || '.bpmn', 1,"
                    + " 'echoer', 180, TRUE FROM SYSTEM_RANGE(1, " + definitions + ")");
            if (indexed) {
                statement.execute("CREATE INDEX ECHOER_IDX_PROCDEF_KEY ON ACT_RE_PROCDEF (KEY_, VERSION_)");
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        engine.close();
    }

    /**
     * Counted, not fetched: the rows above have no BPMN behind them to load, and the count runs the same
     * search (the key, and its highest version).
     */
    @Benchmark
    public long latestDefinitionOfAKey() {
        next = next % definitions + 1;
        long found = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey("run_" + next).latestVersion().count();
        if (found != 1) {
            throw new IllegalStateException(found + " latest definitions of run_" + next);
        }
        return found;
    }
}
