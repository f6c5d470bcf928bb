package org.echoer.plugin.autoconfigure;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.echoer.fsl.FslCompiler;
import org.echoer.fsl.address.ActionAddressPolicy;
import org.echoer.plugin.definition.DefinitionStore;
import org.echoer.plugin.definition.ShapeDefinitions;
import org.echoer.plugin.engine.command.EngineCommands;
import org.echoer.plugin.run.FlowRunStarter;
import org.echoer.plugin.submit.FslSubmission;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/** FSL submission: compiling it with this server's limits, and storing the definitions it deploys. */
@Configuration(proxyBeanMethods = false)
final class DefinitionConfiguration {

    @Bean
    @ConditionalOnMissingBean
    FslCompiler fslCompiler(BpmnProperties bpmn, LimitsProperties limits, ActionAddressPolicy echoerActionAddressPolicy) {
        return new FslCompiler(bpmn.toOptions(), bpmn.toLayout(), DeploymentRules.of(limits, echoerActionAddressPolicy));
    }

    @Bean
    DefinitionStore echoerDefinitionStore(ProcessEngine engine) {
        return new DefinitionStore(engine.getRepositoryService(), new EngineCommands(engine));
    }

    @Bean
    ShapeDefinitions echoerShapeDefinitions(ProcessEngine engine) {
        return new ShapeDefinitions(engine.getRepositoryService());
    }

    @Bean
    TransactionOperations echoerTransactions(PlatformTransactionManager transactionManager) {
        return new TransactionTemplate(transactionManager);
    }

    @Bean
    FslSubmission echoerFslSubmission(FslCompiler compiler, DefinitionStore store, ShapeDefinitions shapes, ProcessEngine engine,
            FlowRunStarter starter, TransactionOperations echoerTransactions, ObjectMapper json) {
        return new FslSubmission(compiler, store, shapes, engine.getRepositoryService(), starter, echoerTransactions, json);
    }
}
