package org.echoer.bench.baseline.floor;

import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /baseline/floor}: runs one floor measurement and answers its result when it is over. */
@RestController
@ConditionalOnProperty(name = "baseline.mode", havingValue = "floor")
final class FloorController {

    private final FloorRunner runner;

    FloorController(FloorRunner runner) {
        this.runner = runner;
    }

    @PostMapping("/baseline/floor")
    FloorResult run(@RequestBody FloorRequest request) throws InterruptedException {
        return runner.run(request);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, String>> badRequest(IllegalArgumentException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("error", "bad request", "message",
                String.valueOf(e.getMessage())));
    }
}
