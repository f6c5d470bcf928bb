package org.echoer.plugin.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every request of echoer's API but the callback must carry credentials: HTTP Basic for a configured
 * user, or a configured bearer token. Anything else is answered 401 with the error JSON.
 *
 * <p>A filter of our own rather than Spring Security: the server also hosts Camunda's web apps, which
 * keep their own session login and CSRF protection, and {@code /engine-rest}, guarded by Camunda's own
 * filter; Spring Security would have to be taught to leave all of those alone, for a rule this small.
 */
public final class ApiCredentialsFilter extends OncePerRequestFilter {

    private final ApiCredentials credentials;
    private final ErrorResponses errors;

    public ApiCredentialsFilter(ApiCredentials credentials, ObjectMapper json) {
        this.credentials = credentials;
        this.errors = new ErrorResponses(json);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !EchoerApiPaths.isApi(request) || EchoerApiPaths.isCallback(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (credentials.accepts(authorization)) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"echoer\", Bearer realm=\"echoer\"");
        errors.write(response, HttpStatus.UNAUTHORIZED, "unauthorized", authorization == null
                ? "this API needs credentials: HTTP Basic or a bearer token"
                : "the credentials were not accepted");
    }
}
