package org.echoer.cli.terminal;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.echoer.cli.api.CliException;
import org.echoer.cli.api.ResourceType;
import org.echoer.cli.output.Palette;
import org.echoer.cli.output.ResourcePrinter;

/** The prompt's commands: {@code list}, {@code get}, {@code del}, {@code help}, {@code exit}. */
final class ShellCommands {

    private static final Set<String> WORDS = Set.of("list", "get", "del", "delete", "help", "exit", "quit");

    private final ResourcePrinter resources;
    private final KnownNames names;
    private final PrintWriter out;
    private final Palette palette;

    ShellCommands(ResourcePrinter resources, KnownNames names, PrintWriter out, Palette palette) {
        this.resources = resources;
        this.names = names;
        this.out = out;
        this.palette = palette;
    }

    static boolean isCommand(String word) {
        return WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Runs one command line; false when the session should end. */
    boolean execute(List<String> words) {
        String command = words.get(0).toLowerCase(Locale.ROOT);
        try {
            switch (command) {
                case "exit", "quit" -> {
                    return false;
                }
                case "help" -> ShellHelp.print(out, words.size() > 1 ? Optional.of(words.get(1)) : Optional.empty());
                case "list" -> list(words);
                case "get" -> get(words);
                case "del", "delete" -> delete(words);
                default -> throw new IllegalStateException("not a command: " + command);
            }
        } catch (CliException e) {
            out.println(palette.error("error") + ": " + e.getMessage());
        }
        out.flush();
        return true;
    }

    private void list(List<String> words) {
        if (words.size() < 2 || words.size() > 3) {
            usage("list");
            return;
        }
        Optional<ResourceType> type = type(words.get(1));
        type.ifPresent(t -> resources.list(t, words.size() == 3 ? Optional.of(words.get(2)) : Optional.empty()));
    }

    private void get(List<String> words) {
        if (words.size() < 3 || words.size() > 4) {
            usage("get");
            return;
        }
        Optional<ResourceType> type = type(words.get(1));
        type.ifPresent(t -> resources.get(t, words.get(2), words.size() == 4 ? Optional.of(words.get(3)) : Optional.empty()));
    }

    private void delete(List<String> words) {
        if (words.size() != 3) {
            usage("del");
            return;
        }
        Optional<ResourceType> type = type(words.get(1));
        if (type.isPresent()) {
            resources.delete(type.get(), words.get(2));
            names.refresh();
        }
    }

    private Optional<ResourceType> type(String word) {
        Optional<ResourceType> type = ResourceType.parse(word);
        if (type.isEmpty()) {
            out.println(palette.error("error") + ": '" + word + "' is not one of " + String.join(", ", ResourceType.words()));
        }
        return type;
    }

    private void usage(String command) {
        ShellHelp.ENTRIES.stream().filter(e -> e.name().equals(command)).findFirst()
                .ifPresent(e -> out.println("usage: " + e.usage()));
    }
}
