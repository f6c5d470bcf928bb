package org.echoer.plugin.autoconfigure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How much one request may ask of the server; beyond, it is refused and nothing is deployed.
 *
 * @param requestBody Largest request body echoer's API reads; a larger one is answered 413.
 * @param fslCharacters Most characters in one FSL document; a longer one is answered 413.
 * @param stepsPerFlow Most steps in one flow or flow run; more is an FSL error at the first step too many.
 */
@ConfigurationProperties("echoer.limits")
public record LimitsProperties(
        @DefaultValue("1MB") DataSize requestBody,
        @DefaultValue("500000") int fslCharacters,
        @DefaultValue("2000") int stepsPerFlow) {
}
