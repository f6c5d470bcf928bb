package org.echoer.plugin.autoconfigure;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.echoer.plugin.definition.DefinitionStore;
import org.echoer.plugin.engine.command.EngineCommands;
import org.echoer.plugin.engine.command.GroupCommit;
import org.echoer.plugin.engine.parse.StepDefinitions;
import org.echoer.plugin.event.EventBus;
import org.echoer.plugin.run.Diagrams;
import org.echoer.plugin.run.EventLog;
import org.echoer.plugin.run.FlowRunLifecycle;
import org.echoer.plugin.run.FlowRunStarter;
import org.echoer.plugin.run.FlowRuns;
import org.echoer.plugin.run.FlowTemplates;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Flow runs: starting them, reading them and their diagrams, pausing, stopping and deleting them. */
@Configuration(proxyBeanMethods = false)
final class RunConfiguration {

    @Bean
    FlowRunStarter echoerFlowRunStarter(ProcessEngine engine, EventBus events, GroupCommit echoerGroupCommit) {
        return new FlowRunStarter(engine.getRuntimeService(), engine.getHistoryService(), engine.getManagementService(), events,
                echoerGroupCommit, new EngineCommands(engine));
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
}
