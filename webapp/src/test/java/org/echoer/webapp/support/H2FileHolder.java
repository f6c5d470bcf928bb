package org.echoer.webapp.support;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Another process holding an H2 database file open, as a second echoer started in the same folder would
 * (within one JVM, H2 shares an open file instead of refusing it). Prints "open" once it holds the file,
 * and lets go when its standard input closes.
 */
public final class H2FileHolder {

    private H2FileHolder() {
    }

    public static void main(String[] args) throws SQLException, IOException {
        try (Connection held = DriverManager.getConnection(args[0], "sa", "")) {
            System.out.println("open");
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold until the parent closes our input
            }
        }
    }

    /** Starts the holder on the given H2 URL and returns once it holds the file. */
    public static Process hold(String url) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process holder = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"), H2FileHolder.class.getName(), url)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] line = new byte[5];
        if (holder.getInputStream().readNBytes(line, 0, 4) != 4 || !new String(line, 0, 4).equals("open")) {
            holder.destroyForcibly();
            throw new IOException("the H2 file holder did not open " + url);
        }
        return holder;
    }
}
