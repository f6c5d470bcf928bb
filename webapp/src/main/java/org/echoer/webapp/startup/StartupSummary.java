package org.echoer.webapp.startup;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Once the application is ready, says in one block where everything is: the API and studio, Cockpit and
 * its login, Camunda's REST API and the database, on the port actually bound.
 */
@Component
class StartupSummary implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(StartupSummary.class);
    private static final String BUILT_IN_PASSWORD = "admin";
    private static final Pattern H2_FILE = Pattern.compile("^jdbc:h2:(?:file:)?([^;:][^;]*)");

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        Environment environment = event.getApplicationContext().getEnvironment();
        LOG.info("echoer is ready\n{}", String.join("\n", lines(environment)));
    }

    static List<String> lines(Environment environment) {
        String base = "http://localhost:" + environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"))
                + trimSlash(environment.getProperty("server.servlet.context-path", ""));
        String cockpit = base + trimSlash(environment.getProperty("camunda.bpm.webapp.application-path", "/camunda")) + "/app/cockpit/";
        String engineRest = base + trimSlash(environment.getProperty("spring.jersey.application-path", "/engine-rest"));
        boolean secured = environment.getProperty("echoer.security.enabled", Boolean.class, false);
        return List.of(
                "  studio       " + base + "/",
                "  echoer API   " + base + "/flowrun, /flow, /action, /fsl ..." + (secured ? " (asks for an API user or token)" : ""),
                "  Cockpit      " + cockpit + "  (login: " + adminLogin(environment) + ")",
                "  Camunda REST " + engineRest + (secured ? " (asks for an engine user)" : ""),
                "  database     " + database(environment));
    }

    private static String adminLogin(Environment environment) {
        String user = environment.getProperty("camunda.bpm.admin-user.id", "admin");
        String password = environment.getProperty("camunda.bpm.admin-user.password", "");
        return BUILT_IN_PASSWORD.equals(password) ? user + " / " + BUILT_IN_PASSWORD + ", the built-in password: set ECHOER_ADMIN_PASSWORD"
                : user + " with the configured password";
    }

    private static String database(Environment environment) {
        String url = DatabaseSettings.url(environment);
        Matcher h2 = H2_FILE.matcher(url);
        if (h2.find() && !url.startsWith("jdbc:h2:mem:") && !url.startsWith("jdbc:h2:tcp:") && !url.startsWith("jdbc:h2:ssl:")) {
            return url + "  (files: " + Path.of(h2.group(1)).toAbsolutePath().normalize() + ".mv.db)";
        }
        return url;
    }

    private static String trimSlash(String path) {
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
