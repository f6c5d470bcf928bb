package org.echoer.plugin.engine.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.ExternalTaskEntity;
import org.echoer.plugin.OneStepEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** On a real in-memory engine: runs waiting at one external task, completed through group commit. */
@Timeout(60)
class GroupCommitTest {

    private final ExecutorService callers = Executors.newCachedThreadPool();
    private ProcessEngine engine;
    private HeldExecutor executor;
    private CommandExecutor engineCommands;
    private final List<String> batchesEnded = new CopyOnWriteArrayList<>();
    private final GroupCommit.BatchListener batches = (size, committed) -> batchesEnded.add(size + (committed ? " committed" : " failed"));

    @BeforeEach
    void engineWithAOneStepProcess() {
        ProcessEngineConfigurationImpl configuration = OneStepEngine.build("groupcommit");
        engine = configuration.getProcessEngine();
        engineCommands = configuration.getCommandExecutorTxRequired();
        executor = new HeldExecutor(engineCommands);
    }

    @AfterEach
    void close() {
        callers.shutdownNow();
        engine.close();
    }

    @Test
    void aLoneCommandCommitsAtOnceInATransactionOfItsOwn() {
        GroupCommit commits = new GroupCommit(executor, 1, 16, batches);
        String task = waitingTasks(1).get(0);
        executor.release.countDown();

        assertThat(commits.execute(task, complete(task))).isEqualTo(task);

        assertThat(executor.transactions.get()).isEqualTo(1);
        assertThat(batchesEnded).containsExactly("1 committed");
        assertThat(runsWaiting()).isZero();
    }

    @Test
    void commandsArrivingWhileTheTurnIsTakenCommitTogetherInOneTransaction() throws Exception {
        GroupCommit commits = new GroupCommit(executor, 1, 16, batches);
        List<String> tasks = waitingTasks(9);

        List<Future<String>> results = gatherBehindAHeldTurn(commits, tasks, GroupCommitTest::complete);

        for (int i = 0; i < results.size(); i++) {
            assertThat(results.get(i).get(10, TimeUnit.SECONDS)).isEqualTo(tasks.get(i));
        }
        assertThat(executor.transactions.get()).isEqualTo(2);
        assertThat(batchesEnded).containsExactly("1 committed", "8 committed");
        assertThat(runsWaiting()).isZero();
    }

