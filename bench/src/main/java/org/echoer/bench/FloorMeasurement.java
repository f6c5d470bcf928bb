package org.echoer.bench;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * The engine floor, measured by the baseline app itself ({@code POST /baseline/floor}): it starts the runs
 * in-process and its own threads fetch, lock and complete every step through Camunda's Java API. Its raw
 * timings go through the driver's histograms, so the floor lands in the same report as the others.
 */
final class FloorMeasurement {

    private static final Duration GRACE = Duration.ofMinutes(1);

    private final ServerApi api;
    private final URI server;

    FloorMeasurement(ServerApi api, URI server) {
        this.api = api;
        this.server = server;
    }

    /** What the floor is asked to do: the baseline's {@code FloorRequest}. */
    record Request(String processKey, List<String> runs, int concurrency, int starters, int stepsPerRun,
            int failuresFirst, long timeoutSeconds) {
    }

    /** The part of the baseline's {@code FloorResult} the report needs. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Answer(boolean finished, int unfinishedRuns, List<String> unfinished, int failedStarts,
            List<String> startErrors, long loopErrors, int threads, int maxTasks, double windowSeconds,
            long[] runLatencyNanos, long[] startNanos, long[] firstFetchNanos, long[] completeToFetchNanos,
            long[] completeNanos) {

        /** A complete() counts as an accepted callback, a fetch as a dispatch. */
        Measurements measurements() {
            Measurements measured = new Measurements();
            for (long nanos : runLatencyNanos) {
                measured.runFinished(nanos);
            }
            for (long nanos : startNanos) {
                measured.submitAnswered(nanos);
            }
            for (long nanos : firstFetchNanos) {
                measured.firstDispatch(nanos);
            }
            for (long nanos : completeToFetchNanos) {
                measured.callbackToDispatch(nanos);
            }
            for (long nanos : completeNanos) {
                measured.stepAccepted(nanos);
            }
            return measured;
        }
    }

    /** Runs the floor and waits for its answer, at most {@code timeout} and a minute. */
    Answer run(Request request, Duration timeout) throws IOException, InterruptedException {
        ServerApi.Response response = api.postJson(server, "/baseline/floor", request, timeout.plus(GRACE));
        if (!response.ok()) {
            throw new IOException("POST /baseline/floor answered " + response.status() + ": " + response.body());
        }
        return api.json().readValue(response.body(), Answer.class);
    }
}
