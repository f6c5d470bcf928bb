package org.echoer.plugin.submit;

import org.echoer.plugin.definition.DefinitionKind;

/**
 * What a submission did with one statement.
 *
 * @param status {@code created}, {@code updated} (a new version) or {@code unchanged} (identical re-post)
 * @param uuid the deployment id of the version now current
 * @param processInstanceId for a flow run: the process instance it started
 */
public record StatementOutcome(DefinitionKind kind, String name, String status, int version, String uuid,
        String processInstanceId) {
}
