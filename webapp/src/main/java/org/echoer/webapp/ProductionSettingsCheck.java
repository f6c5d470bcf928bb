package org.echoer.webapp;

import java.util.ArrayList;
import java.util.List;
import org.echoer.plugin.autoconfigure.SecurityProperties;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * In the production profile, checks every setting the profile needs before any bean is made (so before
 * the database is opened), and names all that are missing at once.
 */
@Component
@Profile("production")
class ProductionSettingsCheck implements BeanFactoryPostProcessor, EnvironmentAware {

    static final String BUILT_IN_PASSWORD = "admin";

    // a bean factory post-processor is made before constructor injection is available
    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        List<MissingProductionSettingsException.Missing> missing = new ArrayList<>();
        String password = environment.getProperty("camunda.bpm.admin-user.password", "");
        if (password.isBlank()) {
            missing.add(MissingProductionSettingsException.Missing.ADMIN_PASSWORD_EMPTY);
        } else if (password.equals(BUILT_IN_PASSWORD)) {
            missing.add(MissingProductionSettingsException.Missing.ADMIN_PASSWORD_BUILT_IN);
        }
        if (environment.getProperty("echoer.security.enabled", Boolean.class, false) && !hasApiCredential()) {
            missing.add(MissingProductionSettingsException.Missing.API_CREDENTIALS);
        }
        if (!missing.isEmpty()) {
            throw new MissingProductionSettingsException(missing);
        }
    }

    /** The API's own rule: users with an empty password and empty tokens do not count. */
    private boolean hasApiCredential() {
        return Binder.get(environment).bindOrCreate("echoer.security", SecurityProperties.class).hasUsableApiCredential();
    }
}
