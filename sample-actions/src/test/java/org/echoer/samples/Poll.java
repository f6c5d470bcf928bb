package org.echoer.samples;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for something asynchronous to become true, without a fixed sleep. */
final class Poll {

    private Poll() {
    }

    static void until(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(5);
        }
    }
}
