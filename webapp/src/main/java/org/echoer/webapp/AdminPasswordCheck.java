package org.echoer.webapp;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** In the production profile, Cockpit's admin user may not keep an empty or the built-in password. */
@Component
@Profile("production")
class AdminPasswordCheck implements InitializingBean {

    static final String BUILT_IN_PASSWORD = "admin";

    private final Environment environment;

    AdminPasswordCheck(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void afterPropertiesSet() {
        String password = environment.getProperty("camunda.bpm.admin-user.password", "");
        if (password.isBlank()) {
            throw new WeakAdminPasswordException("an empty admin password");
        }
        if (password.equals(BUILT_IN_PASSWORD)) {
            throw new WeakAdminPasswordException("the built-in admin password 'admin'");
        }
    }
}
