package org.echoer.plugin.dispatch;

import java.util.List;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.echoer.plugin.dispatch.InFlightLimit.Permit;
import org.echoer.plugin.engine.NewStepsSignal;
import org.echoer.plugin.step.ClaimedSteps;
import org.echoer.plugin.step.StepWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dispatcher's rounds, on its own thread. Each round sends the steps the transactions that created them
 * handed over (no fetch needed), then fetches when the {@link Pacing} allows; between rounds the thread sleeps
 * until woken or the pacing's time has passed. Every step sent holds an in-flight permit.
 */
final class DispatchLoop {

    /** The dispatcher's logger: operators set one level for all of its parts. */
    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

    private final ClaimedSteps claimed;
    private final InFlightLimit inFlight;
    private final Pacing pacing;
    private final StepFetcher fetcher;
    private final StepTimeoutIncidents stepTimeouts;
    private final StepSender sender;

    DispatchLoop(ClaimedSteps claimed, InFlightLimit inFlight, Pacing pacing, StepFetcher fetcher,
            StepTimeoutIncidents stepTimeouts, StepSender sender) {
        this.claimed = claimed;
        this.inFlight = inFlight;
        this.pacing = pacing;
        this.fetcher = fetcher;
        this.stepTimeouts = stepTimeouts;
        this.sender = sender;
    }

    /** Runs rounds while {@code running} says so; only on the thread {@code wakeUp} wakes. */
    void run(NewStepsSignal wakeUp, BooleanSupplier running) {
        while (running.getAsBoolean()) {
            try {
                long sleep = round(running);
                if (sleep > 0) {
                    wakeUp.await(sleep);
                }
            } catch (Throwable e) { // the loop must outlive any single failure; the sweep retries
                LOG.warn("dispatch round failed, trying again after the sweep interval", e);
                sleep(pacing.millisAfterFailure());
            }
        }
    }

    /** @return how long to sleep before the next round, in milliseconds */
    private long round(BooleanSupplier running) throws InterruptedException {
        for (StepWork work = claimed.poll(); work != null && running.getAsBoolean(); work = claimed.poll()) {
            sender.send(work, inFlight.take());
        }
        long untilFetch = pacing.millisUntilFetch(System.nanoTime());
        return untilFetch > 0 ? untilFetch : pacing.millisAfterFetch(fetchAndSend());
    }

    /** @return how many steps the fetch locked */
    private int fetchAndSend() throws InterruptedException {
        List<Permit> permits = inFlight.takeAllFree();
        pacing.fetching(System.nanoTime());
        int handedOver = 0;
        try {
            List<LockedExternalTask> tasks = fetcher.fetch(permits.size());
            for (; handedOver < tasks.size(); handedOver++) {
                handOver(tasks.get(handedOver), permits.get(handedOver));
            }
            return tasks.size();
        } finally {
            // the permits no step took, and those of the steps a failure kept from being handed over
            permits.subList(handedOver, permits.size()).forEach(Permit::release);
        }
    }

    private void handOver(LockedExternalTask task, Permit permit) {
        if (stepTimeouts.acceptedEarlier(task)) {
            permit.release();
            stepTimeouts.raise(task);
        } else {
            sender.send(StepWork.of(task), permit);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
