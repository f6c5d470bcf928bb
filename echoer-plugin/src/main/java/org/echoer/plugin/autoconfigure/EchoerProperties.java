package org.echoer.plugin.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** Settings of the bridge, under {@code echoer.*}. */
@ConfigurationProperties("echoer")
public class EchoerProperties {

    private final Dispatch dispatch = new Dispatch();

    private final Bpmn bpmn = new Bpmn();

    public Dispatch getDispatch() {
        return dispatch;
    }

    public Bpmn getBpmn() {
        return bpmn;
    }

    private final Limits limits = new Limits();

    private final CallbackSettings callbacks = new CallbackSettings();

    public CallbackSettings getCallbacks() {
        return callbacks;
    }

    private final Security security = new Security();

    public Limits getLimits() {
        return limits;
    }

    public Security getSecurity() {
        return security;
    }

    /** How callbacks ({@code POST /step}) and template run starts are committed. */
    public static class CallbackSettings {

        /** Most callbacks and run starts committed in one transaction when they arrive together; 1: each alone. */
        private int maxBatch = 64;

        /**
         * Most such transactions committing at the same time; what arrives meanwhile gathers for the next.
         * One (with large batches) measured fastest on H2 and PostgreSQL: fewer, fuller commits.
         */
        private int committers = 1;

        public int getMaxBatch() {
            return maxBatch;
        }

        public void setMaxBatch(int maxBatch) {
            this.maxBatch = maxBatch;
        }

        public int getCommitters() {
            return committers;
        }

        public void setCommitters(int committers) {
            this.committers = committers;
        }
    }

    /** How steps are sent to their actions. */
    public static class Dispatch {

        /** Time allowed to connect to an action's address before the next address is tried. */
        private Duration connectTimeout = Duration.ofSeconds(2);

        /** Time allowed for an action's answer before the next address is tried. */
        private Duration readTimeout = Duration.ofSeconds(10);

        /** Waits before each new attempt of a dispatch that reached no address; after the last one, an incident. */
        private List<Duration> retryBackoff = new ArrayList<>(List.of(Duration.ofSeconds(1), Duration.ofSeconds(5),
                Duration.ofSeconds(30)));

        /** Time a step stays locked while its request is under way; a node that dies mid-request leaves it for this long. */
        private Duration lease = Duration.ofMinutes(2);

        /**
         * Time a step may wait for its callback once its action accepted it (the step timeout of actions not in
         * {@code step-timeouts}); then it becomes an incident. A heartbeat ({@code done: false}) starts it again.
         */
        private Duration callbackTimeout = Duration.ofDays(7);

        /** Step timeouts of single actions, by action name, instead of {@code callback-timeout}. */
        private Map<String, Duration> stepTimeouts = new LinkedHashMap<>();

        public Map<String, Duration> getStepTimeouts() {
            return stepTimeouts;
        }

        public void setStepTimeouts(Map<String, Duration> stepTimeouts) {
            this.stepTimeouts = stepTimeouts;
        }

        /** How often to look for steps that no engine signal announced (restarts, other nodes, expired locks). */
        private Duration sweepInterval = Duration.ofSeconds(5);

        /** Most steps taken by one fetch. */
        private int batchSize = 50;

        /** Most dispatch requests under way at once. */
        private int maxInFlight = 256;

        /** Threads that send requests and record their outcome. */
        private int threads = 8;

        /** This node's name as the lock owner of the steps it dispatches; generated when empty. */
        private String workerId;

        /** Whether to lock a step to this node in the transaction that creates it, sparing a fetch per step. */
        private boolean lockOnCreate = true;

        /** With lock-on-create: the least time between two fetches woken by the engine's new-task signal. */
        private Duration minFetchGap = Duration.ofMillis(250);

        public boolean isLockOnCreate() {
            return lockOnCreate;
        }

        public void setLockOnCreate(boolean lockOnCreate) {
            this.lockOnCreate = lockOnCreate;
        }

        public Duration getMinFetchGap() {
            return minFetchGap;
        }

        public void setMinFetchGap(Duration minFetchGap) {
            this.minFetchGap = minFetchGap;
        }

        public Duration getConnectTimeout() {
            return connectTimeout;
        }

        public void setConnectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
        }

        public Duration getReadTimeout() {
            return readTimeout;
        }

        public void setReadTimeout(Duration readTimeout) {
            this.readTimeout = readTimeout;
        }

        public List<Duration> getRetryBackoff() {
            return retryBackoff;
        }

        public void setRetryBackoff(List<Duration> retryBackoff) {
            this.retryBackoff = retryBackoff;
        }

        public Duration getLease() {
            return lease;
        }

        public void setLease(Duration lease) {
            this.lease = lease;
        }

        public Duration getCallbackTimeout() {
            return callbackTimeout;
        }

        public void setCallbackTimeout(Duration callbackTimeout) {
            this.callbackTimeout = callbackTimeout;
        }

        public Duration getSweepInterval() {
            return sweepInterval;
        }

        public void setSweepInterval(Duration sweepInterval) {
            this.sweepInterval = sweepInterval;
        }

        public int getBatchSize() {
            return batchSize;
        }

        public void setBatchSize(int batchSize) {
            this.batchSize = batchSize;
        }

        public int getMaxInFlight() {
            return maxInFlight;
        }

