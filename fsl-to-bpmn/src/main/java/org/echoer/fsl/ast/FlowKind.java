package org.echoer.fsl.ast;

/** A {@code flow} is a template started later; a {@code flow_run} is deployed and started at once. */
public enum FlowKind {
    FLOW("flow"), FLOW_RUN("flow_run");

    private final String keyword;

    FlowKind(String keyword) {
        this.keyword = keyword;
    }

    public String keyword() {
        return keyword;
    }
}
