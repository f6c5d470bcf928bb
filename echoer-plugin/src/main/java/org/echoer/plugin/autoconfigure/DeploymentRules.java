package org.echoer.plugin.autoconfigure;

import java.util.ArrayList;
import java.util.List;
import org.echoer.fsl.address.ActionAddressPolicy;
import org.echoer.fsl.check.ActionAddressRule;
import org.echoer.fsl.check.CheckRule;
import org.echoer.fsl.check.StepLimitRule;

/** What this server checks of submitted FSL beyond the language itself, with the language's own rules. */
final class DeploymentRules {

    private DeploymentRules() {
    }

    /** The step limit, and the action address policy unless it refuses nothing. */
    static List<CheckRule> of(LimitsProperties limits, ActionAddressPolicy addresses) {
        List<CheckRule> rules = new ArrayList<>();
        rules.add(new StepLimitRule(limits.stepsPerFlow()));
        if (!addresses.refusesNothing()) {
            rules.add(new ActionAddressRule(addresses));
        }
        return List.copyOf(rules);
    }
}
