package org.echoer.plugin.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;
import org.echoer.fsl.CompilationResult;
import org.echoer.fsl.CompiledFlow;
import org.echoer.fsl.layout.DiagramMarks;
import org.echoer.fsl.layout.SvgRenderer;
import org.echoer.plugin.definition.DefinitionKind;
import org.echoer.plugin.submit.FslSubmission;
import org.echoer.plugin.definition.InvalidFslException;
import org.echoer.plugin.submit.SubmissionResult;
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
@Tag(name = "fsl", description = "FSL in: statements, whole documents, checks and previews")
public class FslController {

    private final FslSubmission submission;
    private final FslBodies bodies;
    private final SvgRenderer svg = new SvgRenderer();

    public FslController(FslSubmission submission, FslBodies bodies) {
        this.submission = submission;
        this.bodies = bodies;
    }

    @PostMapping("/action")
    @Operation(summary = "One action statement; an identical re-post changes nothing, a changed one deploys a new version")
    public SubmissionResult postAction(@RequestBody(required = false) @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
            description = "FSL as {\"data\": \"<FSL>\"} or as text/plain", content = {@Content(mediaType = "application/json",
                    schema = @Schema(implementation = ApiSchemas.FslDocument.class)), @Content(mediaType = "text/plain",
                            schema = @Schema(type = "string"))}) byte[] body,
            @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String contentType) {
        return submission.submit(bodies.fsl(body, contentType), Optional.of(DefinitionKind.ACTION));
    }

    @PostMapping("/flow")
    @Operation(summary = "One flow (template) statement")
    public SubmissionResult postFlow(@RequestBody(required = false) @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
            description = "FSL as {\"data\": \"<FSL>\"} or as text/plain", content = {@Content(mediaType = "application/json",
                    schema = @Schema(implementation = ApiSchemas.FslDocument.class)), @Content(mediaType = "text/plain",
                            schema = @Schema(type = "string"))}) byte[] body,
            @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String contentType) {
        return submission.submit(bodies.fsl(body, contentType), Optional.of(DefinitionKind.FLOW));
    }

    @PostMapping("/flowrun")
    @Operation(summary = "One flow_run statement: deployed and started at once; an existing name is 409")
    public SubmissionResult postFlowRun(@RequestBody(required = false) @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
            description = "FSL as {\"data\": \"<FSL>\"} or as text/plain", content = {@Content(mediaType = "application/json",
                    schema = @Schema(implementation = ApiSchemas.FslDocument.class)), @Content(mediaType = "text/plain",
                            schema = @Schema(type = "string"))}) byte[] body,
            @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String contentType) {
        return submission.submit(bodies.fsl(body, contentType), Optional.of(DefinitionKind.FLOW_RUN));
    }

    @PostMapping("/fsl")
    @Operation(summary = "A whole document: everything checked first, then all deployed in one transaction, or nothing")
    @ApiResponse(responseCode = "200", description = "What happened to each statement, and the warnings",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SubmissionResult.class)))
    @ApiResponse(responseCode = "400", description = "Bad FSL: the first error's position and every diagnostic",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "413", description = "Over a limit (body size, characters, steps)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "415", description = "Neither JSON nor text",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    public SubmissionResult postDocument(@RequestBody(required = false) @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
            description = "FSL as {\"data\": \"<FSL>\"} or as text/plain", content = {@Content(mediaType = "application/json",
                    schema = @Schema(implementation = ApiSchemas.FslDocument.class)), @Content(mediaType = "text/plain",
                            schema = @Schema(type = "string"))}) byte[] body,
            @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String contentType) {
        return submission.submit(bodies.fsl(body, contentType), Optional.empty());
    }

    /** Diagnostics and the translated processes' BPMN; deploys nothing. */
    @PostMapping("/fsl/check")
    @Operation(summary = "Checks a document and translates it to BPMN; deploys nothing",
            description = "Errors in the FSL are part of the answer (valid false, with diagnostics), not a 400.")
    public CheckResponse check(@RequestBody(required = false) @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
            description = "FSL as {\"data\": \"<FSL>\"} or as text/plain", content = {@Content(mediaType = "application/json",
                    schema = @Schema(implementation = ApiSchemas.FslDocument.class)), @Content(mediaType = "text/plain",
                            schema = @Schema(type = "string"))}) byte[] body,
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
    @Operation(summary = "The diagram (SVG) of a document's first flow or flow run, or ?name=; deploys nothing")
    @ApiResponse(responseCode = "200", description = "The diagram", content = @Content(mediaType = "image/svg+xml",
            schema = @Schema(type = "string")))
    public ResponseEntity<String> previewSvg(@RequestBody(required = false) @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
            description = "FSL as {\"data\": \"<FSL>\"} or as text/plain", content = {@Content(mediaType = "application/json",
                    schema = @Schema(implementation = ApiSchemas.FslDocument.class)), @Content(mediaType = "text/plain",
                            schema = @Schema(type = "string"))}) byte[] body,
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
    @Schema(description = "Whether the document is valid, every diagnostic, and each flow's BPMN")
    public record CheckResponse(boolean valid, java.util.List<org.echoer.fsl.check.Diagnostic> diagnostics,
            java.util.List<Process> processes) {

        /** One translated flow. */
        public record Process(String name, String processId, String bpmn) {
        }
    }

}
