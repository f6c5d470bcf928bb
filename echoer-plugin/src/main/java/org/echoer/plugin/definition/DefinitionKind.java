package org.echoer.plugin.definition;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/** The three kinds of FSL statements the API stores, named as in echoer's paths. */
public enum DefinitionKind {
    ACTION("action"), FLOW("flow"), FLOW_RUN("flowrun");

    private final String path;

    DefinitionKind(String path) {
        this.path = path;
    }

    /** The word in the API's paths: {@code action}, {@code flow}, {@code flowrun}; also how JSON names the kind. */
    @JsonValue
    public String path() {
        return path;
    }

    /** The name of the Camunda deployment that holds one version of a definition of this kind. */
    public String deploymentName(String name) {
        return "echoer:" + path + ":" + name;
    }

    public String deploymentNamePrefix() {
        return "echoer:" + path + ":";
    }

    public static Optional<DefinitionKind> fromPath(String path) {
        for (DefinitionKind kind : values()) {
            if (kind.path.equals(path.toLowerCase(Locale.ROOT))) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
