package org.echoer.plugin.autoconfigure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.echoer.fsl.address.ActionAddressPolicy;
import org.echoer.plugin.web.ApiCredentials;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may use the API and where actions may point. See docs/security.md.
 *
 * @param enabled Whether echoer's API (all but POST /step), the actuator (all but health) and /engine-rest ask for credentials.
 * @param users API users for HTTP Basic: name to password.
 * @param tokens Bearer tokens the API accepts (Authorization: Bearer TOKEN).
 * @param callbackSecret Shared secret sent with every dispatch and required on every callback; none when empty.
 * @param callbackSecretHeader Header that carries the callback secret, both ways.
 * @param allowedActionHosts Hosts (without case), IP addresses and CIDR ranges actions may name; empty: the guard decides alone.
 * @param actionAddressGuard Addresses no business service has, refused for actions unless allowed hosts name them.
 */
@ConfigurationProperties("echoer.security")
public record SecurityProperties(
        boolean enabled,
        Map<String, String> users,
        List<String> tokens,
        String callbackSecret,
        @DefaultValue("X-Echoer-Secret") String callbackSecretHeader,
        List<String> allowedActionHosts,
        @DefaultValue ActionAddressGuard actionAddressGuard) {

    public SecurityProperties {
        users = users == null ? Map.of() : Map.copyOf(users);
        tokens = tokens == null ? List.of() : List.copyOf(tokens);
        allowedActionHosts = allowedActionHosts == null ? List.of() : List.copyOf(allowedActionHosts);
    }

    /**
     * What action addresses are refused at submission and again at dispatch. See docs/security.md.
     *
     * @param enabled Whether link-local, unspecified and multicast addresses and cloud metadata host names are refused.
     * @param refuseLoopback Whether loopback addresses (127.0.0.0/8, ::1) are refused too.
     * @param refusePrivate Whether private ranges (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16, fc00::/7) are refused too.
     */
    public record ActionAddressGuard(
            @DefaultValue("true") boolean enabled,
            boolean refuseLoopback,
            boolean refusePrivate) {
    }

    /** Whether a callback secret is set: an empty one is none. */
    boolean hasCallbackSecret() {
        return hasText(callbackSecret);
    }

    /** The headers sent with every dispatch: the callback secret, when there is one. */
    Map<String, String> dispatchHeaders() {
        return hasCallbackSecret() ? Map.of(callbackSecretHeader, callbackSecret) : Map.of();
    }

    /** Where actions may send requests: the allowed hosts and the address guard. */
    ActionAddressPolicy toActionAddressPolicy() {
        return new ActionAddressPolicy(allowedActionHosts, new ActionAddressPolicy.Guard(actionAddressGuard.enabled(),
                actionAddressGuard.refuseLoopback(), actionAddressGuard.refusePrivate()));
    }

    /**
     * The users and tokens the API accepts: a user with an empty password or an empty token is none (an
     * unset environment variable leaves them empty).
     *
     * @throws MissingApiCredentialsException when that leaves none: nobody could use the API
     */
    ApiCredentials requireApiCredentials() {
        ApiCredentials credentials = usableCredentials();
        if (credentials.isEmpty()) {
            throw new MissingApiCredentialsException();
        }
        return credentials;
    }

    /** Whether some user or token could use the API (the production profile's start-up check asks). */
    public boolean hasUsableApiCredential() {
        return !usableCredentials().isEmpty();
    }

    private ApiCredentials usableCredentials() {
        Map<String, String> usable = new LinkedHashMap<>();
        users.forEach((user, password) -> {
            if (hasText(password)) {
                usable.put(user, password);
            }
        });
        return new ApiCredentials(usable, tokens.stream().filter(SecurityProperties::hasText).toList());
    }

    /** Names what is configured, never a password, token or secret. */
    @Override
    public String toString() {
        return "SecurityProperties[enabled=" + enabled + ", users=" + users.keySet() + ", tokens=" + tokens.size()
                + ", callbackSecret=" + (hasCallbackSecret() ? "set" : "none") + ", callbackSecretHeader=" + callbackSecretHeader
                + ", allowedActionHosts=" + allowedActionHosts + ", actionAddressGuard=" + actionAddressGuard + "]";
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
