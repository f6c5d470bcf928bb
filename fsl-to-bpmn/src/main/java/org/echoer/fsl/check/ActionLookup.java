package org.echoer.fsl.check;

import java.util.Optional;
import org.echoer.fsl.ast.ActionDecl;

/** Actions known before the document, for example the ones a server has already deployed. */
@FunctionalInterface
public interface ActionLookup {

    Optional<ActionDecl> find(String actionName);

    static ActionLookup none() {
        return name -> Optional.empty();
    }
}
