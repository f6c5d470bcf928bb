package org.echoer.fsl.check;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.echoer.fsl.ast.ActionDecl;
import org.echoer.fsl.ast.Statement;

/** Two actions, or two flows, of the same name in one document: which one would be meant? */
final class DuplicateDefinitionRule implements CheckRule {

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        Map<String, Statement> actions = new HashMap<>();
        Map<String, Statement> flows = new HashMap<>();
        for (Statement statement : context.document().statements()) {
            Map<String, Statement> seen = statement instanceof ActionDecl ? actions : flows;
            Statement first = seen.putIfAbsent(statement.name().value(), statement);
            if (first != null) {
                report.accept(Diagnostic.error(DiagnosticCode.DUPLICATE_DEFINITION, statement.name().position(),
                        Describe.statement(statement) + " is defined twice in this document (first at "
                                + first.name().position() + ")"));
            }
        }
    }
}
