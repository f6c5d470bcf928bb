package org.echoer.cli.terminal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.echoer.cli.api.CliException;
import org.echoer.cli.api.EchoerApi;
import org.echoer.cli.api.ResourceType;

/**
 * The names of actions, flows and flow runs the server knows, for tab completion. Refreshed after
 * every change made from the prompt; a server that does not answer leaves the last names in place.
 */
final class KnownNames {

    private static final List<ResourceType> NAMED = List.of(ResourceType.ACTION, ResourceType.FLOW, ResourceType.FLOW_RUN);

    private final Function<ResourceType, List<String>> fetch;
    private volatile Map<ResourceType, List<String>> names = Map.of();

    /** @param fetch asks the server for the names of one type; may throw {@link CliException} */
    KnownNames(Function<ResourceType, List<String>> fetch) {
        this.fetch = fetch;
    }

    /** Names from the server's lists ({@code GET /action} and the like). */
    static KnownNames from(EchoerApi api) {
        return new KnownNames(type -> {
            List<String> list = new ArrayList<>();
            for (JsonNode item : api.list(type, Optional.empty())) {
                list.add(item.path("name").asText());
            }
            return List.copyOf(list);
        });
    }

    /** Fetches the lists; the failure, if the server could not be asked. */
    Optional<CliException> refresh() {
        Map<ResourceType, List<String>> fresh = new EnumMap<>(ResourceType.class);
        try {
            for (ResourceType type : NAMED) {
                fresh.put(type, fetch.apply(type));
            }
        } catch (CliException e) {
            return Optional.of(e);
        }
        names = Map.copyOf(fresh);
        return Optional.empty();
    }

    List<String> of(ResourceType type) {
        return names.getOrDefault(type == ResourceType.STEP ? ResourceType.FLOW_RUN : type, List.of());
    }
}
