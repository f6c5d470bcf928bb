package org.echoer.cli.api;

/** What {@code echoer}'s exit code tells a script. */
public final class ExitCodes {

    /** Everything asked for was done. */
    public static final int OK = 0;
    /** The input was refused: bad FSL, an unknown name, a file that cannot be read, bad usage. */
    public static final int REJECTED = 1;
    /** The server could not be used: unreachable, too slow, login refused, or failing itself. */
    public static final int SERVER_PROBLEM = 2;
    /** The terminal itself failed in a way it did not foresee. */
    public static final int INTERNAL = 3;

    private ExitCodes() {
    }
}
