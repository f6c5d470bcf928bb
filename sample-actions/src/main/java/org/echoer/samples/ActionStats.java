package org.echoer.samples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the server did, for {@code GET /stats} and for tests: requests per path, answers per status, callbacks,
 * and every body received with how often each uuid came (a uuid seen twice means the engine dispatched twice).
 */
final class ActionStats {

    private final boolean recordBodies;

    private final Map<String, LongAdder> requestsByPath = new ConcurrentHashMap<>();
    private final Map<Integer, LongAdder> answersByStatus = new ConcurrentHashMap<>();
    private final LongAdder callbackAttempts = new LongAdder();
    private final LongAdder callbackRetries = new LongAdder();
    private final LongAdder callbacksSent = new LongAdder();
    private final LongAdder callbackFailures = new LongAdder();
    private final Map<String, LongAdder> callbackAnswers = new ConcurrentHashMap<>();
    // a gauge, not a count: reset leaves it alone
    private final AtomicInteger callbacksInFlight = new AtomicInteger();

    // the list and the counts change together, so one lock keeps them consistent for readers
    private final Object receivedLock = new Object();
    private final List<ActionRequest> received = new ArrayList<>();
    private final Map<String, Integer> countsByUuid = new LinkedHashMap<>();

    ActionStats(boolean recordBodies) {
        this.recordBodies = recordBodies;
    }

    void request(String path) {
        requestsByPath.computeIfAbsent(path, p -> new LongAdder()).increment();
    }

    void answered(int status) {
        answersByStatus.computeIfAbsent(status, s -> new LongAdder()).increment();
    }

    void received(ActionRequest request) {
        synchronized (receivedLock) {
            if (recordBodies) {
                received.add(request);
            }
            countsByUuid.merge(request.uuid(), 1, Integer::sum);
        }
    }

    void callbackStarted() {
        callbacksInFlight.incrementAndGet();
    }

    void callbackFinished() {
        callbacksInFlight.decrementAndGet();
    }

    void callbackAttempted(boolean retry) {
        callbackAttempts.increment();
        if (retry) {
            callbackRetries.increment();
        }
    }

    /** {@code answer} is the HTTP status, or {@code "error"} when no answer came. */
    void callbackAnswered(String answer) {
        callbackAnswers.computeIfAbsent(answer, a -> new LongAdder()).increment();
    }

    void callbackDelivered() {
        callbacksSent.increment();
    }

    void callbackFailed() {
        callbackFailures.increment();
    }

    List<ActionRequest> received() {
        synchronized (receivedLock) {
            return List.copyOf(received);
        }
    }

    List<ActionRequest> received(String uuid) {
        synchronized (receivedLock) {
            return received.stream().filter(r -> r.uuid().equals(uuid)).toList();
        }
    }

    Map<String, Integer> countsByUuid() {
        synchronized (receivedLock) {
            return Collections.unmodifiableMap(new LinkedHashMap<>(countsByUuid));
        }
    }

    int timesReceived(String uuid) {
        synchronized (receivedLock) {
            return countsByUuid.getOrDefault(uuid, 0);
        }
    }

    long callbacksSent() {
        return callbacksSent.sum();
    }

    long callbackFailures() {
        return callbackFailures.sum();
    }

    int callbacksInFlight() {
        return callbacksInFlight.get();
    }

    void reset() {
        requestsByPath.clear();
        answersByStatus.clear();
        callbackAttempts.reset();
        callbackRetries.reset();
        callbacksSent.reset();
        callbackFailures.reset();
        callbackAnswers.clear();
        synchronized (receivedLock) {
            received.clear();
            countsByUuid.clear();
        }
    }

    /** The {@code GET /stats} document; {@code withReceived} false leaves out the per-uuid part, which grows. */
    ObjectNode toJson(ObjectMapper mapper, boolean withReceived) {
        ObjectNode json = mapper.createObjectNode();
        json.put("requests", requestsByPath.values().stream().mapToLong(LongAdder::sum).sum());
        json.set("requestsByPath", counts(mapper, requestsByPath));
        json.set("answers", counts(mapper, answersByStatus));
        json.put("callbacksSent", callbacksSent.sum());
        json.put("callbackAttempts", callbackAttempts.sum());
        json.put("callbackRetries", callbackRetries.sum());
        json.put("callbackFailures", callbackFailures.sum());
        json.put("callbacksInFlight", callbacksInFlight.get());
        json.set("callbackAnswers", counts(mapper, callbackAnswers));
        if (withReceived) {
            json.set("received", receivedJson(mapper));
        }
        return json;
    }

    private ObjectNode receivedJson(ObjectMapper mapper) {
        Map<String, ArrayNode> requests = new LinkedHashMap<>();
        ObjectNode json = mapper.createObjectNode();
        synchronized (receivedLock) {
            countsByUuid.forEach((uuid, count) -> {
                ObjectNode entry = json.putObject(uuid);
                entry.put("count", count);
                if (recordBodies) {
                    requests.put(uuid, entry.putArray("requests"));
                }
            });
            for (ActionRequest request : received) {
                ObjectNode entry = requests.get(request.uuid()).addObject();
                entry.put("path", request.path());
                entry.set("body", mapper.valueToTree(request.body()));
            }
        }
        return json;
    }

    private static <K> ObjectNode counts(ObjectMapper mapper, Map<K, LongAdder> counts) {
        ObjectNode json = mapper.createObjectNode();
        // sorted by key so that two snapshots compare line by line
        new TreeMap<>(counts).forEach((key, count) -> json.put(String.valueOf(key), count.sum()));
        return json;
    }
}
