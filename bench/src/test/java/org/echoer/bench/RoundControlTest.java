package org.echoer.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoundControlTest {

    @TempDir
    Path directory;

    @Test
    void pacedRoundWaitsForItsGoAndLeavesItsReportWhole() throws Exception {
        RoundControl control = RoundControl.in(directory, Duration.ofSeconds(30));

        control.warmedUp();
        CompletableFuture<Boolean> go = CompletableFuture.supplyAsync(() -> {
            try {
                return control.awaitGo(1);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(100);
        boolean waitingBeforeGo = !go.isDone();
        Files.createFile(directory.resolve("go-1"));
        control.report(1, "{\"stepsPerSecond\": 1}");

        assertThat(Files.exists(directory.resolve("ready"))).isTrue();
        assertThat(waitingBeforeGo).as("waited for go-1").isTrue();
        assertThat(go.get()).isTrue();
        assertThat(Files.readString(directory.resolve("round-1.json"))).isEqualTo("{\"stepsPerSecond\": 1}");
        assertThat(directory.resolve("round-1.json.part")).doesNotExist();
    }

    @Test
    void noGoWithinThePatienceIsAFailure() throws Exception {
        RoundControl control = RoundControl.in(directory, Duration.ofMillis(100));

        assertThat(control.awaitGo(2)).isFalse();
    }

    @Test
    void withoutADirectoryRoundsFollowAtOnce() throws Exception {
        RoundControl control = RoundControl.in(null, Duration.ofMillis(1));

        control.warmedUp();

        assertThat(control.paced()).isFalse();
        assertThat(control.awaitGo(1)).isTrue();
    }
}
