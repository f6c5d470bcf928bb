package org.echoer.bench;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Submits a batch's flow runs from a few threads, each taking the next run once the batch has a free
 * slot, so no more than the batch's concurrency are in flight; the runs go to the servers in turn.
 */
final class Submitter implements AutoCloseable {

    private static final int BODY_KEPT = 200;

    private final Target target;
    private final ServerList servers;
    private final int threadCount;
    private final ExecutorService threads;

    Submitter(Target target, ServerList servers, int threadCount) {
        this.target = target;
        this.servers = servers;
        this.threadCount = threadCount;
        AtomicInteger counter = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(threadCount, r -> {
            Thread thread = new Thread(r, "submitter-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts submitting and returns at once; {@link RunBatch#await} tells when the runs are through. */
    void start(RunBatch batch) {
        List<RunProgress> runs = batch.runs();
        AtomicInteger next = new AtomicInteger();
        for (int i = 0; i < threadCount; i++) {
            threads.execute(() -> submitFrom(runs, next, batch));
        }
    }

    private void submitFrom(List<RunProgress> runs, AtomicInteger next, RunBatch batch) {
        for (int index = next.getAndIncrement(); index < runs.size(); index = next.getAndIncrement()) {
            RunProgress run = runs.get(index);
            try {
                batch.acquireSlot();
                long submittedAt = System.nanoTime();
                run.submitted(submittedAt);
                ServerApi.Response response = target.start(servers.nextForRun(), run.name());
                batch.measurements().submitAnswered(System.nanoTime() - submittedAt);
                if (!response.ok()) {
                    String body = response.body();
                    batch.submitFailed(run, "HTTP " + response.status() + " "
                            + (body.length() > BODY_KEPT ? body.substring(0, BODY_KEPT) + "..." : body));
                }
            } catch (IOException e) {
                batch.submitFailed(run, e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
