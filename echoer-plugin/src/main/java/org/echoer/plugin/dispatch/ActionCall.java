package org.echoer.plugin.dispatch;

import java.util.List;

/**
 * How a dispatch POST ended: accepted by one address, or refused by all of them.
 *
 * @param acceptedBy the address that answered 2xx, null when none did
 * @param failures one line per address that failed, in the order they were tried
 * @param refused whether the address policy refused every address, so nothing was sent: trying again
 *        cannot help
 */
public record ActionCall(String acceptedBy, List<String> failures, boolean refused) {

    public ActionCall(String acceptedBy, List<String> failures) {
        this(acceptedBy, failures, false);
    }

    public boolean accepted() {
        return acceptedBy != null;
    }
}
