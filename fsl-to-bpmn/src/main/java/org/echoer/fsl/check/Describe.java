package org.echoer.fsl.check;

import java.util.List;
import java.util.stream.Collectors;
import org.echoer.fsl.ast.FlowDecl;
import org.echoer.fsl.ast.Name;
import org.echoer.fsl.ast.Statement;

/** How messages name things, so every rule says it the same way. */
final class Describe {

    private Describe() {
    }

    static String statement(Statement statement) {
        if (statement instanceof FlowDecl flow) {
            return flow.kind().keyword() + " '" + flow.name().value() + "'";
        }
        return "action '" + statement.name().value() + "'";
    }

    static String names(List<Name> names) {
        if (names.isEmpty()) {
            return "none";
        }
        return names.stream().map(Name::value).collect(Collectors.joining(", "));
    }
}
