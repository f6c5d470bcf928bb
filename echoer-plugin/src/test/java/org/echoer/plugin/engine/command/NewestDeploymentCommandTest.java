package org.echoer.plugin.engine.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
    void findsTheNewestDeploymentOfEachNameAskedForAndNoOther() throws InterruptedException {
        deploy("echoer:action:a");
        Thread.sleep(5); // versions differ in time
        Deployment newestA = deploy("echoer:action:a");
        Deployment onlyC = deploy("echoer:action:c");
        deploy("echoer:action:ab");

        var found = configuration.getCommandExecutorTxRequired()
                .execute(new NewestDeploymentCommand(List.of("echoer:action:a", "echoer:action:b", "echoer:action:c")));

        assertThat(found).containsOnlyKeys("echoer:action:a", "echoer:action:c");
        assertThat(found.get("echoer:action:a").id()).isEqualTo(newestA.getId());
        assertThat(found.get("echoer:action:a").deployedAt()).isEqualTo(newestA.getDeploymentTime());
        assertThat(found.get("echoer:action:c").id()).isEqualTo(onlyC.getId());
        assertThat(configuration.getCommandExecutorTxRequired().execute(new NewestDeploymentCommand(List.of()))).isEmpty();
    }

    @Test
    void aNameWithManyVersionsGivesItsNewestOne() {
        Deployment newest = null;
        long start = System.currentTimeMillis();
        for (int version = 1; version <= 60; version++) {
            // versions a second apart, the newest neither first nor last in id order by chance alone
            ClockUtil.setCurrentTime(new Date(start + version * 1000L));
            newest = deploy("echoer:flow:busy");
            deploy("echoer:flow:other");
        }
        ClockUtil.reset();

        var found = configuration.getCommandExecutorTxRequired()
                .execute(new NewestDeploymentCommand(List.of("echoer:flow:busy", "echoer:flow:other")));

        assertThat(found.get("echoer:flow:busy").id()).isEqualTo(newest.getId());
        assertThat(found.get("echoer:flow:busy").deployedAt()).isEqualTo(new Date(start + 60_000L));
        assertThat(found.get("echoer:flow:other").deployedAt()).isEqualTo(new Date(start + 60_000L));
    }

    private Deployment deploy(String name) {
        return configuration.getProcessEngine().getRepositoryService().createDeployment().name(name)
                .addString("a.fsl", "action a").deploy();
    }
}
