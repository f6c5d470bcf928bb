package org.echoer.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * Lets a script pace the driver's measured rounds through files in a directory, so that rounds of several
 * drivers (one per server, each warmed up once) can alternate: the driver writes {@code ready} once warmed up,
 * waits for {@code go-<round>} before each round and writes the round's report to {@code round-<round>.json}.
 * Without a directory the rounds follow each other at once.
 */
final class RoundControl {

    private static final Duration POLL = Duration.ofMillis(20);

    private final Path directory;
    private final Duration patience;

    private RoundControl(Path directory, Duration patience) {
        this.directory = directory;
        this.patience = patience;
    }

    /** @param directory where the files are; null for none */
    static RoundControl in(Path directory, Duration patience) {
        return new RoundControl(directory, patience);
    }

    boolean paced() {
        return directory != null;
    }

    void warmedUp() throws IOException {
        if (paced()) {
            write("ready", "");
        }
    }

    /** Waits for the go of this round; false when none came within the patience. */
    boolean awaitGo(int round) throws InterruptedException {
        if (!paced()) {
            return true;
        }
        long giveUp = System.nanoTime() + patience.toNanos();
        Path go = directory.resolve("go-" + round);
        while (!Files.exists(go)) {
            if (System.nanoTime() > giveUp) {
                return false;
            }
            Thread.sleep(POLL.toMillis());
        }
        return true;
    }

    /** The round's report, whole once it appears (written aside, then renamed). */
    void report(int round, String json) throws IOException {
        write("round-" + round + ".json", json);
    }

    private void write(String name, String content) throws IOException {
        Path aside = directory.resolve(name + ".part");
        Files.writeString(aside, content);
        Files.move(aside, directory.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }
}
