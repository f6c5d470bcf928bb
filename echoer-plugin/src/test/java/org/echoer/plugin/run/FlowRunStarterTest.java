package org.echoer.plugin.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.echoer.plugin.OneStepEngine;
import org.echoer.plugin.engine.command.EngineCommands;
import org.echoer.plugin.engine.command.GroupCommit;
import org.echoer.plugin.definition.DefinitionConflictException;
import org.echoer.plugin.event.EventBus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Starts on a real engine, through a group commit whose turn another transaction holds meanwhile. */
class FlowRunStarterTest {

    private final ExecutorService callers = Executors.newCachedThreadPool();
    private final CountDownLatch held = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private ProcessEngine engine;
    private GroupCommit commits;
    private FlowRunStarter starter;
    private String definitionId;

    @BeforeEach
    void engineWithAOneStepProcess() {
        ProcessEngineConfigurationImpl configuration = OneStepEngine.build("starter");
        engine = configuration.getProcessEngine();
        commits = new GroupCommit(engine, 1, 64, (size, committed) -> { });
        starter = new FlowRunStarter(engine.getRuntimeService(), engine.getHistoryService(), engine.getManagementService(),
                new EventBus(), commits, new EngineCommands(engine));
        definitionId = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("step").singleResult().getId();
    }

    @AfterEach
    void close() {
        release.countDown();
        callers.shutdownNow();
        engine.close();
    }

    @Test
    void startsOfOneNameGatheredTogetherMakeOneRunAndTheOthersStartBesideThem() throws Exception {
        holdTheTurn();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 12; i++) { // the other names share no lock stripe with "contested"
            names.add(i % 3 == 1 ? "other-" + i : "contested");
        }
        List<Thread> starting = new CopyOnWriteArrayList<>();
        List<Future<String>> starts = new ArrayList<>();
        for (String name : names) {
            starts.add(callers.submit(() -> {
                starting.add(Thread.currentThread());
                return starter.start(definitionId, name, Map.of());
            }));
        }
        // every start waits now, queued behind the held turn or for its name: none can move on before the release
        await().atMost(Duration.ofSeconds(10)).until(() -> starting.size() == names.size()
                && starting.stream().allMatch(thread -> thread.getState() == Thread.State.WAITING));
        assertThat(commits.queued()).as("the other names and one start of the contested name").isEqualTo(5);
        release.countDown();

        int started = 0;
        int refused = 0;
        for (int i = 0; i < names.size(); i++) {
            try {
                assertThat(starts.get(i).get(30, TimeUnit.SECONDS)).isNotNull();
                started++;
            } catch (ExecutionException e) {
                assertThat(e.getCause()).as(names.get(i)).isInstanceOf(DefinitionConflictException.class);
                assertThat(names.get(i)).isEqualTo("contested");
                refused++;
            }
        }
        assertThat(started).isEqualTo(5);
        assertThat(refused).isEqualTo(7);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey("contested").count())
                .isEqualTo(1);
    }

    /** Another command's transaction, as a batch of callbacks would be, holds the one turn until released. */
    private void holdTheTurn() throws InterruptedException {
        callers.submit(() -> commits.execute(null, () -> {
            held.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }));
        assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
    }
}
