package org.echoer.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.echoer.webapp.support.AppNode;
import org.echoer.webapp.support.FreePorts;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user reads on the console when echoer starts with its output going to a file or a pipe: echoer's
 * banner, one block that says where everything is, and no terminal escape codes; then the diagram
 * warm-up runs in the background. Runs once, in the H2 pass.
 */
// in a JVM of its own: an application started and closed in the test JVM takes Camunda's JVM-wide
// registrations (the REST API's engines, the web apps' context) with it, and the tests after it would miss them
class StartupConsoleIT {

    @TempDir
    Path folder;

    @Test
    void printsEchoersBannerAndWhereEverythingIsWithoutEscapeCodes() throws Exception {
        Assumptions.assumeFalse("postgres".equals(System.getProperty("echoer.it.database")),
                "skipped: the console is tested once, in the H2 pass");
        String url = "jdbc:h2:file:" + folder.resolve("data/echoer") + ";WRITE_DELAY=0;PASSWORD=not-shown";
        int port = FreePorts.next();
        try (AppNode app = new AppNode("console-" + System.nanoTime(), port, List.of("--spring.datasource.url=" + url,
                "--echoer.dispatch.sweep-interval=1h"))) {
            app.start().awaitUp(Duration.ofMinutes(3));
            String base = "http://localhost:" + port;
            String output = await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
                    .until(app::output, text -> text.contains("diagram warm-up done, "));

            assertThat(output).as("escape codes on a console that is no terminal").doesNotContain("\u001b");
            assertThat(output).contains(" \\___|\\___|_| |_|\\___/ \\___|_|    for Camunda", "on Camunda 7.24.0 and Spring Boot 3.")
                    .doesNotContain("Camunda Platform Spring Boot Starter");
            String block = output.substring(output.indexOf("echoer is ready"));
            assertThat(block).contains(
                    "studio       " + base + "/",
                    "echoer API   " + base + "/flowrun",
                    "Cockpit      " + base + "/camunda/app/cockpit/  (login: admin / admin",
                    "Camunda REST " + base + "/engine-rest",
                    "database     jdbc:h2:file:" + folder.resolve("data/echoer") + ";WRITE_DELAY=0;PASSWORD=****",
                    "(files: " + folder.resolve("data/echoer") + ".mv.db)")
                    .doesNotContain("not-shown");
            assertThat(output).containsPattern("diagram warm-up done, \\d+ ms after it began");
        }
    }
}
