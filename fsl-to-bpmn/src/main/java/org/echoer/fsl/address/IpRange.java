package org.echoer.fsl.address;

import java.net.InetAddress;

/** A block of IP addresses in CIDR notation, {@code 169.254.0.0/16} or {@code fe80::/10}; one address is a block of its own. */
public final class IpRange {

    private final byte[] network;
    private final int prefixLength;
    private final String text;

    private IpRange(byte[] network, int prefixLength, String text) {
        this.network = network;
        this.prefixLength = prefixLength;
        this.text = text;
    }

    /**
     * @param cidr {@code address/prefix-length}, or an address alone (all its bits)
     * @throws IllegalArgumentException when it is neither
     */
    public static IpRange parse(String cidr) {
        String trimmed = cidr.trim();
        int slash = trimmed.indexOf('/');
        String address = slash < 0 ? trimmed : trimmed.substring(0, slash);
        InetAddress ip = IpLiterals.parse(address).orElseThrow(() -> new IllegalArgumentException(
                "'" + cidr + "' is no IP range: '" + address + "' is no IP address"));
        byte[] bytes = ip.getAddress();
        int bits = bytes.length * 8;
        int prefix = bits;
        if (slash >= 0) {
            String length = trimmed.substring(slash + 1);
            if (!length.matches("[0-9]{1,3}") || Integer.parseInt(length) > bits) {
                throw new IllegalArgumentException("'" + cidr + "' is no IP range: the prefix length must be 0 to " + bits);
            }
            prefix = Integer.parseInt(length);
        }
        return new IpRange(masked(bytes, prefix), prefix, trimmed);
    }

    public boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        return bytes.length == network.length && java.util.Arrays.equals(masked(bytes, prefixLength), network);
    }

    private static byte[] masked(byte[] bytes, int prefix) {
        byte[] out = bytes.clone();
        for (int i = 0; i < out.length; i++) {
            int keep = Math.max(0, Math.min(8, prefix - i * 8));
            out[i] = (byte) (out[i] & (0xff00 >> keep));
        }
        return out;
    }

    @Override
    public String toString() {
        return text;
    }
}
