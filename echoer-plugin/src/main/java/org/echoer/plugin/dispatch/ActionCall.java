package org.echoer.plugin.dispatch;

import java.util.List;

/**
 * How a dispatch POST ended: accepted by one address, or refused by all of them.
 *
 * @param acceptedBy the address that answered 2xx, null when none did
 * @param failures one line per address that failed, in the order they were tried
 */
public record ActionCall(String acceptedBy, List<String> failures) {

    public boolean accepted() {
        return acceptedBy != null;
    }
}
