package org.echoer.plugin.web;

import java.util.Optional;
import org.echoer.fsl.CompilationResult;
import org.echoer.fsl.CompiledFlow;
import org.echoer.fsl.layout.DiagramMarks;
import org.echoer.fsl.layout.SvgRenderer;
import org.echoer.plugin.definition.DefinitionKind;
import org.echoer.plugin.definition.FslSubmission;
import org.echoer.plugin.definition.InvalidFslException;
import org.echoer.plugin.definition.SubmissionResult;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** FSL in: echoer's one-statement endpoints, whole documents, checking without deploying, and a preview picture. */
@RestController
public class FslController {

    private final FslSubmission submission;
    private final FslBodies bodies;
    private final SvgRenderer svg = new SvgRenderer();

    public FslController(FslSubmission submission, FslBodies bodies) {
        this.submission = submission;
        this.bodies = bodies;
    }

    @PostMapping("/action")
    public SubmissionResult postAction(@RequestBody(required = false) byte[] body,
            @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String contentType) {
        return submission.submit(bodies.fsl(body, contentType), Optional.of(DefinitionKind.ACTION));
    }

    @PostMapping("/flow")
    public SubmissionResult postFlow(@RequestBody(required = false) byte[] body,
            @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String contentType) {
        return submission.submit(bodies.fsl(body, contentType), Optional.of(DefinitionKind.FLOW));
    }

    @PostMapping("/flowrun")
    public SubmissionResult postFlowRun(@RequestBody(required = false) byte[] body,
            @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String contentType) {
        return submission.submit(bodies.fsl(body, contentType), Optional.of(DefinitionKind.FLOW_RUN));
    }

    @PostMapping("/fsl")
    public SubmissionResult postDocument(@RequestBody(required = false) byte[] body,
            @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String contentType) {
        return submission.submit(bodies.fsl(body, contentType), Optional.empty());
    }

    /** Diagnostics and the translated processes' BPMN; deploys nothing. */
    @PostMapping("/fsl/check")
    public CheckResponse check(@RequestBody(required = false) byte[] body,
            @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String contentType) {
        CompilationResult result = submission.check(bodies.fsl(body, contentType));
        return new CheckResponse(!result.hasErrors(), result.diagnostics(),
                result.flows().stream().map(f -> new CheckResponse.Process(f.name(), f.processId(), f.bpmnXml())).toList());
    }

    /**
     * The diagram of a document not yet submitted (the studio's live preview): its first flow or flow run,
     * or the one named by {@code ?name=}. A document with errors is answered 400 with its diagnostics.
     * No {@code produces} on the mapping, so that errors still go out as the error JSON.
     */
    @PostMapping("/fsl/svg")
    public ResponseEntity<String> previewSvg(@RequestBody(required = false) byte[] body,
            @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
            @RequestParam(required = false) String name) {
        CompilationResult result = submission.check(bodies.fsl(body, contentType));
        if (result.hasErrors()) {
            throw new InvalidFslException(result.errors().get(0).message(), result.diagnostics());
        }
        boolean first = name == null || name.isEmpty();
        CompiledFlow flow = (first ? result.flows().stream().findFirst() : result.flow(name))
                .orElseThrow(() -> new BadRequestException(first
                        ? "the document holds no flow or flow_run to draw"
                        : "the document holds no flow or flow_run '" + name + "'"));
        String picture = svg.render(flow.model(), flow.processId(), DiagramMarks.none());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("image/svg+xml;charset=UTF-8")).body(picture);
    }

    /** The answer of {@code POST /fsl/check}. */
    public record CheckResponse(boolean valid, java.util.List<org.echoer.fsl.check.Diagnostic> diagnostics,
            java.util.List<Process> processes) {

        /** One translated flow. */
        public record Process(String name, String processId, String bpmn) {
        }
    }

}
