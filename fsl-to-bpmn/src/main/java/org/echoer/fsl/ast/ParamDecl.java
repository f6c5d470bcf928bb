package org.echoer.fsl.ast;

import java.util.Optional;

/** A typed parameter of an action: {@code str project}, {@code int version}. */
public record ParamDecl(Name type, Name name) {

    public Optional<ParamType> knownType() {
        return ParamType.parse(type.value());
    }
}
