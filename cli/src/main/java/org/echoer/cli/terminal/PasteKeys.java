package org.echoer.cli.terminal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.jline.reader.Buffer;
import org.jline.reader.LineReader;
import org.jline.reader.Widget;
import org.jline.utils.NonBlockingReader;

/**
 * Makes pasted FSL behave as if it were typed. A bracketed paste that ends with a line break is entered
 * at once, as a terminal without bracketed paste would enter it line by line; one without a final line
 * break stays on the prompt for Enter. A tab with more input right behind it is part of a paste and is
 * inserted as text; only a tab on its own asks for completion.
 */
final class PasteKeys {

    /** How long a typed tab may wait for the next character: a paste delivers it at once, a person never does. */
    private static final long PASTE_GAP_MILLIS = 15;

    private PasteKeys() {
    }

    static void install(LineReader reader) {
        Widget paste = reader.getWidgets().get(LineReader.BEGIN_PASTE);
        Widget accept = reader.getWidgets().get(LineReader.ACCEPT_LINE);
        reader.getWidgets().put(LineReader.BEGIN_PASTE,
                () -> paste.apply() && (!endsWithLineBreak(reader.getBuffer()) || accept.apply()));
        // Tab runs expand-or-complete in the default key maps; complete-word is the other widget a binding may use
        for (String completion : List.of(LineReader.EXPAND_OR_COMPLETE, LineReader.COMPLETE_WORD)) {
            Widget complete = reader.getWidgets().get(completion);
            reader.getWidgets().put(completion, () -> {
                if (morePending(reader.getTerminal().reader())) {
                    reader.getBuffer().write('\t');
                    return true;
                }
                return complete.apply();
            });
        }
    }

    private static boolean endsWithLineBreak(Buffer buffer) {
        int length = buffer.length();
        return length > 0 && buffer.cursor() == length && buffer.atChar(length - 1) == '\n';
    }

    private static boolean morePending(NonBlockingReader input) {
        try {
            return input.peek(PASTE_GAP_MILLIS) >= 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
