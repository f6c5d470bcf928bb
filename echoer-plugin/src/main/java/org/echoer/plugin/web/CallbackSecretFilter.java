package org.echoer.plugin.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code POST /step} must carry the shared secret the dispatcher sends with every step, in the same
 * header; without it, 401. The activation's uuid still decides which step the callback is for.
 */
public final class CallbackSecretFilter extends OncePerRequestFilter {

    private final String header;
    private final String secret;
    private final ErrorResponses errors;

    public CallbackSecretFilter(String header, String secret, ObjectMapper json) {
        this.header = header;
        this.secret = secret;
        this.errors = new ErrorResponses(json);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !EchoerApiPaths.isCallback(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getHeader(header);
        if (given != null && ApiCredentials.same(secret, given)) {
            chain.doFilter(request, response);
            return;
        }
        errors.write(response, HttpStatus.UNAUTHORIZED, "unauthorized", given == null
                ? "the callback has no " + header + " header; send the one the step's request carried"
                : "the callback's " + header + " header does not match the one the step's request carried");
    }
}
