package org.echoer.samples;

import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * How a {@link SampleActionsServer} behaves. Build one with {@link #builder()}; every value has the default of
 * the command line, which mirrors echoer's demo services (port 18080, first declared state, no delay).
 *
 * @param host the address to bind, {@code 0.0.0.0} for all
 * @param port the port to bind, 0 for a free one
 * @param callbackUrl where callbacks go, the engine's {@code POST /step}
 * @param state the state each callback reports, unless {@code routeStates} names the path
 * @param routeStates per-path overrides of {@code state}, keyed by path ({@code /approval})
 * @param delay the wait between accepting a request and calling back
 * @param callbackBeforeAnswer whether to call back before answering, as echoer's original demo did
 * @param failureRate the probability, 0 to 1, of answering 503 and not calling back
 * @param seed the seed of all randomness, empty for a different run each time
 * @param callbackRetries how often a failed callback is retried before giving up
 * @param retryBackoff the first wait before retrying a callback after a connection error or 5xx; it doubles
 *     on each retry up to {@link #MAX_RETRY_BACKOFF}
 * @param pausedRetryDelay the wait before retrying a callback answered 409 or 429 (flow run paused, busy)
 * @param threads the threads that answer requests
 * @param callbackConcurrency the most callbacks in flight at once; more wait their turn
 * @param recordBodies whether every request body is kept (counts per uuid are always kept)
 * @param quiet whether to stay silent except for callbacks given up
 */
public record SampleActionsOptions(
        String host,
        int port,
        URI callbackUrl,
        StateChoice state,
        Map<String, StateChoice> routeStates,
        Duration delay,
        boolean callbackBeforeAnswer,
        double failureRate,
        OptionalLong seed,
        int callbackRetries,
        Duration retryBackoff,
        Duration pausedRetryDelay,
        int threads,
        int callbackConcurrency,
        boolean recordBodies,
        boolean quiet) {

    public static final String DEFAULT_HOST = "0.0.0.0";
    public static final int DEFAULT_PORT = 18080;
    public static final URI DEFAULT_CALLBACK_URL = URI.create("http://localhost:8080/step");
    public static final int DEFAULT_CALLBACK_RETRIES = 20;
    public static final Duration DEFAULT_RETRY_BACKOFF = Duration.ofMillis(100);
    public static final Duration MAX_RETRY_BACKOFF = Duration.ofSeconds(2);
    public static final Duration DEFAULT_PAUSED_RETRY_DELAY = Duration.ofSeconds(1);
    public static final int DEFAULT_THREADS = 8;
    public static final int DEFAULT_CALLBACK_CONCURRENCY = 256;

    public SampleActionsOptions {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(callbackUrl, "callbackUrl");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(delay, "delay");
        Objects.requireNonNull(seed, "seed");
        Objects.requireNonNull(retryBackoff, "retryBackoff");
        Objects.requireNonNull(pausedRetryDelay, "pausedRetryDelay");
        require(port >= 0 && port <= 65535, "port must be 0 to 65535, not " + port);
        require(isHttpUrl(callbackUrl), "callback URL must be an absolute http(s) URL, not '" + callbackUrl + "'");
        require(!delay.isNegative(), "delay must not be negative, not " + delay);
        require(failureRate >= 0 && failureRate <= 1, "failure rate must be 0 to 1, not " + failureRate);
        require(callbackRetries >= 0, "callback retries must not be negative, not " + callbackRetries);
        require(!retryBackoff.isNegative(), "retry backoff must not be negative, not " + retryBackoff);
        require(!pausedRetryDelay.isNegative(), "paused retry delay must not be negative, not " + pausedRetryDelay);
        require(threads >= 1, "threads must be at least 1, not " + threads);
        require(callbackConcurrency >= 1, "callback concurrency must be at least 1, not " + callbackConcurrency);
        routeStates = copyRouteStates(routeStates);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The state choice for a request to {@code path}: its override, its alias's override, or the default. */
    public StateChoice stateFor(String path) {
        String route = normalizePath(path);
        StateChoice exact = routeStates.get(route);
        if (exact != null) {
            return exact;
        }
        String alias = ALIASES.get(route);
        return alias == null ? state : routeStates.getOrDefault(alias, state);
    }

    /** echoer's demo served the README's {@code deploy} action at {@code /deploy1}; both mean the same here. */
    private static final Map<String, String> ALIASES = Map.of("/deploy1", "/deploy", "/deploy", "/deploy1");

    /** {@code approval/} and {@code /approval} name the same route. */
    static String normalizePath(String path) {
        String p = path.startsWith("/") ? path : "/" + path;
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    private static Map<String, StateChoice> copyRouteStates(Map<String, StateChoice> routeStates) {
        Map<String, StateChoice> copy = new LinkedHashMap<>();
        Objects.requireNonNull(routeStates, "routeStates").forEach((path, choice) -> {
            Objects.requireNonNull(choice, "state for route " + path);
            copy.put(normalizePath(path), choice);
        });
        return Collections.unmodifiableMap(copy);
    }

    private static boolean isHttpUrl(URI uri) {
        return uri.isAbsolute()
                && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                && uri.getHost() != null;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /** Mutable, for building options step by step; every value starts at its default. */
    public static final class Builder {
        private String host = DEFAULT_HOST;
        private int port = DEFAULT_PORT;
        private URI callbackUrl = DEFAULT_CALLBACK_URL;
        private StateChoice state = new StateChoice.First();
        private final Map<String, StateChoice> routeStates = new LinkedHashMap<>();
        private Duration delay = Duration.ZERO;
        private boolean callbackBeforeAnswer;
        private double failureRate;
        private OptionalLong seed = OptionalLong.empty();
        private int callbackRetries = DEFAULT_CALLBACK_RETRIES;
        private Duration retryBackoff = DEFAULT_RETRY_BACKOFF;
        private Duration pausedRetryDelay = DEFAULT_PAUSED_RETRY_DELAY;
        private int threads = DEFAULT_THREADS;
        private int callbackConcurrency = DEFAULT_CALLBACK_CONCURRENCY;
        private boolean recordBodies = true;
        private boolean quiet;

        private Builder() {
        }

        private Builder(SampleActionsOptions options) {
            host = options.host;
            port = options.port;
            callbackUrl = options.callbackUrl;
            state = options.state;
            routeStates.putAll(options.routeStates);
            delay = options.delay;
            callbackBeforeAnswer = options.callbackBeforeAnswer;
            failureRate = options.failureRate;
            seed = options.seed;
            callbackRetries = options.callbackRetries;
            retryBackoff = options.retryBackoff;
            pausedRetryDelay = options.pausedRetryDelay;
            threads = options.threads;
            callbackConcurrency = options.callbackConcurrency;
            recordBodies = options.recordBodies;
            quiet = options.quiet;
        }

        public Builder host(String host) {
            this.host = host;
            return this;
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder callbackUrl(URI callbackUrl) {
            this.callbackUrl = callbackUrl;
            return this;
        }

        public Builder callbackUrl(String callbackUrl) {
            return callbackUrl(URI.create(callbackUrl));
        }

        public Builder state(StateChoice state) {
            this.state = state;
            return this;
        }

        /** {@code first}, {@code random} or a state name. */
        public Builder state(String state) {
            return state(StateChoice.parse(state));
        }

        public Builder routeState(String path, StateChoice state) {
            routeStates.put(path, state);
            return this;
        }

        /** {@code first}, {@code random} or a state name for requests to {@code path}. */
        public Builder routeState(String path, String state) {
            return routeState(path, StateChoice.parse(state));
        }

        public Builder delay(Duration delay) {
            this.delay = delay;
            return this;
        }

        public Builder callbackBeforeAnswer(boolean callbackBeforeAnswer) {
            this.callbackBeforeAnswer = callbackBeforeAnswer;
            return this;
        }

        public Builder failureRate(double failureRate) {
            this.failureRate = failureRate;
            return this;
        }

        public Builder seed(long seed) {
            this.seed = OptionalLong.of(seed);
            return this;
        }

        public Builder seed(OptionalLong seed) {
            this.seed = seed;
            return this;
        }

        public Builder callbackRetries(int callbackRetries) {
            this.callbackRetries = callbackRetries;
            return this;
        }

        public Builder retryBackoff(Duration retryBackoff) {
            this.retryBackoff = retryBackoff;
            return this;
        }

        public Builder pausedRetryDelay(Duration pausedRetryDelay) {
            this.pausedRetryDelay = pausedRetryDelay;
            return this;
        }

        public Builder threads(int threads) {
            this.threads = threads;
            return this;
        }

        public Builder callbackConcurrency(int callbackConcurrency) {
            this.callbackConcurrency = callbackConcurrency;
            return this;
        }

        public Builder recordBodies(boolean recordBodies) {
            this.recordBodies = recordBodies;
            return this;
        }

        public Builder quiet(boolean quiet) {
            this.quiet = quiet;
            return this;
        }

        /** @throws IllegalArgumentException naming the first value out of range */
        public SampleActionsOptions build() {
            return new SampleActionsOptions(host, port, callbackUrl, state, routeStates, delay, callbackBeforeAnswer,
                    failureRate, seed, callbackRetries, retryBackoff, pausedRetryDelay, threads,
                    callbackConcurrency, recordBodies, quiet);
        }
    }
}
