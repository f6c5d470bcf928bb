package org.echoer.fsl.ast;

/** A top-level FSL statement. {@link #source()} is its exact text, as written in the document. */
public sealed interface Statement permits ActionDecl, FlowDecl {

    Name name();

    SourcePosition position();

    String source();
}
