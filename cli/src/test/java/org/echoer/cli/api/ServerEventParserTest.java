package org.echoer.cli.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServerEventParserTest {

    private final ServerEventParser parser = new ServerEventParser();

    @Test
    void readsNamedEventsAndSkipsComments() {
        List<ServerEvent> events = feed(":watching", "", "event:FLOW_RUN_STARTED", "data:{\"flowId\":\"r\"}", "",
                "event: STEP_DISPATCHED", "data: {\"a\":1}", "", "");

        assertThat(events).containsExactly(new ServerEvent("FLOW_RUN_STARTED", "{\"flowId\":\"r\"}"),
                new ServerEvent("STEP_DISPATCHED", "{\"a\":1}"));
    }

    @Test
    void joinsDataLinesAndDefaultsTheNameToMessage() {
        assertThat(feed("data: one", "data: two", "")).containsExactly(new ServerEvent("message", "one\ntwo"));
    }

    @Test
    void forgetsTheNameOfAnEventWithoutData() {
        assertThat(feed("event: X", "", "data: y", "")).containsExactly(new ServerEvent("message", "y"));
    }

    private List<ServerEvent> feed(String... lines) {
        List<ServerEvent> events = new ArrayList<>();
        for (String line : lines) {
            parser.accept(line).ifPresent(events::add);
        }
        return events;
    }
}
