package org.echoer.plugin.engine.parse;

import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.RepositoryServiceImpl;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.echoer.fsl.bpmn.ExtensionProperties;
import org.echoer.plugin.engine.parse.StepDefinitions;

/**
 * The process definitions with steps that echoer did not generate: drawn in Modeler and deployed through
 * {@code /engine-rest} or Cockpit, without the version tag {@value ExtensionProperties#VERSION_TAG} that the
 * dispatcher's fetch of generated steps filters on. Its second fetch takes their steps by definition id, so
 * that the other external tasks of any process stay with their own workers.
 * <p>
 * A definition is known once this node parsed it: when it was deployed here, or when the engine loaded it
 * into its cache (a run started, a callback, Cockpit); {@link #discover} finds the ones deployed by
 * another node or before a restart from the steps that wait for a fetch.
 */
public final class DrawnProcesses extends AbstractBpmnParseListener {

    private final Set<String> definitionIds = ConcurrentHashMap.newKeySet();
    private final Set<String> looked = ConcurrentHashMap.newKeySet();

    @Override
    public void parseProcess(Element processElement, ProcessDefinitionEntity definition) {
        if (ExtensionProperties.VERSION_TAG.equals(definition.getVersionTag())
                || definition.getActivities().stream().noneMatch(StepDefinitions::isStep)) {
            return;
        }
        // the id is given after parsing, when the deployment stores the definition or matches the stored one
        Context.getCommandContext().getTransactionContext().addTransactionListener(TransactionState.COMMITTED, committed -> {
            if (definition.getId() != null) {
                definitionIds.add(definition.getId());
            }
        });
    }

    /** The ids of the definitions known to have steps, none of them echoer's own. */
    public String[] ids() {
        return definitionIds.toArray(String[]::new);
    }

    public boolean isEmpty() {
        return definitionIds.isEmpty();
    }

    /**
     * Looks at the definitions of steps no fetch took, each once: the ones with steps, other than echoer's own,
     * are added. Reads what the engine parsed (its cache), not the parse listener, which a node that did not
     * deploy them, or restarted since, has not run for them.
     */
    public void discover(Collection<String> processDefinitionIds, RepositoryService repository) {
        String[] fresh = processDefinitionIds.stream().distinct().filter(looked::add).toArray(String[]::new);
        if (fresh.length == 0) {
            return;
        }
        var parsed = (RepositoryServiceImpl) repository; // the engine's own service hands out parsed definitions
        for (ProcessDefinition definition : repository.createProcessDefinitionQuery().processDefinitionIdIn(fresh).list()) {
            if (!ExtensionProperties.VERSION_TAG.equals(definition.getVersionTag()) && parsed
                    .getDeployedProcessDefinition(definition.getId()).getActivities().stream().anyMatch(StepDefinitions::isStep)) {
                definitionIds.add(definition.getId());
            }
        }
    }
}
