package org.echoer.fsl.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import org.echoer.fsl.address.ActionAddressPolicy.Guard;
import org.echoer.fsl.address.ActionAddressPolicy.Refusal;
import org.echoer.fsl.address.ActionAddressPolicy.Rule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ActionAddressPolicyTest {

    private static final ActionAddressPolicy DEFAULTS = new ActionAddressPolicy(List.of(), Guard.ON);
    private static final ActionAddressPolicy STRICT = new ActionAddressPolicy(List.of(), new Guard(true, true, true));

    private static String message(Optional<Refusal> refusal) {
        return refusal.map(Refusal::message).orElse("allowed");
    }

    private static InetAddress ip(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "http://169.254.169.254/latest       | 169.254.169.254 is link-local (cloud metadata services live there)",
            "http://[fe80::1]:8080/x             | fe80:0:0:0:0:0:0:1 is link-local",
            "http://0.0.0.0:8080/x               | 0.0.0.0 is unspecified (a connection to it reaches this machine)",
            "http://[::]:8080/x                  | 0:0:0:0:0:0:0:0 is unspecified",
            "http://224.0.0.1/x                  | 224.0.0.1 is multicast",
            "http://239.255.255.250:1900/x       | 239.255.255.250 is multicast",
            "http://[ff02::1]/x                  | ff02:0:0:0:0:0:0:1 is multicast",
            "http://[::ffff:169.254.169.254]/x   | 169.254.169.254 is link-local",
            "http://[::169.254.169.254]/x        | 0:0:0:0:0:0:a9fe:a9fe is link-local",
            "http://2852039166/x                 | 169.254.169.254 is link-local",
            "http://[::ffff:a9fe:a9fe]/x         | 169.254.169.254 is link-local",
            "169.254.169.254:9000                | 169.254.169.254 is link-local"})
    void theGuardRefusesLinkLocalUnspecifiedAndMulticastAddressesHoweverWritten(String address, String why) {
        Optional<Refusal> refusal = DEFAULTS.refusal(address);

        assertThat(refusal).map(Refusal::rule).contains(Rule.GUARD);
        assertThat(message(refusal)).startsWith("address '" + address + "': " + why)
                .endsWith("; refused by echoer.security.action-address-guard"
                        + " (list it in echoer.security.allowed-action-hosts to allow it)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://metadata.google.internal/computeMetadata/v1/", "http://METADATA.google.internal./x",
            "http://metadata/x", "http://instance-data/latest", "http://metadata.goog/x", "http://instance-data.ec2.internal/x"})
    void theGuardRefusesTheNamesOfCloudMetadataServices(String address) {
        assertThat(message(DEFAULTS.refusal(address))).contains("is the name of a cloud metadata service; refused by "
                + "echoer.security.action-address-guard");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:18080/ci", "http://localhost:18080/ci", "http://[::1]/x", "http://10.1.2.3/x",
            "http://172.16.0.9/x", "http://192.168.1.1/x", "http://[fd00::1]/x", "https://ci.example.org/x", "http://8.8.8.8/x",
            "http://169.255.0.1/x", "http://223.255.255.255/x"})
    void loopbackPrivateAndPublicAddressesAreAllowedByDefault(String address) {
        assertThat(DEFAULTS.refusal(address)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "http://127.0.0.1:18080/ci | 127.0.0.1 is loopback (this machine); refused by echoer.security.action-address-guard.refuse-loopback",
            "http://2130706433/ci      | 127.0.0.1 is loopback",
            "http://[::1]/x            | 0:0:0:0:0:0:0:1 is loopback",
            "http://10.1.2.3/x         | 10.1.2.3 is in a private range; refused by echoer.security.action-address-guard.refuse-private",
            "http://172.31.255.255/x   | 172.31.255.255 is in a private range",
            "http://192.168.1.1/x      | 192.168.1.1 is in a private range",
            "http://[fd12::1]/x        | fd12:0:0:0:0:0:0:1 is in a private range"})
    void loopbackAndPrivateRangesAreRefusedWhenAsked(String address, String why) {
        assertThat(message(STRICT.refusal(address))).startsWith("address '" + address + "': " + why);
    }

    @Test
    void refusingLoopbackLeavesPrivateRangesAloneAndTheOtherWayRound() {
        ActionAddressPolicy loopbackOnly = new ActionAddressPolicy(List.of(), new Guard(true, true, false));
        ActionAddressPolicy privateOnly = new ActionAddressPolicy(List.of(), new Guard(true, false, true));

        assertThat(loopbackOnly.refusal("http://10.0.0.1/x")).isEmpty();
        assertThat(loopbackOnly.refusal("http://127.0.0.1/x")).isPresent();
        assertThat(privateOnly.refusal("http://127.0.0.1/x")).isEmpty();
        assertThat(privateOnly.refusal("http://10.0.0.1/x")).isPresent();
    }

    @Test
    void atDispatchEveryAddressANameResolvesToIsJudged() {
        String address = "http://innocent.example.org/x";

        assertThat(DEFAULTS.refusal(address)).isEmpty();
        assertThat(DEFAULTS.judgesResolvedAddresses(address)).isTrue();
        assertThat(DEFAULTS.refusal(address, List.of(ip("93.184.216.34")))).isEmpty();
        assertThat(message(DEFAULTS.refusal(address, List.of(ip("93.184.216.34"), ip("169.254.169.254"))))).isEqualTo(
                "address 'http://innocent.example.org/x': 'innocent.example.org' resolves to 169.254.169.254, which is link-local "
                        + "(cloud metadata services live there); refused by echoer.security.action-address-guard "
                        + "(list it in echoer.security.allowed-action-hosts to allow it)");
        assertThat(message(STRICT.refusal("http://localhost:8080/x", List.of(ip("127.0.0.1")))))
                .contains("'localhost' resolves to 127.0.0.1, which is loopback");
    }

    @Test
    void literalsNeedNoLookupAndNothingNeedsOneWhenNothingIsRefused() {
        assertThat(DEFAULTS.judgesResolvedAddresses("http://10.0.0.1/x")).isFalse();
        assertThat(DEFAULTS.judgesResolvedAddresses("http://[::1]/x")).isFalse();
        assertThat(ActionAddressPolicy.refusingNothing().judgesResolvedAddresses("http://ci.internal/x")).isFalse();
    }

    @Test
    void theOffSwitchAllowsEverything() {
        ActionAddressPolicy off = new ActionAddressPolicy(List.of(), new Guard(false, true, true));

        assertThat(off.refusesNothing()).isTrue();
        assertThat(off.refusal("http://169.254.169.254/latest")).isEmpty();
        assertThat(off.refusal("http://metadata.google.internal/x")).isEmpty();
        assertThat(off.refusal("http://meta.test/x", List.of(ip("169.254.169.254")))).isEmpty();
    }

    @Test
    void listedHostsAndRangesOverrideTheGuard() {
        ActionAddressPolicy policy = new ActionAddressPolicy(
                List.of("169.254.169.254", "metadata.google.internal", "127.0.0.0/8", "[::1]"), new Guard(true, true, true));

        assertThat(policy.refusal("http://169.254.169.254/latest")).isEmpty();
        assertThat(policy.refusal("http://metadata.google.internal/x")).isEmpty();
        assertThat(policy.refusal("http://127.0.0.5:8080/x")).isEmpty();
        assertThat(policy.refusal("http://[0:0::1]:8080/x")).isEmpty();
        assertThat(policy.refusal("http://metadata.google.internal/x", List.of(ip("169.254.169.254")))).isEmpty();
    }

    @Test
    void aListedNameStaysSubjectToTheGuardForWhatItResolvesTo() {
        ActionAddressPolicy policy = new ActionAddressPolicy(List.of("ci.internal"), Guard.ON);

        assertThat(policy.refusal("http://ci.internal/x", List.of(ip("10.0.0.7")))).isEmpty();
        assertThat(policy.refusal("http://ci.internal/x", List.of(ip("169.254.169.254")))).map(Refusal::rule).contains(Rule.GUARD);
        assertThat(new ActionAddressPolicy(List.of("ci.internal"), Guard.OFF)
                .refusal("http://ci.internal/x", List.of(ip("169.254.169.254")))).isEmpty();
    }

    @Test
    void aListRefusesWhatItDoesNotName() {
        ActionAddressPolicy policy = new ActionAddressPolicy(List.of("ci.internal", "10.0.0.0/16"), Guard.OFF);

        assertThat(policy.refusal("http://ci.internal/x")).isEmpty();
        assertThat(policy.refusal("http://10.0.200.1/x")).isEmpty();
        Optional<Refusal> outside = policy.refusal("http://10.1.0.1/x");
        assertThat(outside).map(Refusal::rule).contains(Rule.ALLOWED_HOSTS);
        assertThat(message(outside)).isEqualTo("address 'http://10.1.0.1/x' is on host '10.1.0.1', which is not among "
                + "the allowed action hosts [10.0.0.0/16, ci.internal]");
    }

    @Test
    void withRangesListedANameIsJudgedByTheAddressesItResolvesTo() {
        ActionAddressPolicy policy = new ActionAddressPolicy(List.of("10.0.0.0/16"), Guard.ON);
        String address = "http://build.internal/x";

        assertThat(policy.refusal(address)).isEmpty();
        assertThat(policy.refusal(address, List.of(ip("10.0.3.4")))).isEmpty();
        assertThat(message(policy.refusal(address, List.of(ip("10.0.3.4"), ip("10.9.0.1"))))).isEqualTo(
                "address 'http://build.internal/x' is on host 'build.internal', which resolves to 10.9.0.1: an address not among "
                        + "the allowed action hosts [10.0.0.0/16]");
    }

    @Test
    void withoutRangesANameMustBeListedItself() {
        ActionAddressPolicy policy = new ActionAddressPolicy(List.of("127.0.0.1", "localhost"), Guard.ON);

        assertThat(message(policy.refusal("http://evil.example.org:8080/steal"))).isEqualTo("address "
                + "'http://evil.example.org:8080/steal' is on host 'evil.example.org', which is not among the allowed action hosts "
                + "[127.0.0.1, localhost]");
        assertThat(policy.refusal("http://LOCALHOST:1/x")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.0/33", "10.0.0.0/", "10.0.0/8x", "fe80::/129", "ci.internal/8"})
    void aRangeThatIsNoneIsRefusedNamingTheSetting(String entry) {
        assertThatThrownBy(() -> new ActionAddressPolicy(List.of(entry), Guard.ON))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("echoer.security.allowed-action-hosts: '" + entry + "' is no IP range");
    }

    @Test
    void rangesContainWhatTheirPrefixCovers() {
        IpRange range = IpRange.parse("172.16.0.0/12");

        assertThat(range.contains(ip("172.16.0.0"))).isTrue();
        assertThat(range.contains(ip("172.31.255.255"))).isTrue();
        assertThat(range.contains(ip("172.32.0.0"))).isFalse();
        assertThat(range.contains(ip("172.15.255.255"))).isFalse();
        assertThat(range.contains(ip("::ffff:ac10:1"))).as("IPv4-mapped is IPv4 in the JDK").isTrue();
        assertThat(IpRange.parse("fe80::/10").contains(ip("febf::1"))).isTrue();
        assertThat(IpRange.parse("fe80::/10").contains(ip("fec0::1"))).isFalse();
        assertThat(IpRange.parse("0.0.0.0/0").contains(ip("::1"))).as("IPv4 ranges hold no IPv6 address").isFalse();
    }
}
