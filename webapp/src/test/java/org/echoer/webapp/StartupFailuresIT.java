package org.echoer.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.echoer.webapp.support.FailedStart;
import org.echoer.webapp.support.H2FileHolder;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mistakes users make when starting echoer each end in one short report that says what is wrong and
 * what to do, not a stack trace. Each test starts the real application. Runs once, in the H2 pass.
 */
class StartupFailuresIT {

    /** A report fits a screen: Spring Boot's frame, a description and an action of a few lines each. */
    private static final int SCREEN_LINES = 24;

    @TempDir
    Path folder;

    @BeforeAll
    static void onlyInTheH2Pass() {
        Assumptions.assumeFalse("postgres".equals(System.getProperty("echoer.it.database")),
                "skipped: start-up failures are tested once, in the H2 pass");
    }

    @Test
    void saysAnotherEchoerHoldsTheDatabaseFile() throws IOException, InterruptedException {
        String url = "jdbc:h2:file:" + folder.resolve("data/echoer");
        Process other = H2FileHolder.hold(url);
        try {
            FailedStart start = FailedStart.run("--spring.datasource.url=" + url);

            String report = assertOneScreen(start);
            assertThat(report).contains("The database file " + folder.resolve("data/echoer.mv.db") + " is locked by another process",
                    "another echoer is already running in " + folder, "Stop the other echoer");
        } finally {
            other.getOutputStream().close();
            other.waitFor(10, TimeUnit.SECONDS);
            other.destroyForcibly();
        }
    }

    @Test
    void saysThePortIsInUse() throws IOException {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(0));
            FailedStart start = FailedStart.run("--server.port=" + taken.getLocalPort(),
                    "--spring.datasource.url=jdbc:h2:mem:port-in-use-" + System.nanoTime());

            String report = assertOneScreen(start);
            assertThat(report).contains("Port " + taken.getLocalPort() + " was already in use");
        }
    }

    @Test
    void saysPostgresqlCannotBeReached() throws IOException {
        int closed;
        try (ServerSocket probe = new ServerSocket(0)) {
            closed = probe.getLocalPort();
        }
        FailedStart start = FailedStart.run(List.of("postgres"),
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + closed + "/echoer?password=secret-in-url");

        String report = assertOneScreen(start);
        assertThat(report).contains("The database at jdbc:postgresql://127.0.0.1:" + closed + "/echoer?password=**** cannot be reached",
                "Start the database server", "ECHOER_DB_URL").doesNotContain("secret-in-url");
    }

    @Test
    void saysPostgresqlRefusesTheLogin() {
        Assumptions.assumeTrue(postgresAnswers(), "skipped: no PostgreSQL on 127.0.0.1:5432");
        FailedStart start = FailedStart.run(List.of("postgres"),
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/echoer",
                // trust authentication lets any existing role in, so a role that does not exist
                "--spring.datasource.username=no_such_echoer_role");

        String report = assertOneScreen(start);
        assertThat(report).contains("refuses the login of user 'no_such_echoer_role'", "role \"no_such_echoer_role\" does not exist",
                "ECHOER_DB_USER");
    }

    @Test
    void refusesASchemaOfANewerCamunda() throws SQLException {
        String url = "jdbc:h2:file:" + folder.resolve("newer/echoer");
        try (Connection database = DriverManager.getConnection(url, "sa", ""); Statement sql = database.createStatement()) {
            sql.execute("RUNSCRIPT FROM 'classpath:/org/camunda/bpm/engine/db/create/activiti.h2.create.engine.sql'");
            sql.execute("insert into ACT_GE_SCHEMA_LOG (ID_, TIMESTAMP_, VERSION_) values ('9999', CURRENT_TIMESTAMP, '7.99.0')");
        }

        FailedStart start = FailedStart.run("--spring.datasource.url=" + url);

        String report = assertOneScreen(start);
        assertThat(report).contains("has the schema of Camunda 7.99.0", "this echoer runs Camunda 7.24",
                "Start the newer echoer on this database");
        try (Connection database = DriverManager.getConnection(url, "sa", ""); Statement sql = database.createStatement();
                var tables = sql.executeQuery("select count(*) from INFORMATION_SCHEMA.TABLES where TABLE_NAME like 'ACT_HI_%'")) {
            tables.next();
            assertThat(tables.getInt(1)).as("history tables created in the newer database").isZero();
        }
    }

    private static String assertOneScreen(FailedStart start) {
        String report = start.report();
        assertThat(report.lines().count()).as("lines of the report:\n%s", report).isLessThanOrEqualTo(SCREEN_LINES);
        assertThat(report).contains("Description:", "Action:");
        assertThat(start.console()).as("no stack trace on the console").doesNotContain("\tat ").doesNotContain("Application run failed");
        return report;
    }

    private static boolean postgresAnswers() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 5432), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
