package org.echoer.plugin.autoconfigure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How callbacks ({@code POST /step}) and template run starts are committed.
 *
 * @param maxBatch Most callbacks and run starts committed in one transaction when they arrive together; 1: each alone.
 * @param committers Most of those transactions committing at the same time; what arrives meanwhile gathers for the next.
 */
@ConfigurationProperties("echoer.callbacks")
public record CallbackProperties(
        @DefaultValue("64") int maxBatch,
        @DefaultValue("1") int committers) {
}
