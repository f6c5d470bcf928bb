package org.echoer.fsl.address;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where actions may send their requests, so that whoever may submit FSL cannot make the server post to
 * addresses nobody meant (server-side request forgery). Judged twice with the same rules: at submission on
 * what an address names, without asking DNS, and at dispatch on every IP address its host resolves to then
 * (a name can be pointed elsewhere after it was checked). See docs/security.md.
 *
 * <p>An empty list of allowed hosts leaves the decision to the guard: it refuses link-local, unspecified
 * and multicast addresses and the names of cloud metadata services, and optionally loopback and private
 * ranges. A non-empty list decides alone for what it names: listed IP addresses and ranges are allowed
 * whatever the guard says, listed names are allowed (the addresses they resolve to are still judged by the
 * guard unless listed too), and everything else is refused; when the list holds ranges, a name not listed
 * is allowed if every address it resolves to lies in them.
 */
public final class ActionAddressPolicy {

    public static final String GUARD_SETTING = "echoer.security.action-address-guard";
    public static final String ALLOWED_HOSTS_SETTING = "echoer.security.allowed-action-hosts";

    /** The names cloud providers give their instance metadata services (Google Cloud, AWS). */
    static final Set<String> METADATA_HOST_NAMES =
            Set.of("metadata.google.internal", "metadata.goog", "metadata", "instance-data", "instance-data.ec2.internal");

    /** What the guard refuses: always its fixed ranges when enabled, loopback and private ranges when asked to. */
    public record Guard(boolean enabled, boolean refuseLoopback, boolean refusePrivate) {

        public static final Guard ON = new Guard(true, false, false);
        public static final Guard OFF = new Guard(false, false, false);

        List<Block> blocks() {
            if (!enabled) {
                return List.of();
            }
            List<Block> blocks = new ArrayList<>(List.of(Block.LINK_LOCAL, Block.UNSPECIFIED, Block.MULTICAST));
            if (refuseLoopback) {
                blocks.add(Block.LOOPBACK);
            }
            if (refusePrivate) {
                blocks.add(Block.PRIVATE);
            }
            return blocks;
        }
    }

    /** Which rule refused an address. */
    public enum Rule {
        /** {@code echoer.security.allowed-action-hosts} does not name it. */
        ALLOWED_HOSTS,
        /** {@code echoer.security.action-address-guard} refuses it. */
        GUARD
    }

    /** Why an address may not be used, in words that name the rule and the way to allow it. */
    public record Refusal(Rule rule, String message) {
    }

    /** Ranges no business service lives in, each with what it is and the setting that refuses it. */
    enum Block {
        LINK_LOCAL("link-local (cloud metadata services live there)", GUARD_SETTING, "169.254.0.0/16", "fe80::/10"),
        UNSPECIFIED("unspecified (a connection to it reaches this machine)", GUARD_SETTING, "0.0.0.0/8", "::/128"),
        MULTICAST("multicast (no business service has such an address)", GUARD_SETTING, "224.0.0.0/4", "ff00::/8"),
        LOOPBACK("loopback (this machine)", GUARD_SETTING + ".refuse-loopback", "127.0.0.0/8", "::1/128"),
        PRIVATE("in a private range", GUARD_SETTING + ".refuse-private", "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16",
                "fc00::/7");

        private final String what;
        private final String setting;
        private final List<IpRange> ranges;

        Block(String what, String setting, String... ranges) {
            this.what = what;
            this.setting = setting;
            this.ranges = Arrays.stream(ranges).map(IpRange::parse).toList();
        }

        boolean contains(InetAddress address) {
            return ranges.stream().anyMatch(r -> r.contains(address));
        }
    }

    private final Guard guard;
    private final Set<String> allowedNames = new HashSet<>();
    private final List<IpRange> allowedAddresses = new ArrayList<>();
    private final boolean listsRanges;
    private final List<String> listed;

    /**
     * @param allowedHosts host names, IP addresses and CIDR ranges; empty lets the guard decide
     * @throws IllegalArgumentException for an entry with a {@code /} that is no CIDR range
     */
    public ActionAddressPolicy(Collection<String> allowedHosts, Guard guard) {
        this.guard = guard;
        boolean ranges = false;
        for (String entry : allowedHosts) {
            String host = normalized(entry.trim());
            if (host.isEmpty()) {
                continue;
            }
            if (host.contains("/")) {
                try {
                    allowedAddresses.add(IpRange.parse(host));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(ALLOWED_HOSTS_SETTING + ": " + e.getMessage(), e);
                }
                ranges = true;
            } else {
                IpLiterals.parse(host).ifPresentOrElse(ip -> allowedAddresses.add(IpRange.parse(ip.getHostAddress())),
                        () -> allowedNames.add(host));
            }
        }
        this.listsRanges = ranges;
        this.listed = allowedHosts.stream().map(String::trim).filter(h -> !h.isEmpty()).sorted().toList();
    }

    /** Refuses nothing: no allowed hosts and the guard off. */
    public static ActionAddressPolicy refusingNothing() {
        return new ActionAddressPolicy(List.of(), Guard.OFF);
    }

    /** Whether this policy never refuses an address (then nothing need be checked or resolved). */
    public boolean refusesNothing() {
        return listed.isEmpty() && !guard.enabled();
    }

