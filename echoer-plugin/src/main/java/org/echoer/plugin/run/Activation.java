package org.echoer.plugin.run;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Date;

/**
 * One activation of a step: it was dispatched with {@code uuid} and, once a callback completed it,
 * reached {@code state}.
 *
 * @param done whether a callback completed it
 * @param data what the callbacks reported under {@code data}, if anything
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Activation(String uuid, String stepName, String state, boolean done, JsonNode data, Date startedAt, Date endedAt) {
}
