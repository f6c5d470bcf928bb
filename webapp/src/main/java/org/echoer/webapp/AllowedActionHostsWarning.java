package org.echoer.webapp;

import org.echoer.plugin.autoconfigure.SecurityProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * In the production profile, says once at start-up that no allowed action hosts are configured: the address
 * guard alone refuses only what no business service has, so anyone who may submit FSL chooses where the
 * server sends requests.
 */
@Component
@Profile("production")
class AllowedActionHostsWarning implements InitializingBean {

    private static final Logger LOG = LoggerFactory.getLogger(AllowedActionHostsWarning.class);

    private final SecurityProperties security;

    AllowedActionHostsWarning(SecurityProperties security) {
        this.security = security;
    }

    @Override
    public void afterPropertiesSet() {
        boolean none = security.allowedActionHosts().stream().allMatch(String::isBlank);
        if (none) {
            LOG.warn("No allowed action hosts are configured (ECHOER_ALLOWED_ACTION_HOSTS, echoer.security.allowed-action-hosts): "
                    + "whoever may submit FSL can make this server send requests to any host the action address guard does not "
                    + "refuse, including this machine and private networks. List the hosts (or CIDR ranges) of your business "
                    + "services; see docs/security.md.");
        }
    }
}
