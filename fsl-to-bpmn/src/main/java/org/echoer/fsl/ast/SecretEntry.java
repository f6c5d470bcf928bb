package org.echoer.fsl.ast;

/** One {@code key="value"} of an action's {@code secret = (...)}. */
public record SecretEntry(Name key, Text value) {
}
