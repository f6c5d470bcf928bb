package org.echoer.plugin.dispatch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.Map;

/**
 * Writes JSON the way echoer (Go's {@code encoding/json} on a map) does, so business services see the
 * same bytes: keys sorted, no spaces, and {@code < > &} plus U+2028/U+2029 escaped as {@code \\u003c}...
 */
public final class GoCompatibleJson {

    private final ObjectMapper mapper;

    public GoCompatibleJson(ObjectMapper base) {
        this.mapper = base.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
                .configure(SerializationFeature.INDENT_OUTPUT, false);
        this.mapper.getFactory().setCharacterEscapes(new GoEscapes());
    }

    public byte[] write(Map<String, Object> object) {
        try {
            return mapper.writeValueAsBytes(object);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write the dispatch body: " + e.getOriginalMessage(), e);
        }
    }

    private static final class GoEscapes extends CharacterEscapes {

        private final int[] asciiEscapes;

        GoEscapes() {
            asciiEscapes = CharacterEscapes.standardAsciiEscapesForJSON();
            asciiEscapes['<'] = CharacterEscapes.ESCAPE_CUSTOM;
            asciiEscapes['>'] = CharacterEscapes.ESCAPE_CUSTOM;
            asciiEscapes['&'] = CharacterEscapes.ESCAPE_CUSTOM;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return asciiEscapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return switch (ch) {
                case '<', '>', '&', 0x2028, 0x2029 -> new SerializedString(String.format("\\u%04x", ch));
                default -> null;
            };
        }
    }
}
