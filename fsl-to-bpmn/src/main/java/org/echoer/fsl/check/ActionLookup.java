package org.echoer.fsl.check;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.echoer.fsl.ast.ActionDecl;

/** Actions known before the document, for example the ones a server has already deployed. */
@FunctionalInterface
public interface ActionLookup {

    Optional<ActionDecl> find(String actionName);

    /** The names it knows, for suggesting one when a name is misspelt; none by default. */
    default Collection<String> names() {
        return List.of();
    }

    static ActionLookup none() {
        return name -> Optional.empty();
    }
}
