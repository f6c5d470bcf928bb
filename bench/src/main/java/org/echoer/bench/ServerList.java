package org.echoer.bench;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * The base addresses of the nodes under test: runs go to them in turn, callbacks to any of them (every
 * node shares the database, so any node can take any callback).
 */
final class ServerList {

    private final List<URI> servers;
    private final AtomicLong submitted = new AtomicLong();

    private ServerList(List<URI> servers) {
        this.servers = servers;
    }

    /** @throws IllegalArgumentException for an empty list or an address that is not absolute http(s) */
    static ServerList of(List<URI> servers) {
        if (servers.isEmpty()) {
            throw new IllegalArgumentException("no server address given");
        }
        for (URI server : servers) {
            String scheme = server.getScheme() == null ? "" : server.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || server.getHost() == null) {
                throw new IllegalArgumentException("not an http(s) base address: " + server);
            }
        }
        return new ServerList(List.copyOf(servers));
    }

    /** The node the driver deploys to and reads run states from. */
    URI first() {
        return servers.get(0);
    }

    /** The node for the next run: each in turn. */
    URI nextForRun() {
        return servers.get((int) (submitted.getAndIncrement() % servers.size()));
    }

    /** A node chosen at random, for a callback. */
    URI any() {
        return servers.size() == 1 ? servers.get(0) : servers.get(ThreadLocalRandom.current().nextInt(servers.size()));
    }

    List<URI> all() {
        return servers;
    }

    int size() {
        return servers.size();
    }

    @Override
    public String toString() {
        return servers.stream().map(URI::toString).collect(Collectors.joining(","));
    }
}
