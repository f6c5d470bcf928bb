package org.echoer.fsl.check;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.echoer.fsl.ast.ActionDecl;

/** Actions known before the document, for example the ones a server has already deployed. */
@FunctionalInterface
public interface ActionLookup {

    Optional<ActionDecl> find(String actionName);

    /**
     * Told, before the checks ask, which actions the document's steps name and it does not declare itself,
     * so that a lookup backed by a database can read them all at once. Does nothing by default.
     */
    default void expect(Collection<String> actionNames) {
    }

    /** The names it knows, for suggesting one when a name is misspelt; none by default. */
    default Collection<String> names() {
        return List.of();
    }

    static ActionLookup none() {
        return name -> Optional.empty();
    }
}
