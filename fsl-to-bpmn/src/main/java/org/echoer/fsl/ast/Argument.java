package org.echoer.fsl.ast;

/** A step's argument value: {@code project="..."}. */
public record Argument(Name name, Value value) {
}
