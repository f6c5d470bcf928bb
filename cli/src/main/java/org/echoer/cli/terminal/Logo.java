package org.echoer.cli.terminal;

import java.util.List;

/** The banner the prompt opens with. */
final class Logo {

    static final List<String> LINES = List.of(
            "           _",
            "  ___  ___| |__   ___   ___ _ __",
            " / _ \\/ __| '_ \\ / _ \\ / _ \\ '__|",
            "|  __/ (__| | | | (_) |  __/ |",
            " \\___|\\___|_| |_|\\___/ \\___|_|    for Camunda");

    private Logo() {
    }
}
