package org.echoer.fsl.address;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Reads IP address literals the way the JDK's HTTP client will connect to them, without ever asking DNS:
 * a name is no literal, and checking FSL as it is typed must not wait for a name server.
 */
final class IpLiterals {

    private IpLiterals() {
    }

    /** The address a host literal stands for ({@code 10.0.0.1}, {@code [::1]}, {@code 127.1}); empty for a name. */
    static Optional<InetAddress> parse(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (bare.indexOf(':') >= 0) {
            try {
                // in brackets the JDK reads an IPv6 literal or refuses it; it never looks such a text up
                return Optional.of(InetAddress.getByName("[" + bare + "]"));
            } catch (UnknownHostException notIpv6) {
                return Optional.empty();
            }
        }
        return ipv4(bare);
    }

    /**
     * The JDK also reads {@code 127.1} and {@code 2130706433} as 127.0.0.1: one to four decimal parts, the
     * last filling the bytes left. Parsed here by hand because for a text it cannot read, the JDK asks DNS.
     */
    private static Optional<InetAddress> ipv4(String text) {
        if (!text.matches("[0-9]{1,10}(\\.[0-9]{1,10}){0,3}")) {
            return Optional.empty();
        }
        String[] parts = text.split("\\.");
        byte[] bytes = new byte[4];
        for (int i = 0; i < parts.length; i++) {
            long value = Long.parseLong(parts[i]);
            int width = i < parts.length - 1 ? 1 : 4 - i;
            if (value >= 1L << (8 * width)) {
                return Optional.empty();
            }
            for (int b = 0; b < width; b++) {
                bytes[i + b] = (byte) (value >> (8 * (width - 1 - b)));
            }
        }
        try {
            return Optional.of(InetAddress.getByAddress(bytes));
        } catch (UnknownHostException cannotHappen) { // only for a wrong length
            return Optional.empty();
        }
    }
}
