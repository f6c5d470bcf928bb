package org.echoer.plugin.autoconfigure;

import org.springframework.beans.factory.ObjectProvider;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.spring.boot.starter.CamundaBpmAutoConfiguration;
import org.echoer.fsl.FslCompiler;
import org.echoer.fsl.address.ActionAddressPolicy;
import org.echoer.fsl.check.ActionAddressRule;
import org.echoer.fsl.check.CheckRule;
import org.echoer.fsl.check.StepLimitRule;
import org.echoer.fsl.bpmn.BpmnOptions;
import org.echoer.fsl.layout.BpmnLayout;
import org.echoer.plugin.engine.EchoerEnginePlugin;
import org.echoer.plugin.callback.Callbacks;
import org.echoer.plugin.engine.command.EngineCommands;
import org.echoer.plugin.engine.command.GroupCommit;
import org.echoer.plugin.definition.DefinitionStore;
import org.echoer.plugin.submit.FslSubmission;
import org.echoer.plugin.definition.ShapeDefinitions;
import org.echoer.plugin.engine.parse.StepDefinitions;
import org.echoer.plugin.dispatch.ActionClient;
import org.echoer.plugin.dispatch.ActionHostResolver;
import org.echoer.plugin.dispatch.AddressGuard;
import org.echoer.plugin.step.ClaimedSteps;
import org.echoer.plugin.engine.parse.DrawnProcesses;
import org.echoer.plugin.dispatch.DispatchSettings;
import org.echoer.plugin.dispatch.DeliveryRecorder;
import org.echoer.plugin.dispatch.Dispatcher;
import org.echoer.plugin.dispatch.HttpActionClient;
import org.echoer.plugin.dispatch.RetrySchedule;
import org.echoer.plugin.step.StepTimeouts;
import org.echoer.plugin.event.EventBus;
import org.echoer.plugin.run.EventLog;
import org.echoer.plugin.dispatch.DispatcherHealthIndicator;
import org.echoer.plugin.observe.EchoerMetrics;
import org.echoer.plugin.run.Diagrams;
import org.echoer.plugin.run.FlowRunLifecycle;
import org.echoer.plugin.run.FlowRunStarter;
import org.echoer.plugin.run.FlowRuns;
import org.echoer.plugin.run.FlowTemplates;
import org.echoer.plugin.web.ApiCredentials;
import org.echoer.plugin.web.ApiCredentialsFilter;
import org.echoer.plugin.web.CallbackSecretFilter;
import org.echoer.plugin.web.DefinitionController;
import org.echoer.plugin.web.ErrorAdvice;
import org.echoer.plugin.web.FlowRunController;
import org.echoer.plugin.web.FslBodies;
import org.echoer.plugin.web.FslController;
import org.echoer.plugin.web.NulCharacterFilter;
import org.echoer.plugin.web.OpenStreams;
import org.echoer.plugin.web.RequestBodyLimitFilter;
import org.echoer.plugin.web.StepController;
import org.echoer.plugin.web.WatchController;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wires the bridge onto the Camunda engine the Camunda starter builds: the engine plugin, FSL
 * submission, the dispatcher, callbacks and, in a web application, echoer's REST API.
 */
