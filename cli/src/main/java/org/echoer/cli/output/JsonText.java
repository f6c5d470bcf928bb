package org.echoer.cli.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** JSON for {@code --output json}: pretty, or one line per event for streams. */
public final class JsonText {

    private final ObjectMapper pretty;
    private final ObjectMapper compact;

    public JsonText(ObjectMapper json) {
        this.compact = json.copy().disable(SerializationFeature.INDENT_OUTPUT);
        this.pretty = json.copy().enable(SerializationFeature.INDENT_OUTPUT);
    }

    public String pretty(Object value) {
        return write(pretty, value);
    }

    public String oneLine(Object value) {
        return write(compact, value);
    }

    private static String write(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
