package org.echoer.cli.api;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kinds of things the API lists, shows and deletes, under the words users type for them. */
public enum ResourceType {
    ACTION("action", "action", "actions"),
    FLOW("flow", "flow", "flows"),
    FLOW_RUN("flowrun", "flow run", "flowruns", "flow_run", "flow_runs", "run", "runs"),
    STEP("step", "step", "steps");

    private final String path;
    private final String label;
    private final List<String> aliases;

    ResourceType(String path, String label, String... aliases) {
        this.path = path;
        this.label = label;
        this.aliases = List.of(aliases);
    }

    /** The API path segment, and the word shown in completions and help. */
    public String word() {
        return path;
    }

    /** How messages name one of these: "flow run", "action". */
    public String label() {
        return label;
    }

    public static Optional<ResourceType> parse(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.path.equals(w) || t.aliases.contains(w)).findFirst();
    }

    public static List<String> words() {
        return Arrays.stream(values()).map(ResourceType::word).toList();
    }
}
