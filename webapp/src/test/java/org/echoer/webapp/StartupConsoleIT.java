package org.echoer.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.echoer.webapp.startup.DiagramWarmUp;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What a user reads on the console when echoer starts with its output going to a file or a pipe: echoer's
 * banner, one block that says where everything is, and no terminal escape codes; then the diagram
 * warm-up runs in the background. Runs once, in the H2 pass.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupConsoleIT {

    @TempDir
    Path folder;

    @Test
    void printsEchoersBannerAndWhereEverythingIsWithoutEscapeCodes(CapturedOutput output) throws Exception {
        Assumptions.assumeFalse("postgres".equals(System.getProperty("echoer.it.database")),
                "skipped: the console is tested once, in the H2 pass");
        String url = "jdbc:h2:file:" + folder.resolve("data/echoer") + ";WRITE_DELAY=0;PASSWORD=not-shown";
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(EchoerApplication.class).run("--server.port=0",
                "--spring.datasource.url=" + url, "--echoer.dispatch.sweep-interval=1h",
                "--camunda.bpm.process-engine-name=console")) {
            String port = app.getEnvironment().getProperty("local.server.port");
            String base = "http://localhost:" + port;

            assertThat(output.getAll()).as("escape codes on a console that is no terminal").doesNotContain("\u001b");
            assertThat(output.getAll()).contains(" \\___|\\___|_| |_|\\___/ \\___|_|    for Camunda", "on Camunda 7.24.0 and Spring Boot 3.")
                    .doesNotContain("Camunda Platform Spring Boot Starter");
            String block = output.getAll().substring(output.getAll().indexOf("echoer is ready"));
            assertThat(block).contains(
                    "studio       " + base + "/",
                    "echoer API   " + base + "/flowrun",
                    "Cockpit      " + base + "/camunda/app/cockpit/  (login: admin / admin",
                    "Camunda REST " + base + "/engine-rest",
                    "database     jdbc:h2:file:" + folder.resolve("data/echoer") + ";WRITE_DELAY=0;PASSWORD=****",
                    "(files: " + folder.resolve("data/echoer") + ".mv.db)")
                    .doesNotContain("not-shown");

            Duration warmUp = app.getBean(DiagramWarmUp.class).done().get(2, TimeUnit.MINUTES);
            assertThat(warmUp).isPositive();
            assertThat(output.getAll()).contains("diagram warm-up done, " + warmUp.toMillis() + " ms after it began");
        }
    }
}
