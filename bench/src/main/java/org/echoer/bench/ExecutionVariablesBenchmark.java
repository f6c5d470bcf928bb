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
 * Camunda's lookup of one execution's variables (several times a step) on H2 with Camunda's own schema, as a
 * server has it after a while: the statement first planned while the tables were empty (a new database, the
 * first step), then {@code openRuns} runs waiting for their callbacks, two variables each. With and without
 * the hint echoer-plugin's {@code H2IndexChoices} gives H2 at start.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
public class ExecutionVariablesBenchmark {

    @Param({"1000", "20000"})
    public int openRuns;

    /** none, or the statement of echoer-plugin's H2IndexChoices (see the pom for why it is not called). */
    @Param({"none", "task_selectivity"})
    public String hint;

    private ProcessEngine engine;
    private CommandExecutor commands;
    private int next;

    @Setup(Level.Trial)
    public void planOnEmptyTablesThenFill() throws Exception {
        ProcessEngineConfigurationImpl configuration = InMemoryCamunda.build("variables", ";QUERY_CACHE_SIZE=256");
        engine = configuration.getProcessEngine();
        commands = configuration.getCommandExecutorTxRequired();
        try (Connection connection = configuration.getDataSource().getConnection();
                Statement statement = connection.createStatement()) {
            if (hint.equals("task_selectivity")) {
                statement.execute("ALTER TABLE ACT_RU_VARIABLE ALTER COLUMN TASK_ID_ SELECTIVITY 1");
            }
        }
        variablesOf("run-1"); // planned now, on empty tables, and kept in the connection's query cache
        try (Connection connection = configuration.getDataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO ACT_RE_PROCDEF (ID_, REV_, NAME_, KEY_, VERSION_, DEPLOYMENT_ID_, RESOURCE_NAME_,"
                    + " SUSPENSION_STATE_, VERSION_TAG_, HISTORY_TTL_, STARTABLE_)"
                    + " VALUES ('def', 1, 'shape', 'shape', 1, 'dep', 'shape.bpmn', 1, 'echoer', 180, TRUE)");
            statement.execute("INSERT INTO ACT_RU_EXECUTION (ID_, REV_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_ID_, ACT_ID_,"
                    + " IS_ACTIVE_, IS_CONCURRENT_, IS_SCOPE_, IS_EVENT_SCOPE_, SUSPENSION_STATE_, SEQUENCE_COUNTER_)"
                    + " SELECT 'run-' || X, 1, 'run-' || X, 'run_' || X, 'def', 'Step_A', TRUE, FALSE, TRUE, FALSE, 1, 1"
                    + " FROM SYSTEM_RANGE(1, " + openRuns + ")");
            for (String name : new String[] {"echoer.args", "accepted"}) {
                statement.execute("INSERT INTO ACT_RU_VARIABLE (ID_, REV_, TYPE_, NAME_, EXECUTION_ID_, PROC_INST_ID_,"
                        + " TEXT_, VAR_SCOPE_, SEQUENCE_COUNTER_, IS_CONCURRENT_LOCAL_)"
                        + " SELECT '" + name + "-' || X, 1, 'string', '" + name + "', 'run-' || X, 'run-' || X, 'x',"
                        + " 'run-' || X, 1, FALSE FROM SYSTEM_RANGE(1, " + openRuns + ")");
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

    @Benchmark
    public int variablesOfAnExecution() {
        next = next % openRuns + 1;
        int found = variablesOf("run-" + next);
        if (found != 2) {
            throw new IllegalStateException("found " + found + " variables of run-" + next);
        }
        return found;
    }

    private int variablesOf(String executionId) {
        return commands.execute(context -> context.getVariableInstanceManager()
                .findVariableInstancesByExecutionIdAndVariableNames(executionId, null)).size();
    }
}
