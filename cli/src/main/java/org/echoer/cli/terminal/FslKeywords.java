package org.echoer.cli.terminal;

import java.util.List;

/** The words of FSL (docs/fsl.md), offered while a statement is being typed. */
final class FslKeywords {

    /** Words that start a statement. */
    static final List<String> STATEMENTS = List.of("action", "flow", "flow_run");

    /** Words inside a statement. */
    static final List<String> INSIDE = List.of("action_end", "flow_end", "flow_run_end", "step", "deci", "action", "addr",
            "method", "secret", "capem", "args", "return", "http", "https", "grpc", "str", "int", "done");

    private FslKeywords() {
    }
}
