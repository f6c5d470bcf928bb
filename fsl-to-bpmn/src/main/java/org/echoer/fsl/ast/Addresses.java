package org.echoer.fsl.ast;

import java.util.Arrays;
import java.util.List;

/** The comma-separated address list of an action. */
final class Addresses {

    private Addresses() {
    }

    static List<String> split(String addr) {
        return Arrays.stream(addr.split(",", -1)).map(String::trim).toList();
    }
}
