package org.echoer.plugin.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README's configuration table and the settings that exist, as the configuration processor describes
 * them ({@code META-INF/spring-configuration-metadata.json}), must agree: every {@code echoer.*} setting is
 * in the table, every {@code echoer.*} key of the table is a setting, and a default the table gives is the
 * setting's own.
 */
class ConfigurationTableTest {

    private static final Path README = Path.of("..", "README.md");

    private static Map<String, JsonNode> settings;
    private static Map<String, ReadmeConfigurationTable.Row> table;

    @BeforeAll
    static void read() throws IOException {
        settings = echoerSettings();
        table = ReadmeConfigurationTable.parse(Files.readString(README));
    }

    @Test
    void theTableHasEverySetting() {
        assertThat(table.keySet()).as("echoer.* keys of README.md's configuration table").containsAll(settings.keySet());
    }

    @Test
    void everyKeyOfTheTableIsASetting() {
        assertThat(settings.keySet()).as("echoer.* settings in the configuration metadata").containsAll(table.keySet());
    }

    @Test
    void theTableGivesEachSettingItsOwnDefault() {
        List<String> compared = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        table.forEach((key, row) -> {
            if (row.compareDefault() && settings.containsKey(key)) {
                compared.add(key);
                String actual = defaultOf(settings.get(key));
                if (!row.defaultValue().equals(actual)) {
                    wrong.add(key + ": README.md says '" + row.defaultValue() + "', the default is '" + actual + "'");
                }
            }
        });
        assertThat(compared).isNotEmpty();
        assertThat(wrong).as("defaults in README.md (none: no default, or an empty one)").isEmpty();
    }

    @Test
    void everySettingHasAOneLineDescriptionAndBooleansSayWhether() {
        List<String> undescribed = new ArrayList<>();
        settings.forEach((key, setting) -> {
            String description = setting.path("description").asText("");
            boolean flag = setting.path("type").asText().equals("java.lang.Boolean");
            if (description.isBlank() || description.contains("\n") || (flag && !description.startsWith("Whether "))) {
                undescribed.add(key + ": " + description);
            }
        });
        assertThat(undescribed).isEmpty();
    }

    /**
     * The default as the table writes it: lists comma-separated, nothing for none. The processor writes the
     * default of a list from {@code @DefaultValue} as one string, {@code "[1s, 5s, 30s]"}.
     */
    private static String defaultOf(JsonNode setting) {
        JsonNode value = setting.path("defaultValue");
        if (value.isArray()) {
            return String.join(",", StreamSupport.stream(value.spliterator(), false).map(JsonNode::asText).toList());
        }
        String text = value.isMissingNode() || value.isNull() ? "" : value.asText();
        boolean list = setting.path("type").asText().startsWith("java.util.List<");
        return list && text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1).replace(", ", ",") : text;
    }

    /** Every {@code echoer.*} property in the configuration metadata on the class path, by name. */
    private static Map<String, JsonNode> echoerSettings() throws IOException {
        Map<String, JsonNode> found = new LinkedHashMap<>();
        ObjectMapper json = new ObjectMapper();
        for (URL metadata : Collections.list(ConfigurationTableTest.class.getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json"))) {
            try (InputStream in = metadata.openStream()) {
                for (JsonNode property : json.readTree(in).path("properties")) {
                    if (property.path("name").asText().startsWith("echoer.")) {
                        found.put(property.path("name").asText(), property);
                    }
                }
            }
        }
        assertThat(found).as("echoer.* settings in the configuration metadata").isNotEmpty();
        return found;
    }
}
