package org.echoer.webapp.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Chooses the database the integration tests run on. By default each test application gets its own
 * in-memory H2. With {@code -Dechoer.it.database=postgres} the whole suite runs on a fresh PostgreSQL
 * database created for this run and dropped after it; when no PostgreSQL answers, the suite is skipped
 * with a message, except under CI ({@code CI=true}), where that is a failure.
 */
public final class TestDatabase implements LauncherSessionListener {

    public static final String DATABASE = "echoer.it.database";
    public static final String URL = "echoer.it.datasource.url";
    public static final String USER = "echoer.it.datasource.username";
    public static final String SKIP_REASON = "echoer.it.skip-reason";

    private static final String SERVER = System.getProperty("echoer.it.postgres.url", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String ADMIN_DATABASE = "postgres";
    private static final String ADMIN_USER = System.getProperty("echoer.it.postgres.user", "postgres");

    private String created;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!"postgres".equals(System.getProperty(DATABASE))) {
            return;
        }
        String name = "echoer_it_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss_SSS"));
        try (Connection admin = DriverManager.getConnection(SERVER + ADMIN_DATABASE, ADMIN_USER, "");
                Statement sql = admin.createStatement()) {
            sql.execute("CREATE DATABASE " + name);
            created = name;
        } catch (SQLException unreachable) {
            String reason = "no PostgreSQL answers at " + SERVER + " (" + unreachable.getMessage() + ")";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("the PostgreSQL suite must run in CI, but " + reason, unreachable);
            }
            System.err.println("SKIPPING the PostgreSQL integration suite: " + reason
                    + ". Start PostgreSQL (see DEVELOPERS.md) to run it.");
            System.setProperty(SKIP_REASON, reason);
            return;
        }
        System.setProperty(URL, SERVER + name);
        System.setProperty(USER, ADMIN_USER);
        System.out.println("integration tests run on PostgreSQL database " + name);
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (created == null) {
            return;
        }
        try (Connection admin = DriverManager.getConnection(SERVER + ADMIN_DATABASE, ADMIN_USER, "");
                Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + created + " WITH (FORCE)");
        } catch (SQLException e) {
            System.err.println("could not drop test database " + created + ": " + e.getMessage());
        }
    }

    /** The JDBC URL an application started by a test should use: PostgreSQL when chosen, else the given H2 URL. */
    public static String url(String h2Url) {
        return System.getProperty(URL, h2Url);
    }

    public static String user() {
        return System.getProperty(USER, "sa");
    }
}
