package org.echoer.fsl.bpmn;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The JUEL condition a flow carries for one reported state, and the state read back from one. */
public final class AckStateCondition {

    /** {@code ${ackState == 'X'}} or {@code "X"}, {@code eq} for {@code ==}, spaces anywhere between. */
    private static final Pattern ON_ACK_STATE = Pattern.compile(
            "\\$\\{\\s*" + ExtensionProperties.ACK_STATE_VARIABLE
                    + "\\s*(?:==|eq)\\s*(?:'((?:[^'\\\\]|\\\\.)*)'|\"((?:[^\"\\\\]|\\\\.)*)\")\\s*}");

    private AckStateCondition() {
    }

    static String expression(String state) {
        String literal = state.replace("\\", "\\\\").replace("'", "\\'");
        return "${" + ExtensionProperties.ACK_STATE_VARIABLE + " == '" + literal + "'}";
    }

    /** The state a condition routes on, when it is a comparison of {@code ackState} with one text. */
    public static Optional<String> state(String expression) {
        Matcher matcher = ON_ACK_STATE.matcher(expression.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String literal = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
        return Optional.of(literal.replaceAll("\\\\(.)", "$1"));
    }
}
