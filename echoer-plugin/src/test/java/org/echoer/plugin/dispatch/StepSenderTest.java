package org.echoer.plugin.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.echoer.fsl.FslCompiler;
import org.echoer.fsl.address.ActionAddressPolicy;
import org.echoer.plugin.OneStepEngine;
import org.echoer.plugin.dispatch.InFlightLimit.Permit;
import org.echoer.plugin.engine.command.EngineCommands;
import org.echoer.plugin.engine.parse.StepDefinitions;
import org.echoer.plugin.event.EchoerEvent;
import org.echoer.plugin.event.EventBus;
import org.echoer.plugin.event.EventType;
import org.echoer.plugin.observe.EchoerMetrics;
import org.echoer.plugin.step.RunVariables;
import org.echoer.plugin.step.StepTimeouts;
import org.echoer.plugin.step.StepWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One step sent for real: a generated process on an in-memory engine, its POST over loopback HTTP to an
 * action that answers as told. The step is announced before its request arrives, and its permit comes back
 * exactly once, whatever the answer.
 */
class StepSenderTest {

    private static final String NODE = "node-a";

    private final List<EchoerEvent> events = new CopyOnWriteArrayList<>();
    private final List<String> seenOnArrival = new CopyOnWriteArrayList<>();
    private final List<Long> wakeUps = new CopyOnWriteArrayList<>();
    private final ExecutorService answers = Executors.newSingleThreadExecutor();
    private final InFlightLimit limit = new InFlightLimit(1);
    private volatile int status = 200;
    private ProcessEngine engine;
    private ExternalTaskService externalTasks;
    private HttpServer action;
    private DeliveryRecorder deliveries;
    private StepSender sender;
    private String definitionId;

    @BeforeEach
    void engineAndAction() throws IOException {
        engine = OneStepEngine.build("sender").getProcessEngine();
        externalTasks = engine.getExternalTaskService();
        action = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        action.createContext("/act", exchange -> {
            exchange.getRequestBody().readAllBytes();
            seenOnArrival.add(events.stream().map(EchoerEvent::type).toList().toString());
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        action.start();
        definitionId = deployOneStepFlow(address());
        EventBus bus = new EventBus();
        bus.subscribe(events::add);
        StepTimeouts timeouts = new StepTimeouts(Duration.ofHours(1), Map.of());
        deliveries = new DeliveryRecorder(new EngineCommands(engine), NODE, timeouts, Duration.ZERO);
        ActionClient client = new HttpActionClient(Duration.ofSeconds(1), Duration.ofSeconds(5), answers,
                new AddressGuard(ActionAddressPolicy.refusingNothing(), ActionHostResolver.system()));
        FailurePolicy policy = new FailurePolicy(new RetrySchedule(List.of(Duration.ofMillis(100), Duration.ofMillis(200))));
        sender = new StepSender(new StepDefinitions(engine.getRepositoryService()),
                new Dispatcher.Sending(client, new ObjectMapper(), answers, deliveries),
                new Dispatcher.Reporting(bus, new EchoerMetrics(new SimpleMeterRegistry(), externalTasks, engine.getRuntimeService())),
                policy, new StepFailures(externalTasks, NODE, bus, wakeUps::add));
    }

    @AfterEach
    void close() {
        action.stop(0);
        answers.shutdownNow();
        engine.close();
    }

    @Test
    void anAcceptedStepIsAnnouncedBeforeItsRequestArrivesAndWaitsForItsCallback() throws InterruptedException {
        StepWork work = lockedStep();

        sender.send(work, limit.take());

        await().atMost(Duration.ofSeconds(10)).until(() -> limit.free() == 1);
        assertThat(seenOnArrival).containsExactly("[STEP_DISPATCHED]");
        deliveries.recordDue();
        assertThat(engine.getRuntimeService().getVariableLocal(task(work).getExecutionId(), StepTimeouts.acceptedMarker(work.taskId())))
                .as("recorded as delivered").isNotNull();
        assertThat(events).extracting(EchoerEvent::type).containsExactly("STEP_DISPATCHED");
    }

    @Test
    void aStepNoAddressAcceptsIsTriedAgainAfterItsWait() throws InterruptedException {
        status = 503;
        StepWork work = lockedStep();

        sender.send(work, limit.take());

        await().atMost(Duration.ofSeconds(10)).until(() -> limit.free() == 1);
        ExternalTask failed = task(work);
        assertThat(failed.getRetries()).isEqualTo(2);
        assertThat(failed.getErrorMessage()).isEqualTo("action 'act' failed: " + address() + ": HTTP 503");
        assertThat(wakeUps).containsExactly(105L);
        assertThat(events).extracting(EchoerEvent::type).containsExactly("STEP_DISPATCHED");
    }

    @Test
    void aStepWhoseRequestCannotBeBuiltGivesItsPermitBackAtOnceAndBecomesAnIncident() throws InterruptedException {
        StepWork locked = lockedStep();
        StepWork unknownStep = new StepWork(locked.taskId(), locked.processDefinitionId(), "Step_Missing", locked.flowId(), null,
                null, null, locked.readyNanos());
        Permit permit = limit.take();

        sender.send(unknownStep, permit);

        assertThat(limit.free()).isEqualTo(1);
        assertThat(seenOnArrival).as("nothing sent").isEmpty();
        assertThat(task(locked).getRetries()).isZero();
        assertThat(task(locked).getErrorMessage()).isEqualTo("cannot build the request for step Step_Missing: "
                + "no service task 'Step_Missing' in the process");
        assertThat(events).extracting(EchoerEvent::type, EchoerEvent::flowId, EchoerEvent::stepName, EchoerEvent::uuid)
                .containsExactly(tuple(EventType.FLOW_RUN_FAILED.name(), "sender_run", "Step_Missing", locked.taskId()));
        permit.release();
        assertThat(limit.free()).as("given back once only").isEqualTo(1);
    }

    private String address() {
        return "http://127.0.0.1:" + action.getAddress().getPort() + "/act";
    }

    private StepWork lockedStep() {
        engine.getRuntimeService().startProcessInstanceById(definitionId, "sender_run");
        String topic = externalTasks.getTopicNames().get(0);
        LockedExternalTask task = externalTasks.fetchAndLock(1, NODE).topic(topic, 60_000)
                .variables(RunVariables.GLOBALS, RunVariables.START_ARGS).execute().get(0);
        return StepWork.of(task);
    }

    private ExternalTask task(StepWork work) {
        return externalTasks.createExternalTaskQuery().externalTaskId(work.taskId()).singleResult();
    }

    private String deployOneStepFlow(String address) {
        String fsl = """
                action act
                \taddr = "%s";
                \tmethod = http;
                \treturn = (OK);
                action_end
                /
                flow_run sender_run
                \tstep only => (OK->done) { action = "act"; };
                flow_run_end
                /
                """.formatted(address);
        return engine.getRepositoryService().createDeployment()
                .addModelInstance("sender.bpmn", new FslCompiler().compile(fsl).flows().get(0).model())
                .deployWithResult().getDeployedProcessDefinitions().get(0).getId();
    }
}
