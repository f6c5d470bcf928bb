package org.echoer.cli.output;

/** {@code --output text} for people, {@code --output json} for scripts. */
public enum OutputFormat {
    TEXT, JSON
}
