package org.echoer.plugin.web;

import java.util.List;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.echoer.fsl.ast.SourcePosition;
import org.echoer.fsl.check.Diagnostic;
import org.echoer.plugin.definition.DefinitionConflictException;
import org.echoer.plugin.definition.InvalidFslException;
import org.echoer.plugin.run.FlowRunNotFoundException;
import org.echoer.plugin.run.InvalidStartException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Maps failures to the error JSON of docs/api.md ("Errors"). Bad input is a 4xx with a reason, never a stack trace. */
@RestControllerAdvice(basePackageClasses = ErrorAdvice.class)
public class ErrorAdvice {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorAdvice.class);

    @ExceptionHandler(InvalidFslException.class)
    ResponseEntity<ApiError> invalidFsl(InvalidFslException e) {
        List<Diagnostic> diagnostics = e.diagnostics();
        Diagnostic first = diagnostics.stream().filter(Diagnostic::isError).findFirst().orElse(null);
        String message = first != null ? first.message() : e.getMessage();
        return ResponseEntity.badRequest().body(new ApiError("invalid FSL", message,
                first != null ? first.line() : null, first != null ? first.column() : null, diagnostics));
    }

    @ExceptionHandler({BadRequestException.class, InvalidStartException.class, MissingServletRequestParameterException.class,
            MethodArgumentTypeMismatchException.class})
    ResponseEntity<ApiError> badRequest(Exception e) {
        return status(HttpStatus.BAD_REQUEST, "bad request", e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLargeException tooLarge) {
                return status(HttpStatus.PAYLOAD_TOO_LARGE, "payload too large", tooLarge.getMessage());
            }
        }
        return status(HttpStatus.BAD_REQUEST, "bad request", "the body cannot be read as JSON of the expected shape");
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ResponseEntity<ApiError> tooLarge(PayloadTooLargeException e) {
        return status(HttpStatus.PAYLOAD_TOO_LARGE, "payload too large", e.getMessage());
    }

    @ExceptionHandler({UnsupportedBodyException.class, HttpMediaTypeNotSupportedException.class})
    ResponseEntity<ApiError> unsupported(Exception e) {
        return status(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported media type", e.getMessage());
    }

    @ExceptionHandler(FlowRunNotFoundException.class)
    ResponseEntity<ApiError> notFound(FlowRunNotFoundException e) {
        return status(HttpStatus.NOT_FOUND, "not found", e.getMessage());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ApiError> noSuchPath(NoResourceFoundException e) {
        return status(HttpStatus.NOT_FOUND, "not found", "no such path: /" + e.getResourcePath());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e) {
        return status(HttpStatus.METHOD_NOT_ALLOWED, "method not allowed", e.getMessage());
    }

    @ExceptionHandler(DefinitionConflictException.class)
    ResponseEntity<ApiError> conflict(DefinitionConflictException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(new ApiError("conflict", e.getMessage(),
                e.position().map(SourcePosition::line).orElse(null), e.position().map(SourcePosition::column).orElse(null), null));
    }

    @ExceptionHandler(OptimisticLockingException.class)
    ResponseEntity<ApiError> busy(OptimisticLockingException e) {
        return status(HttpStatus.CONFLICT, "conflict", "the flow run changed at the same moment; send the request again");
    }

    static ResponseEntity<ApiError> status(HttpStatus status, String error, String message) {
        return ResponseEntity.status(status).body(ApiError.of(error, message));
    }

    /** A watcher went away: nothing to answer, nothing to report. */
    @ExceptionHandler(org.springframework.web.context.request.async.AsyncRequestNotUsableException.class)
    void clientGone() {
        // the connection is closed; writing an error body would fail again
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e) {
        if (DatabaseUnavailable.causes(e)) {
            LOG.warn("request refused, the database cannot be reached: {}", e.toString());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "5")
                    .body(ApiError.of("service unavailable", "the database cannot be reached;"
                            + " send the request again in a few seconds"));
        }
        LOG.error("request failed", e);
        return status(HttpStatus.INTERNAL_SERVER_ERROR, "internal error", "the server failed on this request; see its log");
    }
}
