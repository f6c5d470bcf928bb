package org.echoer.plugin.run;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Date;
import java.util.List;

/**
 * A flow run as {@code GET /flowrun/{name}} shows it.
 *
 * @param uuid the process instance id
 * @param currentStep the step waiting for its callback, null when none is
 * @param statesPassed the steps it went through, in order, including the current one
 * @param incident the open incident's message, when the run failed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FlowRunView(
        String name,
        String uuid,
        String flow,
        String state,
        String currentStep,
        List<String> statesPassed,
        List<Activation> activations,
        String incident,
        Date startedAt,
        Date endedAt) {
}
