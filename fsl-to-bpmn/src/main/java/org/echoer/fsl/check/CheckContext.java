package org.echoer.fsl.check;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.echoer.fsl.ast.ActionDecl;
import org.echoer.fsl.ast.Document;

/** What a rule sees: the document, and the actions a step may use (the document's own come first). */
public final class CheckContext {

    /** A document full of slips gets suggestions for this many of them: each costs a look at every candidate. */
    static final int MAX_SUGGESTIONS = 100;

    private final Document document;
    private final ActionLookup knownActions;
    private final Map<String, ActionDecl> documentActions = new LinkedHashMap<>();
    private int suggestionsLeft = MAX_SUGGESTIONS;
    private List<String> actionNames;

    public CheckContext(Document document, ActionLookup knownActions) {
        this.document = document;
        this.knownActions = knownActions;
        document.actions().forEach(a -> documentActions.putIfAbsent(a.name().value(), a));
    }

    public Document document() {
        return document;
    }

    /** Every action name a step may use: the document's own, then the ones known before it. */
    public List<String> actionNames() {
        if (actionNames == null) {
            List<String> names = new ArrayList<>(documentActions.keySet());
            knownActions.names().stream().filter(name -> !documentActions.containsKey(name)).forEach(names::add);
            actionNames = List.copyOf(names);
        }
        return actionNames;
    }

    /** {@code "; did you mean 'x'?"} for a close candidate, or nothing. */
    String didYouMean(String word, Supplier<? extends Collection<String>> candidates) {
        if (suggestionsLeft <= 0) {
            return "";
        }
        suggestionsLeft--;
        return DidYouMean.suffix(word, candidates.get());
    }

    public Optional<ActionDecl> action(String actionName) {
        ActionDecl own = documentActions.get(actionName);
        return own != null ? Optional.of(own) : knownActions.find(actionName);
    }
}
