package org.echoer.plugin.autoconfigure;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.echoer.plugin.callback.Callbacks;
import org.echoer.plugin.dispatch.DeliveryRecorder;
import org.echoer.plugin.engine.command.GroupCommit;
import org.echoer.plugin.engine.parse.StepDefinitions;
import org.echoer.plugin.event.EventBus;
import org.echoer.plugin.observe.EchoerMetrics;
import org.echoer.plugin.step.StepTimeouts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Callbacks ({@code POST /step}) and the group commit they share with template run starts. */
@Configuration(proxyBeanMethods = false)
final class CallbackConfiguration {

    /** The transactions callbacks and run starts arriving together share. */
    @Bean
    GroupCommit echoerGroupCommit(ProcessEngine engine, EchoerMetrics echoerMetrics, CallbackProperties callbacks) {
        return new GroupCommit(engine, callbacks.committers(), callbacks.maxBatch(), echoerMetrics::callbackBatch);
    }

    @Bean
    Callbacks echoerCallbacks(ProcessEngine engine, StepDefinitions steps, ObjectMapper json, EventBus events,
            StepTimeouts echoerStepTimeouts, DeliveryRecorder echoerDeliveryRecorder, EchoerMetrics echoerMetrics,
            GroupCommit echoerGroupCommit) {
        return new Callbacks(echoerGroupCommit, engine.getHistoryService(), steps, json, events, echoerStepTimeouts,
                echoerDeliveryRecorder, echoerMetrics);
    }
}
