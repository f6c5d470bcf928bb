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

    /**
     * Under the actuator's base path ({@code /actuator}): metrics and the build, for operators. A root base
     * path ({@code /}) matches nothing here: the actuator then needs a port of its own to be kept private.
     */
    static boolean isActuator(HttpServletRequest request, String actuatorBasePath) {
        String base = withoutTrailingSlash(actuatorBasePath);
        String path = path(request);
        return !base.isEmpty() && (path.equals(base) || path.startsWith(base + "/"));
    }

    /** {@code /actuator/health} and its groups: open, for load balancers. */
    static boolean isHealth(HttpServletRequest request, String actuatorBasePath) {
        String health = withoutTrailingSlash(actuatorBasePath) + "/health";
        String path = path(request);
        return path.equals(health) || path.startsWith(health + "/");
    }

    private static String withoutTrailingSlash(String path) {
        String base = path == null ? "" : path.trim();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    private static String path(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        String path = context != null && uri.startsWith(context) ? uri.substring(context.length()) : uri;
        return path.isEmpty() ? "/" : path;
    }
}
