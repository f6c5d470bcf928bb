package org.echoer.webapp.startup;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * The H2 database file is held by another process: almost always a second echoer started in the same
 * folder (the default database is {@code ./data/echoer}).
 */
public final class H2FileLockedFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

    /** H2's "Database may be already in use" (ErrorCode.DATABASE_ALREADY_OPEN_1). */
    static final int DATABASE_ALREADY_OPEN = 90020;

    private static final Pattern QUOTED_FILE = Pattern.compile("\"([^\"]+)\"");

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
        if (cause.getErrorCode() != DATABASE_ALREADY_OPEN || !cause.getClass().getName().startsWith("org.h2.")) {
            return null;
        }
        String file = lockedFile(cause.getMessage());
        String folder = folderOf(file);
        return new FailureAnalysis("The database file " + file + " is locked by another process: probably another echoer "
                + "is already running in " + folder + ".",
                "Stop the other echoer (or use it: it is the one answering on its port), then start this one again. "
                        + "To run a second one beside it, start it in another folder or give it a database of its own, "
                        + "e.g. --spring.datasource.url=jdbc:h2:file:./data2/echoer --server.port=8081.",
                cause);
    }

    private static String lockedFile(String message) {
        Matcher quoted = QUOTED_FILE.matcher(String.valueOf(message));
        return quoted.find() ? quoted.group(1) : "of the H2 database";
    }

    private static String folderOf(String file) {
        Path data = Path.of(file).toAbsolutePath().getParent();
        // ./data/echoer.mv.db: the folder echoer was started in is the one above "data"
        Path started = data != null && data.getFileName() != null && data.getFileName().toString().equals("data") ? data.getParent() : data;
        return started == null ? "this folder" : started.toString();
    }
}
