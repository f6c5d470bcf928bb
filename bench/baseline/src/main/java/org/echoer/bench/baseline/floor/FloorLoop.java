package org.echoer.bench.baseline.floor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.externaltask.ExternalTaskQueryBuilder;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.variable.Variables;
import org.echoer.bench.baseline.StepProperties;
import org.echoer.fsl.bpmn.ExtensionProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine floor: threads that fetch and lock external tasks through the Java API and complete each at
 * once, no HTTP anywhere. The Java API has no long polling, so a fetch that finds nothing waits a little.
 */
final class FloorLoop implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FloorLoop.class);

    /** Where the loop finds the run a task belongs to, by business key; null for tasks of no floor run. */
    @FunctionalInterface
    interface Runs {

        FloorRun find(String businessKey);
    }

    /** @param lockDuration how long a fetched task stays locked; it is completed at once */
    record Settings(String workerId, int threads, int maxTasks, Duration lockDuration, Duration idleWait) {
    }

    private final ExternalTaskService tasks;
    private final Settings settings;
    private final List<String> topics;
    private final Runs runs;
    private final List<Thread> threads = new ArrayList<>();
    private final LongAdder errors = new LongAdder();
    private volatile boolean running = true;

    private FloorLoop(ExternalTaskService tasks, Settings settings, List<String> topics, Runs runs) {
        this.tasks = tasks;
        this.settings = settings;
        this.topics = List.copyOf(topics);
        this.runs = runs;
    }

    static FloorLoop start(ExternalTaskService tasks, Settings settings, List<String> topics, Runs runs) {
        FloorLoop loop = new FloorLoop(tasks, settings, topics, runs);
        for (int i = 1; i <= settings.threads(); i++) {
            Thread thread = new Thread(loop::work, "floor-" + i);
            thread.setDaemon(true);
            loop.threads.add(thread);
            thread.start();
        }
        return loop;
    }

    /** Exceptions the loop caught and went on after (logged). */
    long errors() {
        return errors.sum();
    }

    private void work() {
        while (running) {
            try {
                List<LockedExternalTask> locked = fetch();
                if (locked.isEmpty()) {
                    Thread.sleep(settings.idleWait().toMillis());
                    continue;
                }
                long fetchedAt = System.nanoTime();
                for (LockedExternalTask task : locked) {
                    complete(task, fetchedAt);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Throwable e) { // keep the loop alive; the count shows in the result
                errors.increment();
                LOG.warn("floor loop: {}", e.toString());
            }
        }
    }

    private List<LockedExternalTask> fetch() {
        ExternalTaskQueryBuilder fetch = tasks.fetchAndLock(settings.maxTasks(), settings.workerId());
        for (String topic : topics) {
            fetch = fetch.topic(topic, settings.lockDuration().toMillis()).includeExtensionProperties();
        }
        return fetch.execute();
    }

    private void complete(LockedExternalTask task, long fetchedAt) {
        FloorRun run = runs.find(task.getBusinessKey());
        List<String> states = new StepProperties(task.getExtensionProperties()).declaredStates();
        String state;
        if (run != null) {
            run.fetched(fetchedAt);
            state = run.state(task.getActivityId(), states);
        } else {
            state = states.isEmpty() ? FloorRun.FAIL : states.get(0); // not ours: moved on along its happy path
        }
        long calledAt = System.nanoTime();
        tasks.complete(task.getId(), settings.workerId(),
                Map.of(ExtensionProperties.ACK_STATE_VARIABLE, Variables.stringValue(state)));
        if (run != null) {
            run.completed(calledAt, System.nanoTime());
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        for (Thread thread : threads) {
            thread.interrupt();
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }
}
