package org.echoer.plugin.step;

import org.echoer.plugin.step.StepWork;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

/**
 * Steps locked to this node when they were created, handed from the committing transaction to the
 * dispatcher's thread. Created before the engine (its parse listener feeds it) and drained after.
 */
public final class ClaimedSteps implements Consumer<StepWork> {

    private final Queue<StepWork> queue = new ConcurrentLinkedQueue<>();
    private volatile Runnable wake = () -> { };

    @Override
    public void accept(StepWork work) {
        queue.add(work);
        wake.run();
    }

    public void onArrival(Runnable wake) {
        this.wake = wake;
    }

    public StepWork poll() {
        return queue.poll();
    }
}
