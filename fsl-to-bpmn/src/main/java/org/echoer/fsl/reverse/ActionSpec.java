package org.echoer.fsl.reverse;

import java.util.List;
import java.util.Optional;

/**
 * An action as a service task's properties describe it.
 *
 * @param params {@code type name} pairs, in declared order
 */
record ActionSpec(String name, String addr, String method, Optional<String> capem, List<String[]> params,
        List<String> states) {

    /** What two tasks of one action must agree on, as text for a message and a comparison. */
    String definition() {
        return "addr=" + addr + " method=" + method + " capem=" + capem.orElse("") + " args="
                + String.join(",", params.stream().map(p -> p[0] + " " + p[1]).toList()) + " return="
                + String.join("|", states);
    }
}