    /** Whether a list of allowed hosts is configured. */
    public boolean hasAllowedHosts() {
        return !listed.isEmpty();
    }

    /**
     * Judges what an address names, without asking DNS: at submission, and at dispatch before anything
     * is resolved. Addresses without a readable host are left to the address syntax check.
     */
    public Optional<Refusal> refusal(String address) {
        Optional<String> host = host(address);
        if (host.isEmpty() || refusesNothing()) {
            return Optional.empty();
        }
        String name = normalized(host.get());
        Optional<InetAddress> literal = IpLiterals.parse(name);
        if (literal.isPresent()) {
            return judge(address, host.get(), literal.get(), false);
        }
        if (!listed.isEmpty()) {
            return allowedNames.contains(name) || listsRanges ? Optional.empty() : notListed(address, host.get(), "");
        }
        if (guard.enabled() && METADATA_HOST_NAMES.contains(name)) {
            return Optional.of(new Refusal(Rule.GUARD, "address '" + address + "': '" + host.get()
                    + "' is the name of a cloud metadata service; refused by " + GUARD_SETTING + allowHint()));
        }
        return Optional.empty();
    }

    /** Whether judging the address at dispatch needs what its host resolves to: it names a host rather than an IP. */
    public boolean judgesResolvedAddresses(String address) {
        return !refusesNothing() && host(address).filter(h -> IpLiterals.parse(normalized(h)).isEmpty()).isPresent();
    }

    /** Judges an address at dispatch: what it names, then every IP address its host resolves to now. */
    public Optional<Refusal> refusal(String address, List<InetAddress> resolved) {
        Optional<Refusal> named = refusal(address);
        if (named.isPresent() || !judgesResolvedAddresses(address)) {
            return named;
        }
        String host = host(address).orElseThrow();
        boolean nameListed = allowedNames.contains(normalized(host));
        for (InetAddress ip : resolved) {
            Optional<Refusal> refusal = judge(address, host, ip, !listed.isEmpty() && !nameListed);
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        return Optional.empty();
    }

    /**
     * @param mustBeListed whether only a listed address will do (the host is not listed itself)
     */
    private Optional<Refusal> judge(String address, String host, InetAddress ip, boolean mustBeListed) {
        if (allowedAddresses.stream().anyMatch(r -> r.contains(ip))) {
            return Optional.empty();
        }
        boolean literal = IpLiterals.parse(normalized(host)).isPresent();
        if (literal && !listed.isEmpty() || mustBeListed) {
            return notListed(address, host, literal ? "" : ", which resolves to " + ip.getHostAddress() + ": an address");
        }
        String shown = literal ? ip.getHostAddress() : "'" + host + "' resolves to " + ip.getHostAddress() + ", which";
        for (InetAddress candidate : withEmbeddedIpv4(ip)) {
            for (Block block : guard.blocks()) {
                if (block.contains(candidate)) {
                    return Optional.of(new Refusal(Rule.GUARD, "address '" + address + "': " + shown + " is " + block.what
                            + "; refused by " + block.setting + allowHint()));
                }
            }
        }
        return Optional.empty();
    }

    /** @param resolvedTo empty, or what the host resolved to, ending in the subject of "not among" */
    private Optional<Refusal> notListed(String address, String host, String resolvedTo) {
        return Optional.of(new Refusal(Rule.ALLOWED_HOSTS, "address '" + address + "' is on host '" + host + "'"
                + (resolvedTo.isEmpty() ? ", which is" : resolvedTo) + " not among the allowed action hosts " + listed));
    }

    private static String allowHint() {
        return " (list it in " + ALLOWED_HOSTS_SETTING + " to allow it)";
    }

    /** An IPv4-compatible IPv6 address ({@code ::169.254.169.254}) is judged as its IPv4 address too. */
    private static List<InetAddress> withEmbeddedIpv4(InetAddress ip) {
        byte[] bytes = ip.getAddress();
        if (!(ip instanceof Inet6Address) || bytes[12] == 0) {
            return List.of(ip);
        }
        for (int i = 0; i < 12; i++) {
            if (bytes[i] != 0) {
                return List.of(ip);
            }
        }
        try {
            return List.of(ip, InetAddress.getByAddress(Arrays.copyOfRange(bytes, 12, 16)));
        } catch (UnknownHostException cannotHappen) { // four bytes are always an address
            return List.of(ip);
        }
    }

    /** The host of an http(s) URL, or of {@code host:port} (grpc); empty when the address is neither. */
    public static Optional<String> host(String address) {
        try {
            URI uri = new URI(address);
            if (uri.getHost() != null) {
                return Optional.of(uri.getHost());
            }
        } catch (URISyntaxException e) {
            // not a URL: perhaps host:port
        }
        int colon = address.lastIndexOf(':');
        return colon > 0 && address.matches("[A-Za-z0-9.\\-]+:[0-9]{1,5}") ? Optional.of(address.substring(0, colon))
                : Optional.empty();
    }

    /** Lower case, without IPv6 brackets or the final dot of a fully qualified name. */
    private static String normalized(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (bare.endsWith(".") && bare.length() > 1) {
            bare = bare.substring(0, bare.length() - 1);
        }
        return bare.toLowerCase(Locale.ROOT);
    }
}
