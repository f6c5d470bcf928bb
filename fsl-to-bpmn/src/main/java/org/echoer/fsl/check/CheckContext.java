package org.echoer.fsl.check;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.echoer.fsl.ast.ActionDecl;
import org.echoer.fsl.ast.Document;

/** What a rule sees: the document, and the actions a step may use (the document's own come first). */
public final class CheckContext {

    private final Document document;
    private final ActionLookup knownActions;
    private final Map<String, ActionDecl> documentActions = new LinkedHashMap<>();

    public CheckContext(Document document, ActionLookup knownActions) {
        this.document = document;
        this.knownActions = knownActions;
        document.actions().forEach(a -> documentActions.putIfAbsent(a.name().value(), a));
    }

    public Document document() {
        return document;
    }

    public Optional<ActionDecl> action(String actionName) {
        ActionDecl own = documentActions.get(actionName);
        return own != null ? Optional.of(own) : knownActions.find(actionName);
    }
}
