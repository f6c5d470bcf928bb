package org.echoer.cli.terminal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.echoer.cli.api.ResourceType;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion: commands and statement keywords at the start of a line, resource types after
 * {@code list}/{@code get}/{@code del}, the server's names after the type, FSL keywords and action
 * names inside a statement.
 */
final class EchoerCompleter implements Completer {

    private final KnownNames names;
    private final BooleanSupplier insideStatement;

    EchoerCompleter(KnownNames names, BooleanSupplier insideStatement) {
        this.names = names;
        this.insideStatement = insideStatement;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        suggestions(line.words(), line.wordIndex()).forEach(word -> candidates.add(new Candidate(word)));
    }

    List<String> suggestions(List<String> words, int index) {
        if (insideStatement.getAsBoolean()) {
            return concat(FslKeywords.INSIDE, names.of(ResourceType.ACTION));
        }
        if (index == 0) {
            return concat(ShellHelp.commandNames(), FslKeywords.STATEMENTS);
        }
        String command = words.get(0).toLowerCase(Locale.ROOT);
        if (command.equals("help")) {
            return index == 1 ? ShellHelp.ENTRIES.stream().map(ShellHelp.Entry::name).toList() : List.of();
        }
        if (!List.of("list", "get", "del", "delete").contains(command)) {
            return List.of();
        }
        if (index == 1) {
            return command.startsWith("del") ? List.of("action", "flow", "flowrun") : ResourceType.words();
        }
        Optional<ResourceType> type = ResourceType.parse(words.get(1));
        if (type.isEmpty()) {
            return List.of();
        }
        boolean step = type.get() == ResourceType.STEP;
        if (command.equals("list")) {
            return index == 2 && step ? names.of(ResourceType.FLOW_RUN) : List.of();
        }
        if (index == 2) {
            return step ? List.of() : names.of(type.get());
        }
        return index == 3 && step && command.equals("get") ? names.of(ResourceType.FLOW_RUN) : List.of();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).distinct().toList();
    }
}
