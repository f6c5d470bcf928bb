package org.echoer.bench.baseline.floor;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.echoer.bench.baseline.FlowTopics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs a floor measurement in this JVM: starts the loop and the runs, and waits for them to finish. */
final class FloorRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FloorRunner.class);
    private static final int UNFINISHED_SHOWN = 10;
    private static final double NANOS_PER_SECOND = 1e9;

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final ExternalTaskService tasks;
    private final FloorLoop.Settings settings;

    FloorRunner(RepositoryService repository, RuntimeService runtime, ExternalTaskService tasks,
            FloorLoop.Settings settings) {
        this.repository = repository;
        this.runtime = runtime;
        this.tasks = tasks;
        this.settings = settings;
    }

    /** One measurement at a time: two would share the engine and each measure the other. */
    synchronized FloorResult run(FloorRequest request) throws InterruptedException {
        ProcessDefinition definition = repository.createProcessDefinitionQuery()
                .processDefinitionKey(request.processKey()).latestVersion().singleResult();
        if (definition == null) {
            throw new IllegalArgumentException("no process " + request.processKey() + " deployed");
        }
        List<String> topics = FlowTopics.of(repository.getBpmnModelInstance(definition.getId()));
        Map<String, FloorRun> runs = new ConcurrentHashMap<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(request.timeoutSeconds());
        FloorBatch batch = new FloorBatch(request.runs(), request.concurrency(), request.stepsPerRun(),
                request.failuresFirst());
        batch.runs().forEach(run -> runs.put(run.name(), run));
        try (FloorLoop loop = FloorLoop.start(tasks, settings, topics, runs::get)) {
            boolean finished = startAll(request, batch) && batch.await(deadline);
            FloorResult result = result(request, topics, batch, finished, loop.errors());
            LOG.info("floor: {} runs of {} steps, {} threads: {} runs/s, {} steps/s{}", request.runs().size(),
                    request.stepsPerRun(), settings.threads(), result.runsPerSecond(), result.stepsPerSecond(),
                    finished ? "" : "; NOT FINISHED");
            return result;
        }
    }

    /** Starts every run of the batch from the starter threads; false when interrupted. */
    private boolean startAll(FloorRequest request, FloorBatch batch) throws InterruptedException {
        List<FloorRun> runs = batch.runs();
        AtomicInteger next = new AtomicInteger();
        ExecutorService starters = Executors.newFixedThreadPool(request.starters());
        for (int i = 0; i < request.starters(); i++) {
            starters.execute(() -> {
                for (int index = next.getAndIncrement(); index < runs.size(); index = next.getAndIncrement()) {
                    FloorRun run = runs.get(index);
                    try {
                        batch.acquireSlot();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    start(request.processKey(), batch, run);
                }
            });
        }
        starters.shutdown();
        return starters.awaitTermination(request.timeoutSeconds(), TimeUnit.SECONDS);
    }

    private void start(String processKey, FloorBatch batch, FloorRun run) {
        long startedAt = System.nanoTime();
        run.started(startedAt);
        try {
            runtime.startProcessInstanceByKey(processKey, run.name());
            batch.timings().start().record(System.nanoTime() - startedAt);
        } catch (RuntimeException e) {
            batch.startFailed(run, e.toString());
        }
    }

    private FloorResult result(FloorRequest request, List<String> topics, FloorBatch batch, boolean finished,
            long loopErrors) {
        double seconds = finished ? batch.windowNanos() / NANOS_PER_SECOND : Double.NaN;
        FloorTimings timings = batch.timings();
        List<FloorRun> unfinished = batch.unfinished();
        return new FloorResult(request.processKey(), topics, request.runs().size(),
                request.stepsPerRun(), settings.threads(), settings.maxTasks(), finished, unfinished.size(),
                unfinished.stream().limit(UNFINISHED_SHOWN).map(FloorRun::describe).toList(),
                batch.failedStarts(), batch.startErrors(), loopErrors, seconds, batch.steps(),
                request.runs().size() / seconds, batch.steps() / seconds,
                timings.runLatency().toArray(), timings.start().toArray(), timings.firstFetch().toArray(),
                timings.completeToFetch().toArray(), timings.complete().toArray());
    }
}
