package org.echoer.webapp;

/** The production profile is active and Cockpit's admin password is empty or the built-in default. */
final class WeakAdminPasswordException extends RuntimeException {

    WeakAdminPasswordException(String reason) {
        super(reason);
    }
}
