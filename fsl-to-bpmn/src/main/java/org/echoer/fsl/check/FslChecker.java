package org.echoer.fsl.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.echoer.fsl.ast.Document;

/** Runs every rule over a document and returns all problems, in document order. */
public final class FslChecker {

    private static final Comparator<Diagnostic> DOCUMENT_ORDER =
            Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column);

    private final List<CheckRule> rules;

    public FslChecker() {
        this(defaultRules());
    }

    public FslChecker(List<CheckRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rules of the language (docs/fsl.md, "Checks"), followed by rules of the deployment's own (limits, allowed hosts). */
    public static FslChecker withExtraRules(List<CheckRule> extra) {
        List<CheckRule> all = new ArrayList<>(defaultRules());
        all.addAll(extra);
        return new FslChecker(all);
    }

    private static List<CheckRule> defaultRules() {
        return List.of(
                new DuplicateDefinitionRule(),
                new ActionAttributesRule(),
                new AddressRule(),
                new SecretRule(),
                new ParameterRule(),
                new FlowStepsRule(),
                new StepActionRule(),
                new StepArgumentsRule(),
                new TransitionStateRule(),
                new TransitionTargetRule(),
                new ReachabilityRule());
    }

    public List<Diagnostic> check(Document document, ActionLookup knownActions) {
        CheckContext context = new CheckContext(document, knownActions);
        List<Diagnostic> found = new ArrayList<>();
        for (CheckRule rule : rules) {
            rule.check(context, found::add);
        }
        found.sort(DOCUMENT_ORDER);
        return found;
    }
}
