package org.echoer.plugin.run;

import java.util.Date;

/** A flow run in a list: {@code GET /flowrun}. */
public record FlowRunSummary(String name, String uuid, String flow, String state, Date startedAt, Date endedAt) {
}
