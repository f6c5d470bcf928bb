package org.echoer.plugin.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.security.Principal;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every request of echoer's API but the callback must carry credentials: HTTP Basic for a configured
 * user, or a configured bearer token. Anything else is answered 401 with the error JSON. The same holds
 * for the actuator's endpoints (Prometheus metrics name every action and its failures) but health, which
 * stays open for load balancers and shows its parts only to a request with credentials.
 *
 * <p>A filter of our own rather than Spring Security: the server also hosts Camunda's web apps, which
 * keep their own session login and CSRF protection, and {@code /engine-rest}, guarded by Camunda's own
 * filter; Spring Security would have to be taught to leave all of those alone, for a rule this small.
 */
public final class ApiCredentialsFilter extends OncePerRequestFilter {

    /** The principal of a health request with credentials, for {@code show-components: when-authorized}. */
    private static final Principal API_CLIENT = () -> "echoer-api";

    private final ApiCredentials credentials;
    private final ErrorResponses errors;
    private final String actuatorBasePath;

    /** @param actuatorBasePath {@code management.endpoints.web.base-path}, {@code /actuator} by default */
    public ApiCredentialsFilter(ApiCredentials credentials, ObjectMapper json, String actuatorBasePath) {
        this.credentials = credentials;
        this.errors = new ErrorResponses(json);
        this.actuatorBasePath = actuatorBasePath;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (EchoerApiPaths.isApi(request)) {
            return EchoerApiPaths.isCallback(request);
        }
        return !EchoerApiPaths.isActuator(request, actuatorBasePath);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        boolean accepted = credentials.accepts(authorization);
        if (EchoerApiPaths.isHealth(request, actuatorBasePath)) {
            chain.doFilter(accepted ? authenticated(request) : request, response);
            return;
        }
        if (accepted) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"echoer\", Bearer realm=\"echoer\"");
        errors.write(response, HttpStatus.UNAUTHORIZED, "unauthorized", authorization == null
                ? "this API needs credentials: HTTP Basic or a bearer token"
                : "the credentials were not accepted");
    }

    private static HttpServletRequest authenticated(HttpServletRequest request) {
        return new HttpServletRequestWrapper(request) {
            @Override
            public Principal getUserPrincipal() {
                return API_CLIENT;
            }
        };
    }
}
