package org.echoer.bench;

import picocli.CommandLine.ITypeConverter;

/** What the driver runs against ({@code --target}). */
enum TargetKind {

    /** echoer: actions and flow runs by FSL, {@code POST /flowrun} per run. */
    ECHOER("echoer"),
    /** echoer with the workload as one {@code flow} template, each run by {@code POST /flow/{name}/start}. */
    ECHOER_TEMPLATE("echoer-template"),
    /** The baseline app with Camunda's official external-task client: the generated BPMN, started by Camunda's REST API. */
    CAMUNDA_CLIENT("camunda-client"),
    /** The baseline app's floor mode: it starts and works the runs itself, without HTTP, and reports its timings. */
    CAMUNDA_FLOOR("camunda-floor");

    private final String word;

    TargetKind(String word) {
        this.word = word;
    }

    /** The name on the command line and in the report. */
    String word() {
        return word;
    }

    /** Reads {@code --target}. */
    static final class Converter implements ITypeConverter<TargetKind> {

        @Override
        public TargetKind convert(String value) {
            return CommandLineWords.parse(values(), TargetKind::word, value);
        }
    }
}
