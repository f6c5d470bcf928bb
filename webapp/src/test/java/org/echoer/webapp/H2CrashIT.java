package org.echoer.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.echoer.webapp.support.ApiClient;
import org.echoer.webapp.support.AppNode;
import org.echoer.webapp.support.FreePorts;
import org.echoer.webapp.support.TestDatabase;
import org.echoer.webapp.support.TestFsl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * H2, the default database: whatever was answered with 2xx is still there after a SIGKILL that follows
 * the answer at once. H2 writes commits to its file half a second later unless told otherwise.
 */
class H2CrashIT {

    private static final int ACTIONS = 10;

    @BeforeAll
    static void onlyOnH2() {
        assumeFalse("postgres".equals(System.getProperty(TestDatabase.DATABASE)), "an H2 file database");
    }

    @Test
    void whatWasAcceptedJustBeforeASigkillIsThereAfterTheRestart(@TempDir Path data) {
        // a URL of the operator's own, without WRITE_DELAY: echoer must make the commits durable itself
        try (AppNode node = new AppNode("h2-crash", FreePorts.next(), List.of(
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("echoer") + ";DB_CLOSE_ON_EXIT=FALSE",
                "--camunda.bpm.admin-user.password=it-only",
                "--camunda.bpm.webapp.enabled=false",
                "--logging.level.root=WARN"))) {
            node.start().awaitUp(Duration.ofMinutes(3));
            ApiClient api = new ApiClient(node.port());
            ApiClient.Response seed = api.postText("/fsl", TestFsl.seedDemo("http://127.0.0.1:9", "crash_run"));
            assertThat(seed.status()).as(seed.body()).isEqualTo(200);
            for (int i = 0; i < ACTIONS; i++) {
                ApiClient.Response action = api.postText("/action", probe(i));
                assertThat(action.status()).as(action.body()).isEqualTo(200);
            }

            node.kill();
            node.start().awaitUp(Duration.ofMinutes(3));

            List<String> names = IntStream.range(0, ACTIONS)
                    .filter(i -> api.get("/action/crash_probe_" + i).status() == 200)
                    .mapToObj(i -> "crash_probe_" + i).toList();
            assertThat(names).hasSize(ACTIONS);
            assertThat(api.get("/flowrun/crash_run").status()).isEqualTo(200);
        }
    }

    private static String probe(int i) {
        return "action crash_probe_" + i + "\n  addr = \"http://127.0.0.1:9/probe\";\n  method = http;\n"
                + "  return = (DONE);\naction_end\n";
    }
}
