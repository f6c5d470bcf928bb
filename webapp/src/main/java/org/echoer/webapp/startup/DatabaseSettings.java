package org.echoer.webapp.startup;

import java.util.regex.Pattern;
import org.springframework.core.env.Environment;

/** The database the application was told to use, as it may be shown: its URL without any password. */
final class DatabaseSettings {

    // password=..., PASSWORD=... up to the next ; or & (H2 and PostgreSQL URL options)
    private static final Pattern PASSWORD_OPTION = Pattern.compile("(?i)([;&?]password=)[^;&]*");

    private DatabaseSettings() {
    }

    static String url(Environment environment) {
        return withoutPassword(environment.getProperty("spring.datasource.url", "(none)"));
    }

    static String user(Environment environment) {
        return environment.getProperty("spring.datasource.username", "");
    }

    static String withoutPassword(String url) {
        return PASSWORD_OPTION.matcher(url).replaceAll("$1****");
    }
}
