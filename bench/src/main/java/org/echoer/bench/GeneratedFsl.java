package org.echoer.bench;

/** FSL documents of a chosen size for benchmarks: a chain of steps with retry loops and jumps back. */
public final class GeneratedFsl {

    private GeneratedFsl() {
    }

    /**
     * {@code steps} steps S1..Sn; each reports SUCCESS (next step, or done after the last), FAIL (itself)
     * or RETRY (three steps back), so the diagram has forward edges, self-loops and long back edges.
     */
    public static String flowRun(int steps) {
        StringBuilder fsl = new StringBuilder(steps * 120);
        fsl.append("""
                action work
                    addr = "http://localhost:18080/work";
                    method = http;
                    args = (str project, int version);
                    return = (SUCCESS | FAIL | RETRY);
                action_end
                /
                """);
        fsl.append("flow_run generated_").append(steps).append('\n');
        for (int i = 1; i <= steps; i++) {
            String next = i == steps ? "done" : "S" + (i + 1);
            String back = "S" + Math.max(1, i - 3);
            fsl.append("    step S").append(i).append(" => (SUCCESS->").append(next).append(" | FAIL->S").append(i)
                    .append(" | RETRY->").append(back).append(") { action = work; args = (project = \"p")
                    .append(i).append("\", version = ").append(i).append("); };\n");
        }
        fsl.append("flow_run_end\n/\n");
        return fsl.toString();
    }

    /**
     * A straight chain for load tests: one action {@code bench_work} at {@code actionAddress} and a flow run
     * {@code linear_<steps>} of steps S1..Sn, each {@code SUCCESS->next | FAIL->itself}; SUCCESS after the
     * last step ends the run.
     */
    public static String linearChain(int steps, String actionAddress) {
        StringBuilder fsl = new StringBuilder(steps * 100);
        fsl.append("action bench_work\n")
                .append("    addr = \"").append(actionAddress).append("\";\n")
                .append("""
                            method = http;
                            args = (str project, int version);
                            return = (SUCCESS | FAIL);
                        action_end
                        /
                        """);
        fsl.append("flow_run linear_").append(steps).append('\n');
        for (int i = 1; i <= steps; i++) {
            String next = i == steps ? "done" : "S" + (i + 1);
            fsl.append("    step S").append(i).append(" => (SUCCESS->").append(next).append(" | FAIL->S").append(i)
                    .append(") { action = bench_work; args = (project = \"p").append(i).append("\", version = ")
                    .append(i).append("); };\n");
        }
        fsl.append("flow_run_end\n/\n");
        return fsl.toString();
    }
}
