package org.echoer.plugin.engine.parse;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.echoer.fsl.bpmn.ExtensionProperties;

/**
 * Reads the state out of a gateway condition that compares {@code ackState} with one string literal, the way
 * the generator writes it ({@code ${ackState == 'X'}}) and the ways a person writes it in Modeler
 * ({@code ${ackState == "X"}}, {@code ${ackState eq 'X'}}, {@code ${'X' == ackState}}).
 */
final class AckStateConditions {

    private static final String VARIABLE = Pattern.quote(ExtensionProperties.ACK_STATE_VARIABLE);
    private static final String LITERAL = "(?:'((?:\\\\.|[^'\\\\])*)'|\"((?:\\\\.|[^\"\\\\])*)\")";
    private static final String EQUALS = "\\s*(?:==|eq)\\s*";
    private static final Pattern VARIABLE_FIRST = Pattern.compile("\\$\\{\\s*" + VARIABLE + EQUALS + LITERAL + "\\s*}");
    private static final Pattern LITERAL_FIRST = Pattern.compile("\\$\\{\\s*" + LITERAL + EQUALS + VARIABLE + "\\s*}");
    private static final Pattern ESCAPE = Pattern.compile("\\\\(.)");

    private AckStateConditions() {
    }

    /** The state the condition tests for, or empty when it is not such a comparison. */
    static Optional<String> state(String condition) {
        String text = condition.trim();
        for (Pattern pattern : new Pattern[] {VARIABLE_FIRST, LITERAL_FIRST}) {
            Matcher matcher = pattern.matcher(text);
            if (matcher.matches()) {
                String literal = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
                return Optional.of(ESCAPE.matcher(literal).replaceAll("$1"));
            }
        }
        return Optional.empty();
    }
}
