package org.echoer.plugin.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code echoer.*} rows of the README's "## Configuration" table: key, and the default the table gives. */
final class ReadmeConfigurationTable {

    private static final Pattern CODE = Pattern.compile("`([^`]*)`");
    /** The defaults a table cell starts with: {@code `256`, `50`, `8`} for a row of three keys. */
    private static final Pattern LEADING_CODES = Pattern.compile("^`[^`]*`(\\s*,\\s*`[^`]*`)*");

    /**
     * @param defaultValue the default the table gives, empty for "none" or an empty cell
     * @param compareDefault whether the cell gives one (in code, or as "none", or empty), not prose such as "generated"
     */
    record Row(String defaultValue, boolean compareDefault) {
    }

    private ReadmeConfigurationTable() {
    }

    static Map<String, Row> parse(String readme) {
        int start = readme.indexOf("\n## Configuration");
        assertThat(start).as("README.md has a ## Configuration section").isNotNegative();
        int end = readme.indexOf("\n## ", start + 1);
        Map<String, Row> rows = new LinkedHashMap<>();
        for (String line : readme.substring(start, end < 0 ? readme.length() : end).split("\n")) {
            if (line.startsWith("| `echoer.")) {
                String[] cells = line.substring(1).split("\\|");
                List<String> keys = keys(cells[0]);
                List<String> defaults = defaults(cells[1].trim(), keys.size());
                boolean compare = defaults != null;
                for (int i = 0; i < keys.size(); i++) {
                    rows.put(keys.get(i), new Row(compare ? defaults.get(i) : "", compare));
                }
            }
        }
        return rows;
    }

    /**
     * The keys of a cell such as {@code `echoer.dispatch.max-in-flight`, `.batch-size`}: a key after the
     * first that starts with a dot replaces the first one's last part. A last part that only names a map
     * key ({@code <action>}, {@code NAME}) is left out: the setting is the map.
     */
    private static List<String> keys(String cell) {
        List<String> keys = new ArrayList<>();
        Matcher code = CODE.matcher(cell);
        while (code.find()) {
            String key = code.group(1);
            if (key.startsWith(".") && !keys.isEmpty()) {
                String first = keys.get(0);
                key = first.substring(0, first.lastIndexOf('.')) + key;
            }
            keys.add(withoutMapKey(key));
        }
        return keys;
    }

    private static String withoutMapKey(String key) {
        String last = key.substring(key.lastIndexOf('.') + 1);
        boolean placeholder = last.startsWith("<") || (last.equals(last.toUpperCase()) && !last.equals(last.toLowerCase()));
        return placeholder ? key.substring(0, key.lastIndexOf('.')) : key;
    }

    /** One default per key, or null when the cell describes it in words instead. */
    private static List<String> defaults(String cell, int keys) {
        if (cell.isEmpty() || cell.startsWith("none")) {
            return Collections.nCopies(keys, "");
        }
        Matcher leading = LEADING_CODES.matcher(cell);
        if (!leading.find()) {
            return null;
        }
        List<String> defaults = new ArrayList<>();
        Matcher code = CODE.matcher(leading.group());
        while (code.find()) {
            defaults.add(code.group(1));
        }
        assertThat(defaults).as("defaults of " + cell).hasSize(keys);
        return defaults;
    }
}
