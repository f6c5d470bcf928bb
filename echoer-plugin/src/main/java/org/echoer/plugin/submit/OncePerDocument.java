package org.echoer.plugin.submit;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.echoer.fsl.ast.ActionDecl;
import org.echoer.fsl.check.ActionLookup;
import org.echoer.plugin.definition.DefinitionStore;

/**
 * The deployed actions as one document's checks see them: the checks ask for the same action many times, the
 * database is asked once per document, for all the actions its steps name at once.
 */
final class OncePerDocument {

    private OncePerDocument() {
    }

    static ActionLookup lookup(DefinitionStore store) {
        Map<String, Optional<ActionDecl>> seen = new HashMap<>();
        return new ActionLookup() {
            @Override
            public Optional<ActionDecl> find(String name) {
                return seen.computeIfAbsent(name, store::find);
            }

            @Override
            public void expect(Collection<String> names) {
                Map<String, ActionDecl> found = store.findAll(names);
                names.forEach(name -> seen.put(name, Optional.ofNullable(found.get(name))));
            }

            @Override
            public Collection<String> names() {
                return store.names();
            }
        };
    }
}
