package org.echoer.plugin.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import org.echoer.plugin.event.EchoerEvent;
import org.echoer.plugin.event.EventBus;
import org.echoer.plugin.run.EventLog;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** {@code GET /watch}: server-sent events as they happen; {@code GET /event}: the log, most recent first. */
@RestController
@Tag(name = "events", description = "What happens to flow runs, live and from history")
public class WatchController {

    private final EventBus bus;
    private final EventLog log;
    private final OpenStreams streams;

    public WatchController(EventBus bus, EventLog log, OpenStreams streams) {
        this.bus = bus;
        this.log = log;
        this.streams = streams;
    }

    /** One SSE event per thing that happens; {@code ?flowId=} narrows it to one flow run. */
    @GetMapping(value = "/watch", produces = "text/event-stream")
    @Operation(summary = "Server-sent events as they happen; ?flowId= narrows them to one flow run",
            description = "Each event's name is its type (FLOW_RUN_STARTED, STEP_DISPATCHED, STEP_ACKNOWLEDGED, FLOW_RUN_DONE, "
                    + "FLOW_RUN_STOPPED, FLOW_RUN_FAILED) and its data one JSON event. A comment line opens the stream.")
    @ApiResponse(responseCode = "200", description = "An endless stream of events", content = @Content(
            mediaType = "text/event-stream", schema = @Schema(implementation = EchoerEvent.class)))
    public SseEmitter watch(@RequestParam(required = false) String flowId) {
        SseEmitter emitter = new SseEmitter(0L);
        try {
            // answer at once: a client (EventSource's onopen) learns it is connected before any event
            emitter.send(SseEmitter.event().comment("watching" + (flowId != null ? " " + flowId : "")));
        } catch (IOException e) {
            emitter.completeWithError(e);
            return emitter;
        }
        Runnable[] unsubscribe = new Runnable[1];
        unsubscribe[0] = bus.subscribe(event -> {
            if (flowId != null && !flowId.equals(event.flowId())) {
                return;
            }
            try {
                emitter.send(SseEmitter.event().name(event.type()).data(event));
            } catch (IOException | IllegalStateException gone) {
                throw new IllegalStateException("watcher gone", gone);
            }
        });
        streams.add(emitter);
        Runnable end = () -> {
            unsubscribe[0].run();
            streams.remove(emitter);
        };
        emitter.onCompletion(end);
        emitter.onTimeout(end);
        emitter.onError(error -> end.run());
        return emitter;
    }

    @GetMapping("/event")
    @Operation(summary = "The same events from the engine's history, most recent first, paged")
    public List<EchoerEvent> events(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
        return Paging.offset(page, size).map(first -> log.page(first, size)).orElse(List.of());
    }
}
