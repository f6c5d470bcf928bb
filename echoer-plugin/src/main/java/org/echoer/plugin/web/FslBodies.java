package org.echoer.plugin.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.MediaType;

/**
 * FSL arrives as echoer's {@code {"data": "<FSL>"}} or as {@code text/plain}, in UTF-8; a document
 * longer than the configured number of characters is refused before it is parsed.
 */
public final class FslBodies {

    private final ObjectMapper json;
    private final int maxCharacters;

    public FslBodies(ObjectMapper json, int maxCharacters) {
        this.json = json;
        this.maxCharacters = maxCharacters;
    }

    String fsl(byte[] body, String contentType) {
        MediaType type = contentType == null ? MediaType.TEXT_PLAIN : parse(contentType);
        boolean text = type.isCompatibleWith(MediaType.TEXT_PLAIN);
        if (!text && !type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
            throw new UnsupportedBodyException("send FSL as application/json {\"data\": \"...\"} or as text/plain, not " + type);
        }
        String decoded = TextBodies.decode(body, type);
        return TextBodies.withoutNul(withinLimit(text ? decoded : data(decoded)), "the FSL document");
    }

    private String data(String body) {
        JsonNode root;
        try {
            root = json.readerFor(JsonNode.class).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(body);
        } catch (JsonProcessingException e) {
            throw new BadRequestException("the body is not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject() || !root.path("data").isTextual()) {
            throw new BadRequestException("the body must be {\"data\": \"<FSL>\"}");
        }
        return root.get("data").asText();
    }

    private String withinLimit(String fsl) {
        if (fsl.length() > maxCharacters) {
            throw new PayloadTooLargeException("the FSL document has " + fsl.length() + " characters; at most " + maxCharacters
                    + " are allowed (echoer.limits.fsl-characters)");
        }
        return fsl;
    }

    private static MediaType parse(String contentType) {
        try {
            return MediaType.parseMediaType(contentType);
        } catch (org.springframework.util.InvalidMimeTypeException e) {
            throw new UnsupportedBodyException("unreadable content type '" + contentType + "'");
        }
    }
}
