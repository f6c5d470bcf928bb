package org.echoer.plugin.definition;

import java.util.Date;

/**
 * One deployed version of an action, flow or flow run: its Camunda deployment and the FSL it came from.
 *
 * @param uuid the deployment id, which echoer's delete shape names
 * @param version 1 for the first deployment of this name, then counting up
 */
public record StoredDefinition(DefinitionKind kind, String name, String uuid, int version, Date deployedAt, String fsl) {
}
