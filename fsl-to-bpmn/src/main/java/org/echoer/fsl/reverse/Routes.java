package org.echoer.fsl.reverse;

import java.util.AbstractMap.SimpleEntry;
import java.util.List;
import java.util.Map;

/**
 * A step's ways out: the routes it names, or (one unconditional flow straight to another task) the
 * same target for every state its action reports, or the flow's end whatever the state.
 */
record Routes(List<Route> routes, String everyStateTarget, boolean endsWhateverState) {

    static Routes of(List<Route> routes) {
        return new Routes(List.copyOf(routes), null, false);
    }

    static Routes everyStateTo(String target) {
        return new Routes(List.of(), target, false);
    }

    static Routes endsWhatever() {
        return new Routes(List.of(), null, true);
    }

    List<String> states() {
        return routes.stream().map(Route::state).toList();
    }

    /** State and target pairs; an every-state route needs the action's states to spell them out. */
    List<Map.Entry<String, String>> transitions(List<String> declaredStates) {
        if (everyStateTarget != null) {
            return declaredStates.stream().<Map.Entry<String, String>>map(s -> new SimpleEntry<>(s, everyStateTarget)).toList();
        }
        return routes.stream().<Map.Entry<String, String>>map(r -> new SimpleEntry<>(r.state(), r.target())).toList();
    }
}
