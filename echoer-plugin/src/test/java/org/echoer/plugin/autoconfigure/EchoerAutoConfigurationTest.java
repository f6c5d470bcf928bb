package org.echoer.plugin.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.echoer.fsl.FslCompiler;
import org.echoer.plugin.callback.Callbacks;
import org.echoer.plugin.dispatch.ActionClient;
import org.echoer.plugin.dispatch.ActionHostResolver;
import org.echoer.plugin.dispatch.DispatchSettings;
import org.echoer.plugin.dispatch.Dispatcher;
import org.echoer.plugin.dispatch.DispatcherHealthIndicator;
import org.echoer.plugin.dispatch.HttpActionClient;
import org.echoer.plugin.engine.EchoerEnginePlugin;
import org.echoer.plugin.engine.TimeOrderedIds;
import org.echoer.plugin.engine.parse.DrawnProcesses;
import org.echoer.plugin.event.EventBus;
import org.echoer.plugin.run.FlowRuns;
import org.echoer.plugin.step.ClaimedSteps;
import org.echoer.plugin.step.StepTimeouts;
import org.echoer.plugin.submit.FslSubmission;
import org.echoer.plugin.web.FslController;
import org.echoer.plugin.web.StepController;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The auto-configuration on a real Camunda engine, built by the Camunda starter on an in-memory H2
 * database of its own: what it makes by default, and where it steps aside.
 */
class EchoerAutoConfigurationTest {

    private final ApplicationContextRunner runner = EngineContexts.withEngine(new ApplicationContextRunner());

    @Test
    void makesTheBridgeOnTheEngineTheCamundaStarterBuilds() {
        runner.run(context -> {
            assertThat(context).hasNotFailed()
                    .hasSingleBean(EchoerEnginePlugin.class)
                    .hasSingleBean(FslSubmission.class)
                    .hasSingleBean(FlowRuns.class)
                    .hasSingleBean(Dispatcher.class)
                    .hasSingleBean(Callbacks.class)
                    .hasSingleBean(EventBus.class)
                    .hasSingleBean(PostgresBatchInserts.class);
            assertThat(context.getBean(ActionClient.class)).isInstanceOf(HttpActionClient.class);
            ProcessEngine engine = context.getBean(ProcessEngine.class);
            assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getIdGenerator())
                    .as("the engine plugin was applied").isInstanceOf(TimeOrderedIds.class);
        });
    }

    @Test
    void givesTheSettingsToTheBeans() {
        runner.withPropertyValues("echoer.dispatch.worker-id=node-a", "echoer.dispatch.lock-on-create=false",
                "echoer.dispatch.step-timeouts.approval=2h").run(context -> {
                    DispatchSettings settings = context.getBean(DispatchSettings.class);
                    assertThat(settings.workerId()).isEqualTo("node-a");
                    assertThat(settings.minFetchGap()).isZero();
                    assertThat(context.getBean(StepTimeouts.class).of("approval")).isEqualTo(Duration.ofHours(2));
                });
    }

    @Test
    void stepsAsideForTheApplicationsOwnBeans() {
        runner.withUserConfiguration(ApplicationBeans.class).run(context -> {
            assertThat(context).hasNotFailed()
                    .hasSingleBean(EchoerEnginePlugin.class)
                    .hasSingleBean(ActionClient.class)
                    .hasSingleBean(EventBus.class)
                    .hasSingleBean(FslCompiler.class)
                    .hasSingleBean(ActionHostResolver.class)
                    .hasSingleBean(ObjectMapper.class);
            ApplicationBeans mine = context.getBean(ApplicationBeans.class);
            assertThat(context.getBean(EchoerEnginePlugin.class)).isSameAs(mine.plugin);
            assertThat(context.getBean(ActionClient.class)).isSameAs(mine.client);
            assertThat(context.getBean(EventBus.class)).isSameAs(mine.events);
            assertThat(context.getBean(FslCompiler.class)).isSameAs(mine.compiler);
            assertThat(context.getBean(ActionHostResolver.class)).isSameAs(mine.resolver);
            assertThat(context.getBean(ObjectMapper.class)).isSameAs(mine.json);
        });
    }

    @Test
    void leavesOutTheWebApiOutsideAWebApplication() {
        runner.run(context -> assertThat(context).hasNotFailed()
                .doesNotHaveBean(FslController.class)
                .doesNotHaveBean(StepController.class)
                .doesNotHaveBean(FilterRegistrationBean.class));
    }

    @Test
    void reportsTheDispatchersHealthWithActuator() {
        runner.run(context -> assertThat(context).hasSingleBean(DispatcherHealthIndicator.class));
    }

    @Test
    void leavesOutTheHealthIndicatorWithoutActuator() {
        runner.withClassLoader(new FilteredClassLoader(HealthIndicator.class))
                .run(context -> assertThat(context).hasNotFailed()
                        .hasSingleBean(Dispatcher.class)
                        .doesNotHaveBean(DispatcherHealthIndicator.class));
    }

    /** What an application of its own may give instead of echoer's. */
    @Configuration(proxyBeanMethods = false)
    static class ApplicationBeans {

        final EchoerEnginePlugin plugin = new EchoerEnginePlugin("my-node", Duration.ofMinutes(1), new ClaimedSteps(),
                new DrawnProcesses(), false);
        final ActionClient client = (step, body) -> CompletableFuture.failedFuture(new IllegalStateException("not sent"));
        final EventBus events = new EventBus();
        final FslCompiler compiler = new FslCompiler();
        final ActionHostResolver resolver = ActionHostResolver.system();
        final ObjectMapper json = new ObjectMapper();

        @Bean
        EchoerEnginePlugin myEnginePlugin() {
            return plugin;
        }

        @Bean
        ActionClient myActionClient() {
            return client;
        }

        @Bean
        EventBus myEventBus() {
            return events;
        }

        @Bean
        FslCompiler myFslCompiler() {
            return compiler;
        }

        @Bean
        ActionHostResolver myResolver() {
            return resolver;
        }

        @Bean
        ObjectMapper myObjectMapper() {
            return json;
        }
    }
}
