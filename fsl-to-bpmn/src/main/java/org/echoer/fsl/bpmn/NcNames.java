package org.echoer.fsl.bpmn;

import java.util.HashSet;
import java.util.Set;

/**
 * Makes BPMN ids (XML NCNames) from FSL names, which may be quoted strings with any character.
 * One instance per model, so the ids it hands out never collide.
 */
public final class NcNames {

    private final Set<String> used = new HashSet<>();

    /** The FSL name made a valid NCName: other characters become '_', a leading digit, '-' or '.' gets a '_' before it. */
    public static String of(String name) {
        StringBuilder id = new StringBuilder(name.length() + 1);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean allowed = c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.');
            id.append(allowed ? c : '_');
        }
        if (id.length() == 0 || !isNameStart(id.charAt(0))) {
            id.insert(0, '_');
        }
        return id.toString();
    }

    /** {@code prefix + of(name)}, with a numeric suffix when that id is already taken in this model. */
    public String unique(String prefix, String name) {
        String base = prefix + of(name).replaceFirst("^_", "");
        String id = base;
        for (int n = 2; !used.add(id); n++) {
            id = base + "_" + n;
        }
        return id;
    }

    private static boolean isNameStart(char c) {
        return c < 128 && (Character.isLetter(c) || c == '_');
    }
}
