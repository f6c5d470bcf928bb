package org.echoer.fsl.bpmn;

/** The JUEL condition a gateway's outgoing flow carries for one reported state. */
final class AckStateCondition {

    private AckStateCondition() {
    }

    static String expression(String state) {
        String literal = state.replace("\\", "\\\\").replace("'", "\\'");
        return "${" + ExtensionProperties.ACK_STATE_VARIABLE + " == '" + literal + "'}";
    }
}
