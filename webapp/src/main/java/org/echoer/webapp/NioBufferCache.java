package org.echoer.webapp;

/**
 * Caps the direct buffers the JDK keeps per thread for channel I/O from heap buffers.
 * <p>
 * H2 writes each commit's pages from the committing thread, and any request thread may commit. The JDK
 * copies each write into a direct buffer and keeps it for that thread, as large as the largest write the
 * thread made, which under load added up to a large share of the process's native memory. Writes above the cap
 * get a buffer that is freed at once. The JDK reads the setting when it first needs such a buffer, which is
 * after {@code main} starts; a value given on the command line is kept.
 */
final class NioBufferCache {

    static final String PROPERTY = "jdk.nio.maxCachedBufferSize";
    static final String CAP_BYTES = Integer.toString(256 * 1024);

    private NioBufferCache() {
    }

    static void cap() {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, CAP_BYTES);
        }
    }
}
