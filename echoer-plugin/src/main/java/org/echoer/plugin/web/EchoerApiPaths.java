package org.echoer.plugin.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/**
 * Which requests are echoer's API. Named one by one rather than "everything but Camunda": the same
 * server hosts Cockpit, Tasklist, Admin and {@code /engine-rest}, which have logins and limits of their own.
 */
final class EchoerApiPaths {

    /** Echoer's own resources, and the API's description: its OpenAPI document and Swagger UI (springdoc's paths). */
    private static final Set<String> FIRST_SEGMENTS = Set.of("action", "flow", "flowrun", "fsl", "step", "watch", "event",
            "v3", "swagger-ui", "swagger-ui.html");

    private EchoerApiPaths() {
    }

    static boolean isApi(HttpServletRequest request) {
        String path = path(request);
        int end = path.indexOf('/', 1);
        String first = end < 0 ? path.substring(1) : path.substring(1, end);
        return FIRST_SEGMENTS.contains(first);
    }

    /** {@code POST /step}: the callback, authorised by its activation's uuid and the callback secret. */
    static boolean isCallback(HttpServletRequest request) {
        return "POST".equalsIgnoreCase(request.getMethod()) && "/step".equals(path(request));
    }

    private static String path(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        String path = context != null && uri.startsWith(context) ? uri.substring(context.length()) : uri;
        return path.isEmpty() ? "/" : path;
    }
}
