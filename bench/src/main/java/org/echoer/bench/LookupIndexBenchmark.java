package org.echoer.bench;

import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
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
 * Two lookups on tables that grow with every run, through Camunda's own services, on H2 with Camunda's own
 * schema holding {@code rows} rows, with and without the indexes the plugin makes at start
 * ({@code LookupIndexes}): the latest definition of a key (each flow run is a definition of its own) and the
 * external-task log of a step (a stale callback; two rows a step).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
public class LookupIndexBenchmark {

    @Param({"1000", "100000"})
    public int rows;

    /** No index, the definitions index of an earlier version (key and version), or today's. */
    @Param({"none", "key_version", "key_tenant_version"})
    public String index;

    private ProcessEngine engine;
    private CommandExecutor commands;
    private int next;

    @Setup(Level.Trial)
    public void fillTables() throws Exception {
        ProcessEngineConfigurationImpl configuration = InMemoryCamunda.build("lookup", "");
        engine = configuration.getProcessEngine();
        commands = configuration.getCommandExecutorTxRequired();
        try (Connection connection = configuration.getDataSource().getConnection();
                Statement statement = connection.createStatement()) {
            // what flow runs leave behind: each its own key at version 1, echoer's version tag
            statement.execute("INSERT INTO ACT_RE_PROCDEF (ID_, REV_, NAME_, KEY_, VERSION_, DEPLOYMENT_ID_,"
                    + " RESOURCE_NAME_, SUSPENSION_STATE_, VERSION_TAG_, HISTORY_TTL_, STARTABLE_)"
                    + " SELECT 'def-' || X, 1, 'run_' || X, 'run_' || X, 1, 'dep-' || X, 'run_' || X || '.bpmn', 1,"
                    + " 'echoer', 180, TRUE FROM SYSTEM_RANGE(1, " + rows + ")");
            statement.execute("INSERT INTO ACT_HI_EXT_TASK_LOG (ID_, TIMESTAMP_, EXT_TASK_ID_, TOPIC_NAME_, WORKER_ID_,"
                    + " PRIORITY_, ACT_ID_, PROC_INST_ID_, PROC_DEF_KEY_, STATE_)"
                    + " SELECT 'log-' || X, CURRENT_TIMESTAMP, 'task-' || X, 'ci', 'node', 0, 'Step_A', 'run-' || X,"
                    + " 'run_' || X, 1 FROM SYSTEM_RANGE(1, " + rows + ")");
            // the statements of echoer-plugin's LookupIndexes (see the pom for why they are not called)
            if (index.equals("key_version")) {
                statement.execute("CREATE INDEX ECHOER_IDX_PROCDEF_KEY ON ACT_RE_PROCDEF (KEY_, VERSION_)");
            } else if (index.equals("key_tenant_version")) {
                statement.execute("CREATE INDEX ECHOER_IDX_PROCDEF_KEY_TENANT ON ACT_RE_PROCDEF (KEY_, TENANT_ID_, VERSION_)");
            }
            if (!index.equals("none")) {
                statement.execute("CREATE INDEX ECHOER_IDX_EXT_TASK_LOG_TASK ON ACT_HI_EXT_TASK_LOG (EXT_TASK_ID_)");
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
        next = next % rows + 1;
        return expectOne(engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey("run_" + next).latestVersion().count());
    }

    /** As Camunda asks it when it numbers a new version (with "TENANT_ID_ IS NULL", which every row matches). */
    @Benchmark
    public long latestDefinitionAsADeploymentNumbersIt() {
        next = next % rows + 1;
        String key = "run_" + next;
        return expectOne(commands.execute(context ->
                context.getProcessDefinitionManager().findLatestProcessDefinitionByKeyAndTenantId(key, null)) == null ? 0 : 1);
    }

    /** As a stale callback asks it: the first log entry of the step. */
    @Benchmark
    public long externalTaskLogOfAStep() {
        next = next % rows + 1;
        return expectOne(engine.getHistoryService().createHistoricExternalTaskLogQuery()
                .externalTaskId("task-" + next).listPage(0, 1).size());
    }

    private long expectOne(long found) {
        if (found != 1) {
            throw new IllegalStateException("found " + found + " for row " + next);
        }
        return found;
    }
}
