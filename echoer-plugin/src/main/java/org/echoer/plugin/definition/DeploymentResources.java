package org.echoer.plugin.definition;

/** Resource names inside an echoer deployment. */
public final class DeploymentResources {

    private DeploymentResources() {
    }

    /** The FSL statement, as submitted. */
    public static String fsl(DefinitionKind kind) {
        return "definition." + kind.path() + ".fsl";
    }

    /** The generated BPMN (flows and flow runs only). */
    public static String bpmn(String processId) {
        return processId + ".bpmn";
    }
}
