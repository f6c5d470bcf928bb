package org.echoer.fsl.reverse;

import java.util.List;
import java.util.Map;

/**
 * A step as a service task and the flows out of it describe it.
 *
 * @param transitions state and target step name (or {@code done}), in the order the flows were written;
 *     empty when the step ends the flow whatever its state
 * @param arguments argument name to value (a String or a Long), in written order
 */
record StepSpec(String name, boolean decision, String action, List<Map.Entry<String, String>> transitions,
        Map<String, Object> arguments) {
}
