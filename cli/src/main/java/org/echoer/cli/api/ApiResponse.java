package org.echoer.cli.api;

/** One HTTP answer: the status and the body as text. */
public record ApiResponse(int status, String body) {

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }
}
