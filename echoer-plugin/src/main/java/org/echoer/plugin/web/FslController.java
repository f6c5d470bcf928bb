package org.echoer.plugin.web;

import java.util.Optional;
import org.echoer.fsl.CompilationResult;
import org.echoer.plugin.definition.DefinitionKind;
import org.echoer.plugin.definition.FslSubmission;
import org.echoer.plugin.definition.SubmissionResult;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** FSL in: echoer's one-statement endpoints, whole documents, and checking without deploying. */
@RestController
public class FslController {

    private final FslSubmission submission;
    private final FslBodies bodies;

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

    /** The answer of {@code POST /fsl/check}. */
    public record CheckResponse(boolean valid, java.util.List<org.echoer.fsl.check.Diagnostic> diagnostics,
            java.util.List<Process> processes) {

        /** One translated flow. */
        public record Process(String name, String processId, String bpmn) {
        }
    }

}
