package org.echoer.plugin.definition;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.Deployment;
import org.echoer.plugin.OneStepEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A real engine on in-memory H2. */
class NewestDeploymentCommandTest {

    private ProcessEngineConfigurationImpl configuration;

    @BeforeEach
    void startEngine() {
        configuration = OneStepEngine.build("newest_deployment");
    }

    @AfterEach
    void close() {
        configuration.getProcessEngine().close();
    }

    @Test
    void findsTheNewestDeploymentOfOneNameOnly() throws InterruptedException {
        deploy("echoer:action:a");
        Thread.sleep(5); // versions differ in time
        Deployment newest = deploy("echoer:action:a");
        deploy("echoer:action:ab");

        var found = configuration.getCommandExecutorTxRequired().execute(new NewestDeploymentCommand("echoer:action:a"));

        assertThat(found).hasValueSatisfying(version -> {
            assertThat(version.id()).isEqualTo(newest.getId());
            assertThat(version.deployedAt()).isEqualTo(newest.getDeploymentTime());
        });
        assertThat(configuration.getCommandExecutorTxRequired().execute(new NewestDeploymentCommand("echoer:action:b"))).isEmpty();
    }

    private Deployment deploy(String name) {
        return configuration.getProcessEngine().getRepositoryService().createDeployment().name(name)
                .addString("a.fsl", "action a").deploy();
    }
}
