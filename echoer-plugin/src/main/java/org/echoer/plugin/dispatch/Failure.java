package org.echoer.plugin.dispatch;

/**
 * One failed attempt at a step, as Camunda is told of it: the whole message (its details), the retries
 * left and the wait before the next attempt. With none left, Camunda raises an incident.
 *
 * @param waitMillis how long Camunda keeps the step from the next fetch; 0 when no retry is left
 */
record Failure(String message, int retriesLeft, long waitMillis) {

    /** Camunda keeps 666 characters of a task's error message (the incident's); the whole one stays in the details. */
    static final int SHORT_MESSAGE_LENGTH = 600;

    /** The message the incident shows: the first {@value #SHORT_MESSAGE_LENGTH} characters, marked when cut. */
    String shortMessage() {
        return message.length() > SHORT_MESSAGE_LENGTH ? message.substring(0, SHORT_MESSAGE_LENGTH) + "..." : message;
    }

    /** Whether the step is tried again; if not, it becomes an incident. */
    boolean retried() {
        return retriesLeft > 0;
    }
}
