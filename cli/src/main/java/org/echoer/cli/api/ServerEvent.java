package org.echoer.cli.api;

/** One server-sent event: its name and its data lines joined by newlines. */
public record ServerEvent(String name, String data) {
}
