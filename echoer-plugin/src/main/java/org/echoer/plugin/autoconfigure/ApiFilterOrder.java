package org.echoer.plugin.autoconfigure;

import org.springframework.core.Ordered;

/**
 * Where echoer's servlet filters run among the application's (a lower order runs first). Spring Boot's
 * character encoding filter runs first of all ({@link Ordered#HIGHEST_PRECEDENCE}); its form content filter
 * (-9900) and the controllers read request bodies much later.
 */
final class ApiFilterOrder {

    /**
     * The credential check comes right after the character encoding: a request without credentials is
     * refused before anything reads its body or acts on its path.
     */
    static final int API_CREDENTIALS = Ordered.HIGHEST_PRECEDENCE + 10;

    /**
     * The callback secret has the same place: it guards only {@code POST /step}, the one request of the API
     * the credential check leaves alone, so the two never both act on a request.
     */
    static final int CALLBACK_SECRET = API_CREDENTIALS;

    /**
     * The body limit after the credential checks, so a stranger's body is not even counted, and before
     * anything reads the body.
     */
    static final int REQUEST_BODY_LIMIT = API_CREDENTIALS + 10;

    /**
     * NUL characters in the path or query after the credential checks too, so a stranger learns nothing
     * about what the API accepts; next to the body limit, as both only refuse and neither changes the request.
     */
    static final int NUL_CHARACTERS = REQUEST_BODY_LIMIT + 1;

    private ApiFilterOrder() {
    }
}
