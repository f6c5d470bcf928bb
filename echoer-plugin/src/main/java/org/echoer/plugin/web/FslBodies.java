package org.echoer.plugin.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.MediaType;

/** FSL arrives as echoer's {@code {"data": "<FSL>"}} or as {@code text/plain}. */
final class FslBodies {

    private FslBodies() {
    }

    static String fsl(String body, String contentType, ObjectMapper json) {
        MediaType type = contentType == null ? MediaType.TEXT_PLAIN : parse(contentType);
        if (type.isCompatibleWith(MediaType.TEXT_PLAIN)) {
            return body == null ? "" : body;
        }
        if (!type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
            throw new UnsupportedBodyException("send FSL as application/json {\"data\": \"...\"} or as text/plain, not " + type);
        }
        JsonNode root;
        try {
            root = json.readTree(body == null ? "" : body);
        } catch (JsonProcessingException e) {
            throw new BadRequestException("the body is not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject() || !root.path("data").isTextual()) {
            throw new BadRequestException("the body must be {\"data\": \"<FSL>\"}");
        }
        return root.get("data").asText();
    }

    private static MediaType parse(String contentType) {
        try {
            return MediaType.parseMediaType(contentType);
        } catch (org.springframework.util.InvalidMimeTypeException e) {
            throw new UnsupportedBodyException("unreadable content type '" + contentType + "'");
        }
    }
}
