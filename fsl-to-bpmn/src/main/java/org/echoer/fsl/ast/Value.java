package org.echoer.fsl.ast;

/** An argument value: a string or a 64-bit integer. */
public sealed interface Value permits Value.Str, Value.Int {

    SourcePosition position();

    /** The value as a plain Java object: a {@link String} or a {@link Long}. */
    Object plain();

    record Str(String value, SourcePosition position) implements Value {
        @Override
        public Object plain() {
            return value;
        }
    }

    record Int(long value, SourcePosition position) implements Value {
        @Override
        public Object plain() {
            return value;
        }
    }
}