@AutoConfiguration(before = CamundaBpmAutoConfiguration.class)
@EnableConfigurationProperties(EchoerProperties.class)
public final class EchoerAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    EchoerEnginePlugin echoerEnginePlugin(DispatchSettings echoerDispatchSettings, ClaimedSteps echoerClaimedSteps,
            DrawnProcesses echoerDrawnProcesses, EchoerProperties properties) {
        return new EchoerEnginePlugin(echoerDispatchSettings.workerId(), echoerDispatchSettings.lease(), echoerClaimedSteps, echoerDrawnProcesses,
                properties.getDispatch().isLockOnCreate());
    }

    @Bean
    ClaimedSteps echoerClaimedSteps() {
        return new ClaimedSteps();
    }

    @Bean
    DrawnProcesses echoerDrawnProcesses() {
        return new DrawnProcesses();
    }

    @Bean
    StepTimeouts echoerStepTimeouts(EchoerProperties properties) {
        return new StepTimeouts(properties.getDispatch().getCallbackTimeout(), properties.getDispatch().getStepTimeouts());
    }

    @Bean
    DispatchSettings echoerDispatchSettings(EchoerProperties properties) {
        EchoerProperties.Dispatch dispatch = properties.getDispatch();
        return new DispatchSettings(workerId(dispatch), dispatch.getBatchSize(), dispatch.getMaxInFlight(), dispatch.getLease(),
                dispatch.getSweepInterval(),
                dispatch.isLockOnCreate() ? dispatch.getMinFetchGap() : Duration.ZERO,
                new RetrySchedule(dispatch.getRetryBackoff()));
    }

    @Bean
    @ConditionalOnMissingBean
    FslCompiler fslCompiler(EchoerProperties properties, ActionAddressPolicy echoerActionAddressPolicy) {
        EchoerProperties.Bpmn bpmn = properties.getBpmn();
        BpmnLayout layout = bpmn.getLayoutCacheElements() > 0
                ? BpmnLayout.withCache(bpmn.getLayoutCacheElements()) : new BpmnLayout();
        return new FslCompiler(new BpmnOptions(bpmn.getHistoryTimeToLive()), layout,
                deploymentRules(properties, echoerActionAddressPolicy));
    }

    /** The limits and action address policy of this server, checked with the language's own rules. */
    private static List<CheckRule> deploymentRules(EchoerProperties properties, ActionAddressPolicy addresses) {
        List<CheckRule> rules = new ArrayList<>();
        rules.add(new StepLimitRule(properties.getLimits().getStepsPerFlow()));
        if (!addresses.refusesNothing()) {
            rules.add(new ActionAddressRule(addresses));
        }
        return rules;
    }

    /** Where actions may send requests: allowed hosts and the address guard, at submission and at dispatch. */
    @Bean
    ActionAddressPolicy echoerActionAddressPolicy(EchoerProperties properties) {
        EchoerProperties.ActionAddressGuard guard = properties.getSecurity().getActionAddressGuard();
        return new ActionAddressPolicy(properties.getSecurity().getAllowedActionHosts(),
                new ActionAddressPolicy.Guard(guard.isEnabled(), guard.isRefuseLoopback(), guard.isRefusePrivate()));
    }

    @Bean
    @ConditionalOnMissingBean
    ActionHostResolver echoerActionHostResolver() {
        return ActionHostResolver.system();
    }

    @Bean
    @ConditionalOnMissingBean
    EventBus echoerEventBus() {
        return new EventBus();
    }

    @Bean
    DefinitionStore echoerDefinitionStore(ProcessEngine engine) {
        return new DefinitionStore(engine.getRepositoryService(), new EngineCommands(engine));
    }

    @Bean
    StepDefinitions echoerStepDefinitions(ProcessEngine engine) {
        return new StepDefinitions(engine.getRepositoryService());
    }

    @Bean
    TransactionOperations echoerTransactions(PlatformTransactionManager transactionManager) {
        return new TransactionTemplate(transactionManager);
    }

    @Bean
    FlowRunStarter echoerFlowRunStarter(ProcessEngine engine, EventBus events, GroupCommit echoerGroupCommit) {
        return new FlowRunStarter(engine.getRuntimeService(), engine.getHistoryService(), engine.getManagementService(), events,
                echoerGroupCommit, new EngineCommands(engine));
    }

    @Bean
    ShapeDefinitions echoerShapeDefinitions(ProcessEngine engine) {
        return new ShapeDefinitions(engine.getRepositoryService());
    }

    @Bean
    FslSubmission echoerFslSubmission(FslCompiler compiler, DefinitionStore store, ShapeDefinitions shapes, ProcessEngine engine,
            FlowRunStarter starter, TransactionOperations echoerTransactions, ObjectMapper json) {
        return new FslSubmission(compiler, store, shapes, engine.getRepositoryService(), starter, echoerTransactions, json);
    }

    @Bean
    FlowRuns echoerFlowRuns(ProcessEngine engine, StepDefinitions steps, ObjectMapper json) {
        return new FlowRuns(engine.getHistoryService(), engine.getRuntimeService(), engine.getExternalTaskService(), steps, json);
    }

    @Bean
    FlowRunLifecycle echoerFlowRunLifecycle(FlowRuns runs, ProcessEngine engine, EventBus events) {
        return new FlowRunLifecycle(runs, engine.getRuntimeService(), engine.getHistoryService(), events);
    }

    @Bean
    FlowTemplates echoerFlowTemplates(DefinitionStore store, ProcessEngine engine, StepDefinitions steps, FlowRunStarter starter,
            ObjectMapper json) {
        return new FlowTemplates(store, engine.getRepositoryService(), steps, starter, json);
    }

    @Bean
    Diagrams echoerDiagrams(DefinitionStore store, ProcessEngine engine, FlowRuns runs, ObjectMapper json) {
        return new Diagrams(store, engine.getRepositoryService(), engine.getHistoryService(), engine.getExternalTaskService(), runs,
                json);
    }

    @Bean
    EventLog echoerEventLog(ProcessEngine engine, StepDefinitions steps) {
        return new EventLog(engine.getHistoryService(), steps);
    }

    @Bean
    Callbacks echoerCallbacks(ProcessEngine engine, StepDefinitions steps, ObjectMapper json, EventBus events,
            StepTimeouts echoerStepTimeouts, DeliveryRecorder echoerDeliveryRecorder, EchoerMetrics echoerMetrics,
            GroupCommit echoerGroupCommit) {
        return new Callbacks(echoerGroupCommit, engine.getHistoryService(), steps, json, events, echoerStepTimeouts,
                echoerDeliveryRecorder, echoerMetrics);
    }

    /** The transactions callbacks and run starts arriving together share. */
    @Bean
    GroupCommit echoerGroupCommit(ProcessEngine engine, EchoerMetrics echoerMetrics, EchoerProperties properties) {
        var commits = properties.getCallbacks();
        return new GroupCommit(engine, commits.getCommitters(), commits.getMaxBatch(),
                echoerMetrics::callbackBatch);
    }

    /** Meters in the application's registry when it has one (Actuator), else in one of their own. */
    @Bean
    EchoerMetrics echoerMetrics(ObjectProvider<MeterRegistry> registry, ProcessEngine engine) {
        return new EchoerMetrics(registry.getIfAvailable(SimpleMeterRegistry::new), engine.getExternalTaskService(),
                engine.getRuntimeService());
    }

    @Bean(destroyMethod = "shutdownNow")
    ExecutorService echoerDispatchExecutor(EchoerProperties properties) {
        CustomizableThreadFactory threads = new CustomizableThreadFactory("echoer-dispatch-");
        threads.setDaemon(true);
        return Executors.newFixedThreadPool(properties.getDispatch().getThreads(), threads);
    }

    @Bean
    @ConditionalOnMissingBean
    ActionClient echoerActionClient(EchoerProperties properties, ExecutorService echoerDispatchExecutor,
            ActionAddressPolicy echoerActionAddressPolicy, ActionHostResolver resolver) {
        EchoerProperties.Security security = properties.getSecurity();
        Map<String, String> headers = hasText(security.getCallbackSecret())
                ? Map.of(security.getCallbackSecretHeader(), security.getCallbackSecret()) : Map.of();
        return new HttpActionClient(properties.getDispatch().getConnectTimeout(), properties.getDispatch().getReadTimeout(),
                echoerDispatchExecutor, headers, new AddressGuard(echoerActionAddressPolicy, resolver));
    }

    @Bean(initMethod = "start", destroyMethod = "close")
    Dispatcher echoerDispatcher(ProcessEngine engine, StepDefinitions steps, ActionClient client, ObjectMapper json, EventBus events,
            DispatchSettings echoerDispatchSettings, ExecutorService echoerDispatchExecutor, ClaimedSteps echoerClaimedSteps,
            EchoerMetrics echoerMetrics, StepTimeouts echoerStepTimeouts, DeliveryRecorder echoerDeliveryRecorder,
            DrawnProcesses echoerDrawnProcesses) {
        return new Dispatcher(engine, echoerDispatchSettings,
                new Dispatcher.Steps(steps, echoerStepTimeouts, echoerClaimedSteps, echoerDrawnProcesses),
                new Dispatcher.Sending(client, json, echoerDispatchExecutor, echoerDeliveryRecorder),
                new Dispatcher.Reporting(events, echoerMetrics));
    }

    @Bean
    DeliveryRecorder echoerDeliveryRecorder(ProcessEngine engine, DispatchSettings echoerDispatchSettings,
            StepTimeouts echoerStepTimeouts) {
        return new DeliveryRecorder(new EngineCommands(engine), echoerDispatchSettings.workerId(),
                echoerStepTimeouts, deliveryRecordDelay(echoerDispatchSettings.lease()));
    }

    /** The dispatcher in {@code /actuator/health}, when the application has Actuator. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(HealthIndicator.class)
    static class Health {

        @Bean
        DispatcherHealthIndicator echoerDispatcherHealthIndicator(Dispatcher echoerDispatcher) {
            return new DispatcherHealthIndicator(echoerDispatcher);
        }
    }

    /** echoer's REST API, in a servlet web application. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @Import({FslController.class, DefinitionController.class, FlowRunController.class, StepController.class,
            WatchController.class, ErrorAdvice.class})
    static class Api {

        @Bean
        OpenStreams echoerOpenStreams() {
            return new OpenStreams();
        }

        @Bean
        FslBodies echoerFslBodies(ObjectMapper json, EchoerProperties properties) {
            return new FslBodies(json, properties.getLimits().getFslCharacters());
        }

        @Bean
        FilterRegistrationBean<RequestBodyLimitFilter> echoerRequestBodyLimit(ObjectMapper json, EchoerProperties properties) {
            var registration = new FilterRegistrationBean<>(new RequestBodyLimitFilter(properties.getLimits().getRequestBody(), json));
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
            return registration;
        }

        @Bean
        FilterRegistrationBean<NulCharacterFilter> echoerNulCharacters(ObjectMapper json) {
            var registration = new FilterRegistrationBean<>(new NulCharacterFilter(json));
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 21);
            return registration;
        }

        /**
         * Credentials for the API and the actuator (but health), when {@code echoer.security.enabled}; a server
         * nobody could use does not start.
         */
        @Bean
        @ConditionalOnProperty(name = "echoer.security.enabled", havingValue = "true")
        FilterRegistrationBean<ApiCredentialsFilter> echoerApiCredentials(ObjectMapper json, EchoerProperties properties,
                Environment environment) {
            EchoerProperties.Security security = properties.getSecurity();
            Map<String, String> users = new LinkedHashMap<>();
            security.getUsers().forEach((user, password) -> {
                if (hasText(password)) {
                    users.put(user, password);
                }
            });
            ApiCredentials credentials = new ApiCredentials(users,
                    security.getTokens().stream().filter(EchoerAutoConfiguration::hasText).toList());
            if (credentials.isEmpty()) {
                throw new MissingApiCredentialsException();
            }
            String actuator = environment.getProperty("management.endpoints.web.base-path", "/actuator");
            var registration = new FilterRegistrationBean<>(new ApiCredentialsFilter(credentials, json, actuator));
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
            return registration;
        }

        /** The callback secret, checked only when one is configured (an empty one is none). */
        @Bean
        FilterRegistrationBean<CallbackSecretFilter> echoerCallbackSecret(ObjectMapper json, EchoerProperties properties) {
            EchoerProperties.Security security = properties.getSecurity();
            var registration = new FilterRegistrationBean<>(
                    new CallbackSecretFilter(security.getCallbackSecretHeader(), String.valueOf(security.getCallbackSecret()), json));
            registration.setEnabled(hasText(security.getCallbackSecret()));
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
            return registration;
        }
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    /** A quarter of the lease at most: time enough for nearly every callback, far from the lease's end. */
    private static Duration deliveryRecordDelay(Duration lease) {
        Duration quarter = lease.dividedBy(4);
        return quarter.compareTo(Duration.ofSeconds(1)) < 0 ? quarter : Duration.ofSeconds(1);
    }

    private static String workerId(EchoerProperties.Dispatch dispatch) {
        if (dispatch.getWorkerId() != null && !dispatch.getWorkerId().isBlank()) {
            return dispatch.getWorkerId();
        }
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        return "echoer@" + host + "/" + UUID.randomUUID().toString().substring(0, 8);
    }
}
