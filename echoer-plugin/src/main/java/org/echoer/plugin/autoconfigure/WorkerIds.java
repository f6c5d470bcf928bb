package org.echoer.plugin.autoconfigure;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

/** The lock owner name of a node that was given none ({@code echoer.dispatch.worker-id}). */
final class WorkerIds {

    private WorkerIds() {
    }

    /** The configured worker id, or the host name with a random suffix, so two nodes on one host differ. */
    static String orGenerated(String configured) {
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        return "echoer@" + hostName() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