    @Test
    void aCommandThatFailsFailsAloneAndTheRestOfItsBatchCommits() throws Exception {
        GroupCommit commits = new GroupCommit(executor, 1, 16, batches);
        List<String> tasks = waitingTasks(5);

        List<Future<String>> results = gatherBehindAHeldTurn(commits, tasks,
                task -> task.equals(tasks.get(2)) ? completeThenFail(task) : complete(task));

        for (int i : List.of(0, 1, 3, 4)) {
            assertThat(results.get(i).get(10, TimeUnit.SECONDS)).isEqualTo(tasks.get(i));
        }
        assertThatThrownBy(() -> results.get(2).get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasRootCauseInstanceOf(IllegalStateException.class).hasRootCauseMessage("refused " + tasks.get(2));
        // the failing one's completion was rolled back with its batch, and not done again alone
        assertThat(engine.getExternalTaskService().createExternalTaskQuery().list())
                .extracting(task -> task.getId()).containsExactly(tasks.get(2));
        // the held one; the four (queued in any order), then each half, then each of the failing half
        assertThat(batchesEnded.subList(0, 2)).containsExactly("1 committed", "4 failed");
        assertThat(batchesEnded.subList(2, batchesEnded.size())).containsExactlyInAnyOrder("2 committed", "2 failed", "1 committed", "1 failed");
        // and the failing one alone
        assertThat(executor.transactions.get()).isEqualTo(6 + 1);
    }

    @Test
    void aCommandThatLostARaceIsLeftOutOfItsBatchAndRunAgainAlone() throws Exception {
        GroupCommit commits = new GroupCommit(executor, 1, 16, batches);
        List<String> tasks = waitingTasks(5);

        List<Future<String>> results = gatherBehindAHeldTurn(commits, tasks,
                task -> task.equals(tasks.get(3)) ? completeAfterAnotherWriter(task) : complete(task));

        for (int i = 0; i < results.size(); i++) {
            assertThat(results.get(i).get(10, TimeUnit.SECONDS)).isEqualTo(tasks.get(i));
        }
        // the four lost the race on the third one's task; the other three, then that one alone
        assertThat(batchesEnded).containsExactly("1 committed", "4 failed", "3 committed");
        assertThat(executor.transactions.get()).isEqualTo(1 + 1 + 1 + 1);
        assertThat(runsWaiting()).isZero();
    }

    @Test
    void aBatchOfOneCommitsEachCommandAloneWithoutWaitingForATurn() throws Exception {
        GroupCommit commits = new GroupCommit(executor, 1, 1, batches);
        List<String> tasks = waitingTasks(2);
        Future<String> first = holdingTheTurn(commits, tasks.get(0));

        assertThat(callers.submit(() -> commits.execute(tasks.get(1), complete(tasks.get(1)))).get(10, TimeUnit.SECONDS)).isEqualTo(tasks.get(1));
        executor.release.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(tasks.get(0));
        assertThat(executor.transactions.get()).isEqualTo(2);
        assertThat(batchesEnded).isEmpty();
    }

    /**
     * Runs the first task's command, holding its transaction open, queues the others' behind it, and then
     * lets the first commit. The results are in the order of the tasks.
     */
    private List<Future<String>> gatherBehindAHeldTurn(GroupCommit commits, List<String> tasks,
            Function<String, Command<String>> commandFor) throws InterruptedException {
        List<Future<String>> results = new ArrayList<>();
        results.add(holdingTheTurn(commits, tasks.get(0)));
        for (String task : tasks.subList(1, tasks.size())) {
            Command<String> command = commandFor.apply(task);
            results.add(callers.submit(() -> commits.execute(task, command)));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> commits.queued() == tasks.size() - 1);
        executor.release.countDown();
        return results;
    }

    /** Runs the command from another thread and returns once its transaction has begun and is held. */
    private Future<String> holdingTheTurn(GroupCommit commits, String task) throws InterruptedException {
        Future<String> result = callers.submit(() -> commits.execute(task, complete(task)));
        assertThat(executor.held.await(10, TimeUnit.SECONDS)).isTrue();
        return result;
    }

    private List<String> waitingTasks(int runs) {
        for (int i = 0; i < runs; i++) {
            engine.getRuntimeService().startProcessInstanceByKey("step");
        }
        return engine.getExternalTaskService().createExternalTaskQuery().list().stream().map(task -> task.getId()).toList();
    }

    private long runsWaiting() {
        return engine.getRuntimeService().createProcessInstanceQuery().count();
    }

    private static Command<String> complete(String taskId) {
        return context -> {
            ExternalTaskEntity task = context.getExternalTaskManager().findExternalTaskById(taskId);
            task.complete(null, null);
            return taskId;
        };
    }

    private static Command<String> completeThenFail(String taskId) {
        return context -> {
            complete(taskId).execute(context);
            throw new IllegalStateException("refused " + taskId);
        };
    }

    /** Completes the task, but the first time only after another transaction has changed it meanwhile. */
    private Command<String> completeAfterAnotherWriter(String taskId) {
        AtomicBoolean first = new AtomicBoolean(true);
        return context -> {
            ExternalTaskEntity task = context.getExternalTaskManager().findExternalTaskById(taskId);
            if (first.getAndSet(false)) {
                try {
                    callers.submit(() -> engineCommands.execute(other -> {
                        other.getExternalTaskManager().findExternalTaskById(taskId).setPriority(7);
                        return null;
                    })).get(10, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            task.complete(null, null);
            return taskId;
        };
    }

    /** The engine's own executor, counting transactions; the first waits inside its transaction until released. */
    private static final class HeldExecutor implements CommandExecutor {

        final AtomicInteger transactions = new AtomicInteger();
        final CountDownLatch held = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        private final CommandExecutor engine;

        HeldExecutor(CommandExecutor engine) {
            this.engine = engine;
        }

        @Override
        public <T> T execute(Command<T> command) {
            boolean first = transactions.getAndIncrement() == 0;
            return engine.execute(context -> {
                if (first) {
                    held.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                }
                return command.execute(context);
            });
        }
    }
}
