package org.echoer.cli.api;

import java.util.Optional;

/**
 * Reads the text/event-stream format line by line: {@code event:} names the event, {@code data:} lines
 * make its data, a blank line ends it, lines starting with {@code :} are comments.
 */
public final class ServerEventParser {

    private String name = "message";
    private StringBuilder data;

    /** Feeds one line; gives the event that this line completed, if any. */
    public Optional<ServerEvent> accept(String line) {
        if (line.isEmpty()) {
            return dispatch();
        }
        if (line.startsWith(":")) {
            return Optional.empty();
        }
        int colon = line.indexOf(':');
        String field = colon < 0 ? line : line.substring(0, colon);
        String value = colon < 0 ? "" : line.substring(colon + 1);
        if (value.startsWith(" ")) {
            value = value.substring(1);
        }
        if (field.equals("event")) {
            name = value;
        } else if (field.equals("data")) {
            if (data == null) {
                data = new StringBuilder(value);
            } else {
                data.append('\n').append(value);
            }
        }
        return Optional.empty();
    }

    private Optional<ServerEvent> dispatch() {
        Optional<ServerEvent> event = data == null ? Optional.empty() : Optional.of(new ServerEvent(name, data.toString()));
        name = "message";
        data = null;
        return event;
    }
}
