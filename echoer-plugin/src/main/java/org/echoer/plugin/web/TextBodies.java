package org.echoer.plugin.web;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;

/**
 * Request bodies as text, decoded strictly: bytes that are not text in the body's charset (UTF-8 unless
 * the content type names another) are a bad request, not silently replaced characters.
 */
final class TextBodies {

    private TextBodies() {
    }

    static String decode(byte[] body, MediaType type) {
        if (body == null) {
            return "";
        }
        Charset charset = type.getCharset() != null ? type.getCharset() : StandardCharsets.UTF_8;
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new BadRequestException("the body is not valid " + charset.name() + " text");
        }
    }

    /**
     * The text, unless it holds a NUL character: nothing echoer stores may (PostgreSQL refuses it in any
     * text column), so it is refused here, with its position, instead of failing in the database.
     */
    static String withoutNul(String text, String what) {
        int nul = text == null ? -1 : text.indexOf('\0');
        if (nul >= 0) {
            int line = 1 + (int) text.substring(0, nul).chars().filter(c -> c == '\n').count();
            int column = nul - text.lastIndexOf('\n', nul - 1);
            throw new BadRequestException(what + " holds a NUL character at line " + line + ", column " + column);
        }
        return text;
    }
}
