package org.echoer.fsl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The example FSL documents of the repository ({@code examples/}) and of the shared contract, when it is beside the checkout. */
public final class Examples {

    private Examples() {
    }

    public static Path repositoryExamples() {
        return findUp("examples");
    }

    /** {@code ../shared/fsl} from the project root; may be missing on a newcomer's machine. */
    public static Path sharedExamples() {
        return repositoryExamples().getParent().getParent().resolve("shared").resolve("fsl");
    }

    public static String seedDemo() {
        return read(repositoryExamples().resolve("seed-demo.fsl"));
    }

    public static List<Path> all() {
        try (Stream<Path> repo = Files.list(repositoryExamples())) {
            List<Path> files = new java.util.ArrayList<>(repo.filter(p -> p.toString().endsWith(".fsl")).sorted().toList());
            if (Files.isDirectory(sharedExamples())) {
                try (Stream<Path> shared = Files.list(sharedExamples())) {
                    shared.filter(p -> p.toString().endsWith(".fsl")).sorted().forEach(files::add);
                }
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path findUp(String name) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isDirectory(dir.resolve(name)) && Files.exists(dir.resolve("pom.xml"))) {
                return dir.resolve(name);
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("no " + name + "/ above " + Path.of("").toAbsolutePath());
    }
}
