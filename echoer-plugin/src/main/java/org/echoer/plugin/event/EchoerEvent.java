package org.echoer.plugin.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * Something that happened to a flow run, as {@code /watch} and {@code /event} show it.
 *
 * @param type one of {@link EventType}'s names
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EchoerEvent(String type, String flowId, String stepName, String uuid, String state, Instant time) {

    public static EchoerEvent flowRun(EventType type, String flowId) {
        return new EchoerEvent(type.name(), flowId, null, null, null, Instant.now());
    }

    public static EchoerEvent step(EventType type, String flowId, String stepName, String uuid, String state) {
        return new EchoerEvent(type.name(), flowId, stepName, uuid, state, Instant.now());
    }
}
