package org.echoer.cli.offline;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.echoer.cli.api.RejectedException;

/** Reads an FSL file as UTF-8 text; a file that cannot be read is rejected input with a one-line reason. */
public final class FslFile {

    private FslFile() {
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new RejectedException(file + ": no such file");
        } catch (CharacterCodingException e) {
            throw new RejectedException(file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new RejectedException(file + ": cannot read: " + e.getMessage());
        }
    }
}
