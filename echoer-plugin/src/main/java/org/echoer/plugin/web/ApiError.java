package org.echoer.plugin.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.echoer.fsl.check.Diagnostic;

/**
 * The error body of docs/api.md ("Errors"): {@code {"error", "message", "line", "column"}}, the position where
 * it applies, and for FSL every diagnostic.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(String error, String message, Integer line, Integer column, List<Diagnostic> diagnostics) {

    static ApiError of(String error, String message) {
        return new ApiError(error, message, null, null, null);
    }
}