        public void setMaxInFlight(int maxInFlight) {
            this.maxInFlight = maxInFlight;
        }

        public int getThreads() {
            return threads;
        }

        public void setThreads(int threads) {
            this.threads = threads;
        }

        public String getWorkerId() {
            return workerId;
        }

        public void setWorkerId(String workerId) {
            this.workerId = workerId;
        }
    }

    /** How FSL becomes BPMN. */
    public static class Bpmn {

        /** camunda:historyTimeToLive of every generated process (days, or an ISO-8601 duration such as P180D). */
        private String historyTimeToLive = "P180D";

        public String getHistoryTimeToLive() {
            return historyTimeToLive;
        }

        public void setHistoryTimeToLive(String historyTimeToLive) {
            this.historyTimeToLive = historyTimeToLive;
        }

        /**
         * Shapes and edges of recent diagram layouts kept in memory, so runs of a flow already seen skip the
         * layout; 0 lays out every time.
         */
        private int layoutCacheElements = 100_000;

        public int getLayoutCacheElements() {
            return layoutCacheElements;
        }

        public void setLayoutCacheElements(int layoutCacheElements) {
            this.layoutCacheElements = layoutCacheElements;
        }
    }

    /** How much one request may ask of the server; beyond, it is refused and nothing is deployed. */
    public static class Limits {

        /** Largest request body echoer's API reads; a larger one is answered 413. */
        private DataSize requestBody = DataSize.ofMegabytes(1);

        /** Most characters in one FSL document; a longer one is answered 413. */
        private int fslCharacters = 500_000;

        /** Most steps in one flow or flow run; more is an FSL error at the first step too many. */
        private int stepsPerFlow = 2_000;

        public DataSize getRequestBody() {
            return requestBody;
        }

        public void setRequestBody(DataSize requestBody) {
            this.requestBody = requestBody;
        }

        public int getFslCharacters() {
            return fslCharacters;
        }

        public void setFslCharacters(int fslCharacters) {
            this.fslCharacters = fslCharacters;
        }

        public int getStepsPerFlow() {
            return stepsPerFlow;
        }

        public void setStepsPerFlow(int stepsPerFlow) {
            this.stepsPerFlow = stepsPerFlow;
        }
    }

    /** Who may use the API and where actions may point. See docs/security.md. */
    public static class Security {

        /** Whether echoer's API (all but POST /step) and Camunda's /engine-rest ask for credentials. */
        private boolean enabled;

        /** API users for HTTP Basic: name to password. */
        private Map<String, String> users = new LinkedHashMap<>();

        /** Bearer tokens the API accepts ({@code Authorization: Bearer TOKEN}). */
        private List<String> tokens = new ArrayList<>();

        /** Shared secret sent with every dispatch and required on every callback; none when empty. */
        private String callbackSecret;

        /** Header that carries the callback secret, both ways. */
        private String callbackSecretHeader = "X-Echoer-Secret";

        /**
         * Hosts action addresses may name (compared without case), IP addresses and CIDR ranges; when empty,
         * the action address guard decides alone.
         */
        private List<String> allowedActionHosts = new ArrayList<>();

        /** Addresses no business service has, refused for actions unless allowed hosts name them. */
        private ActionAddressGuard actionAddressGuard = new ActionAddressGuard();

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public Map<String, String> getUsers() {
            return users;
        }

        public void setUsers(Map<String, String> users) {
            this.users = users;
        }

        public List<String> getTokens() {
            return tokens;
        }

        public void setTokens(List<String> tokens) {
            this.tokens = tokens;
        }

        public String getCallbackSecret() {
            return callbackSecret;
        }

        public void setCallbackSecret(String callbackSecret) {
            this.callbackSecret = callbackSecret;
        }

        public String getCallbackSecretHeader() {
            return callbackSecretHeader;
        }

        public void setCallbackSecretHeader(String callbackSecretHeader) {
            this.callbackSecretHeader = callbackSecretHeader;
        }

        public List<String> getAllowedActionHosts() {
            return allowedActionHosts;
        }

        public void setAllowedActionHosts(List<String> allowedActionHosts) {
            this.allowedActionHosts = allowedActionHosts;
        }

        public ActionAddressGuard getActionAddressGuard() {
            return actionAddressGuard;
        }

        public void setActionAddressGuard(ActionAddressGuard actionAddressGuard) {
            this.actionAddressGuard = actionAddressGuard;
        }
    }

    /** What action addresses are refused at submission and again at dispatch. See docs/security.md. */
    public static class ActionAddressGuard {

        /** Whether link-local, unspecified and multicast addresses and cloud metadata host names are refused. */
        private boolean enabled = true;

        /** Whether loopback addresses (127.0.0.0/8, ::1) are refused too. */
        private boolean refuseLoopback;

        /** Whether private ranges (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16, fc00::/7) are refused too. */
        private boolean refusePrivate;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public boolean isRefuseLoopback() {
            return refuseLoopback;
        }

        public void setRefuseLoopback(boolean refuseLoopback) {
            this.refuseLoopback = refuseLoopback;
        }

        public boolean isRefusePrivate() {
            return refusePrivate;
        }

        public void setRefusePrivate(boolean refusePrivate) {
            this.refusePrivate = refusePrivate;
        }
    }
}
