package org.echoer.plugin.autoconfigure;

import org.echoer.fsl.address.ActionAddressPolicy;
import org.echoer.plugin.dispatch.ActionHostResolver;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where actions may send requests ({@code echoer.security.allowed-action-hosts} and the action address
 * guard): checked on the addresses FSL names at submission, and on the resolved addresses at dispatch.
 */
@Configuration(proxyBeanMethods = false)
final class ActionAddressConfiguration {

    @Bean
    ActionAddressPolicy echoerActionAddressPolicy(SecurityProperties security) {
        return security.toActionAddressPolicy();
    }

    /** The JVM's resolver; an application may give another (tests: a name pointing where no real one does). */
    @Bean
    @ConditionalOnMissingBean
    ActionHostResolver echoerActionHostResolver() {
        return ActionHostResolver.system();
    }
}
