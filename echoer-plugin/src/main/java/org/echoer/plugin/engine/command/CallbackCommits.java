package org.echoer.plugin.engine.command;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.echoer.plugin.engine.parse.StepDefinitions;
import org.echoer.plugin.event.EventBus;
import org.echoer.plugin.step.Callback;
import org.echoer.plugin.step.CallbackResult;
import org.echoer.plugin.step.StepTimeouts;

/** Applies callbacks to their activations in the transactions they share with each other and run starts. */
public final class CallbackCommits {

    private final GroupCommit commits;
    private final StepDefinitions steps;
    private final ObjectMapper json;
    private final StepTimeouts timeouts;
    private final EventBus events;

    public CallbackCommits(GroupCommit commits, StepDefinitions steps, ObjectMapper json, StepTimeouts timeouts, EventBus events) {
        this.commits = commits;
        this.steps = steps;
        this.json = json;
        this.timeouts = timeouts;
        this.events = events;
    }

    /** What the callback did, once committed; null when no open activation has its uuid ({@link TakeCallbackCommand}). */
    public CallbackResult take(Callback callback) {
        return commits.execute(callback.uuid(), new TakeCallbackCommand(callback, steps, json, timeouts, events));
    }
}
