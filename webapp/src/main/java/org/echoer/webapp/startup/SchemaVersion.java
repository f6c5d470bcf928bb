package org.echoer.webapp.startup;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Camunda version as its schema log writes it ({@code 7.24.0}, {@code 7.25.0-alpha1}); compared by major and minor. */
record SchemaVersion(int major, int minor, String text) {

    private static final Pattern MAJOR_MINOR = Pattern.compile("^(\\d+)\\.(\\d+)");

    /** The version, or null for a text that names none. */
    static SchemaVersion parse(String text) {
        Matcher matcher = MAJOR_MINOR.matcher(text == null ? "" : text.trim());
        return matcher.find() ? new SchemaVersion(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)), text.trim()) : null;
    }

    /** Patch releases keep the schema of their minor version, so only a later minor or major is newer. */
    boolean isNewerThan(SchemaVersion other) {
        return major != other.major ? major > other.major : minor > other.minor;
    }
}
