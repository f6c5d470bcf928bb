package org.echoer.plugin.run;

import java.util.Date;

/**
 * A flow run in a list: {@code GET /flowrun}.
 *
 * @param uuid the process instance id (Cockpit's link to the run)
 * @param currentStep the step waiting for its callback, null when none is
 */
public record FlowRunSummary(String name, String uuid, String flow, String state, String currentStep, Date startedAt,
        Date endedAt) {
}
