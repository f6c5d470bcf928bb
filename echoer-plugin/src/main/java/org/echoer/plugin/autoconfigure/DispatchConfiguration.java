package org.echoer.plugin.autoconfigure;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.camunda.bpm.engine.ProcessEngine;
import org.echoer.fsl.address.ActionAddressPolicy;
import org.echoer.plugin.dispatch.ActionClient;
import org.echoer.plugin.dispatch.ActionHostResolver;
import org.echoer.plugin.dispatch.AddressGuard;
import org.echoer.plugin.dispatch.DeliveryRecorder;
import org.echoer.plugin.dispatch.DispatchSettings;
import org.echoer.plugin.dispatch.Dispatcher;
import org.echoer.plugin.dispatch.HttpActionClient;
import org.echoer.plugin.engine.command.EngineCommands;
import org.echoer.plugin.engine.parse.DrawnProcesses;
import org.echoer.plugin.engine.parse.StepDefinitions;
import org.echoer.plugin.event.EventBus;
import org.echoer.plugin.observe.EchoerMetrics;
import org.echoer.plugin.step.ClaimedSteps;
import org.echoer.plugin.step.StepTimeouts;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/** Sending steps to their actions: the dispatcher, its threads, the action client, step timeouts and deliveries. */
@Configuration(proxyBeanMethods = false)
final class DispatchConfiguration {

    @Bean
    DispatchSettings echoerDispatchSettings(DispatchProperties dispatch) {
        return dispatch.toSettings();
    }

    @Bean
    StepTimeouts echoerStepTimeouts(DispatchProperties dispatch) {
        return dispatch.toStepTimeouts();
    }

    @Bean(destroyMethod = "shutdownNow")
    ExecutorService echoerDispatchExecutor(DispatchProperties dispatch) {
        CustomizableThreadFactory threads = new CustomizableThreadFactory("echoer-dispatch-");
        threads.setDaemon(true);
        return Executors.newFixedThreadPool(dispatch.threads(), threads);
    }

    /** POSTs over HTTP with the callback secret; an application may give its own client. */
    @Bean
    @ConditionalOnMissingBean
    ActionClient echoerActionClient(DispatchProperties dispatch, SecurityProperties security, ExecutorService echoerDispatchExecutor,
            ActionAddressPolicy echoerActionAddressPolicy, ActionHostResolver resolver) {
        return new HttpActionClient(dispatch.connectTimeout(), dispatch.readTimeout(), echoerDispatchExecutor,
                security.dispatchHeaders(), new AddressGuard(echoerActionAddressPolicy, resolver));
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
            StepTimeouts echoerStepTimeouts, DispatchProperties dispatch) {
        return new DeliveryRecorder(new EngineCommands(engine), echoerDispatchSettings.workerId(), echoerStepTimeouts,
                dispatch.deliveryRecordDelay());
    }
}
