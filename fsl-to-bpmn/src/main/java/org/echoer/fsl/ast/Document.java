package org.echoer.fsl.ast;

import java.util.List;

/** A parsed FSL document: its statements in written order. */
public record Document(List<Statement> statements) {

    public Document {
        statements = List.copyOf(statements);
    }

    public List<ActionDecl> actions() {
        return statements.stream().filter(ActionDecl.class::isInstance).map(ActionDecl.class::cast).toList();
    }

    public List<FlowDecl> flows() {
        return statements.stream().filter(FlowDecl.class::isInstance).map(FlowDecl.class::cast).toList();
    }
}
