package org.echoer.cli.terminal;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What {@code help} and {@code help COMMAND} print at the prompt. */
final class ShellHelp {

    /** One command: how to type it, a one-line summary, and more for {@code help COMMAND}. */
    record Entry(String name, String usage, String summary, String details) {
    }

    static final List<Entry> ENTRIES = List.of(
            new Entry("fsl", "<FSL statement> ... /", "send an FSL statement",
                    "Type or paste an action, flow or flow_run over as many lines as it takes, then a line holding only /.\n"
                            + "The statement is checked and deployed; the answer is OK, or the error under the line it is about.\n"
                            + "Ctrl-C drops a half-typed statement."),
            new Entry("list", "list TYPE [FLOW_RUN]", "list actions, flows, flow runs or steps",
                    "TYPE is action, flow, flowrun or step. Steps are the ones waiting for their callback,\n"
                            + "or every step activation of FLOW_RUN when it is given."),
            new Entry("get", "get TYPE NAME [FLOW_RUN]", "show one action, flow, flow run or step",
                    "A flow run shows its state, the current step, the states it passed through and each step activation.\n"
                            + "An action or a flow shows its current version and its FSL. A step needs its FLOW_RUN."),
            new Entry("del", "del TYPE NAME", "delete an action, a flow or a flow run",
                    "Deleting a running flow run stops it first."),
            new Entry("help", "help [COMMAND]", "this list, or more about one command", "help list, help get, help fsl ..."),
            new Entry("exit", "exit", "leave the terminal (Ctrl-D too)", "History is kept for the next session."));

    private ShellHelp() {
    }

    static List<String> commandNames() {
        return ENTRIES.stream().map(Entry::name).filter(n -> !n.equals("fsl")).toList();
    }

    static void print(PrintWriter out, Optional<String> command) {
        if (command.isEmpty()) {
            int width = ENTRIES.stream().mapToInt(e -> e.usage().length()).max().orElse(0) + 2;
            ENTRIES.forEach(e -> out.println("  " + e.usage() + " ".repeat(width - e.usage().length()) + e.summary()));
            return;
        }
        String wanted = command.get().toLowerCase(Locale.ROOT);
        Optional<Entry> entry = ENTRIES.stream().filter(e -> e.name().equals(wanted)).findFirst();
        if (entry.isEmpty()) {
            out.println("no command '" + command.get() + "'; help lists them");
            return;
        }
        out.println(entry.get().usage());
        entry.get().details().lines().forEach(line -> out.println("  " + line));
    }
}
