package org.echoer.webapp.startup;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.echoer.fsl.CompilationResult;
import org.echoer.fsl.CompiledFlow;
import org.echoer.fsl.FslCompiler;
import org.echoer.fsl.layout.DiagramMarks;
import org.echoer.fsl.layout.SvgRenderer;
import org.echoer.plugin.submit.FslSubmission;
import org.echoer.plugin.run.FlowRuns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;

/**
 * Compiles, lays out and draws the seed demo once in the background, the way the studio's first
 * {@code POST /fsl/svg} and a run's first picture would, and runs a run picture's engine queries: the
 * parser, checks, BPMN model, layout, SVG and query code is loaded and compiled before a user waits for
 * it. The drawing starts while the rest of the application starts (it needs no engine), the rest once
 * the application is ready; readiness waits for neither.
 * Through the application's own compiler, so the demo's layout is cached too: it is what newcomers
 * submit first.
 */
@Component
public class DiagramWarmUp implements ApplicationListener<ApplicationReadyEvent> {

    static final String DOCUMENT = "seed-demo.fsl";

    private static final Logger LOG = LoggerFactory.getLogger(DiagramWarmUp.class);

    /** No flow run has this name (it is not a valid FSL name), so the queries below find nothing. */
    private static final String NO_RUN = "-warm-up-";

    private final FslSubmission submission;
    private final FlowRuns runs;
    private final HistoryService history;
    private final ExternalTaskService externalTasks;
    private final CustomizableThreadFactory threads = new CustomizableThreadFactory("echoer-warm-up-");
    private final CompletableFuture<Duration> done = new CompletableFuture<>();
    private final long started = System.nanoTime();
    /** The drawing, begun as soon as this bean exists: the engine-free half of the warm-up. */
    private final CompletableFuture<Void> drawn;

    DiagramWarmUp(FslCompiler compiler, FslSubmission submission, FlowRuns runs, ProcessEngine engine) {
        this.submission = submission;
        this.runs = runs;
        this.history = engine.getHistoryService();
        this.externalTasks = engine.getExternalTaskService();
        threads.setDaemon(true);
        this.drawn = CompletableFuture.runAsync(() -> draw(compiler.compile(seedDemo())), this::inBackground);
    }

    /** A thread of its own for each half, a daemon: the warm-up must never keep the application from stopping. */
    private void inBackground(Runnable work) {
        threads.newThread(work).start();
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (done.isDone()) {
            return;
        }
        inBackground(this::run);
    }

    /** Completes with how long the warm-up took once it ran, or exceptionally when it failed. */
    public CompletableFuture<Duration> done() {
        return done;
    }

    private void run() {
        try {
            drawn.join();
            draw(submission.check(seedDemo())); // the same again through the server's action lookup, layout cached
            queryLikeARunPage();
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            LOG.info("diagram warm-up done, {} ms after it began", took.toMillis());
            done.complete(took);
        } catch (RuntimeException e) { // CompletionException included
            // the pictures are then only slower the first time; nothing else depends on this
            LOG.warn("diagram warm-up failed", e);
            done.completeExceptionally(e);
        }
    }

    private static void draw(CompilationResult result) {
        CompiledFlow flow = result.flows().stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("the warm-up document holds no flow: " + result.diagnostics()));
        SvgRenderer svg = new SvgRenderer();
        // POST /fsl/svg: the compiled model, no marks
        svg.render(flow.model(), flow.processId(), DiagramMarks.none());
        // GET /flowrun/{name}/svg: the model read back from its XML, as the engine hands it over, with marks
        BpmnModelInstance deployed = Bpmn.readModelFromStream(new ByteArrayInputStream(flow.bpmnXml().getBytes(StandardCharsets.UTF_8)));
        String firstStep = deployed.getModelElementsByType(ServiceTask.class).iterator().next().getId();
        svg.render(deployed, flow.processId(), new DiagramMarks(Set.of(firstStep), Set.of()));
    }

    /** The engine queries of a run's picture, each run once on nothing: their SQL mapping is then prepared. */
    private void queryLikeARunPage() {
        runs.find(NO_RUN);
        history.createHistoricActivityInstanceQuery().processInstanceId(NO_RUN).list();
        externalTasks.createExternalTaskQuery().processInstanceId(NO_RUN).list();
    }

    private static String seedDemo() {
        try (InputStream in = DiagramWarmUp.class.getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException(DOCUMENT + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
