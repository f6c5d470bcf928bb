package org.echoer.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.echoer.webapp.support.AppNode;
import org.echoer.webapp.support.FreePorts;
import org.echoer.webapp.support.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar's own {@code main} caps the JDK's per-thread direct buffers, which H2's commits would grow. */
class NioBufferCacheIT {

    @BeforeAll
    static void onlyOnH2() {
        assumeFalse("postgres".equals(System.getProperty(TestDatabase.DATABASE)), "H2 writes from the committing thread");
    }

    @Test
    void theRunningNodeHasTheCap(@TempDir Path data) throws Exception {
        try (AppNode node = new AppNode("nio-cap", FreePorts.next(), List.of(
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("echoer"),
                "--camunda.bpm.admin-user.password=it-only",
                "--camunda.bpm.webapp.enabled=false",
                "--logging.level.root=WARN"))) {
            node.start().awaitUp(Duration.ofMinutes(3));

            assertThat(systemProperties(node.process().pid())).contains("jdk.nio.maxCachedBufferSize=262144");
        }
    }

    /** What {@code jcmd PID VM.system_properties} prints for the node's JVM. */
    private static String systemProperties(long pid) throws IOException, InterruptedException {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        Process process = new ProcessBuilder(jcmd, Long.toString(pid), "VM.system_properties").redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        return output;
    }
}
