package org.echoer.plugin.dispatch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Finds the IP addresses an action's host name stands for, so the address policy can judge them just
 * before the request leaves. The JVM's resolver by default; replaceable (a bean of this type), for tests
 * that need a name pointing where no real name does.
 */
@FunctionalInterface
public interface ActionHostResolver {

    /** @return every address of the host, never empty */
    List<InetAddress> resolve(String host) throws UnknownHostException;

    /**
     * The JVM's own resolver, the one the HTTP client connects with: its cache (30 s by default) makes the
     * client's lookup right after this one give the same answer.
     */
    static ActionHostResolver system() {
        return host -> List.of(InetAddress.getAllByName(host));
    }
}
