package org.echoer.bench;

/** {@code --output}: a summary for people, or one JSON object on stdout for scripts (the summary then goes to stderr). */
enum OutputFormat {
    TEXT,
    JSON
}
