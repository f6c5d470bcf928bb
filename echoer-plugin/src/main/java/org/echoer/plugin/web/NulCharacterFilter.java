package org.echoer.plugin.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a NUL character in the path or the query of echoer's API with 400. No name, filter or id of
 * echoer holds one, and PostgreSQL refuses it inside any text: passed on, it would fail deep in a query.
 */
public final class NulCharacterFilter extends OncePerRequestFilter {

    private final ErrorResponses errors;

    public NulCharacterFilter(ObjectMapper json) {
        this.errors = new ErrorResponses(json);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !EchoerApiPaths.isApi(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (holdsNul(request.getRequestURI()) || holdsNul(request.getQueryString())) {
            errors.write(response, HttpStatus.BAD_REQUEST, "bad request",
                    "the path or query holds a NUL character (%00), which no name or id of echoer may hold");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean holdsNul(String raw) {
        return raw != null && (raw.indexOf('\0') >= 0 || raw.toLowerCase(Locale.ROOT).contains("%00"));
    }
}
