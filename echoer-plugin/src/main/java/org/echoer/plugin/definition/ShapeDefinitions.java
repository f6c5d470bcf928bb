package org.echoer.plugin.definition;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.echoer.fsl.CompiledFlow;
import org.echoer.fsl.shape.FlowShape;
import org.echoer.plugin.concurrent.KeyLocks;

/**
 * The process definitions {@code flow_run}s run on: one per shape (see {@link FlowShape}), deployed by the
 * first run of that shape and found by its key afterwards. Later runs of a shape, on any node, start from
 * it without a deployment (and without Camunda's cluster-wide deployment lock). Shapes are never deleted
 * with a run: other runs may use them, and the repository grows with the number of shapes, not of runs.
 */
public final class ShapeDefinitions {

    /** The deployment that holds one shape, named so that Cockpit's deployments view says what it is. */
    static final String DEPLOYMENT_PREFIX = "echoer:shape:";
    /** Shapes whose definition id is kept on this node; looking one up again costs one query. */
    static final int KEPT_SHAPES = 1000;

    /** A shape's process definition and the deployment holding it. */
    public record Deployed(String definitionId, String deploymentId) {
    }

    private final RepositoryService repository;
    private final Map<String, Deployed> byKey;
    /** One first deployment of a shape at a time on this node; across nodes Camunda's deployment lock orders them. */
    private final KeyLocks firstDeployments = new KeyLocks();

    public ShapeDefinitions(RepositoryService repository) {
        this(repository, KEPT_SHAPES);
    }

    ShapeDefinitions(RepositoryService repository, int keptShapes) {
        this.repository = repository;
        this.byKey = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Deployed> eldest) {
                return size() > keptShapes;
            }
        });
    }

    /** The shape's committed definition, if it has been deployed. Call it outside a transaction that may deploy it. */
    public Optional<Deployed> find(FlowShape shape) {
        Deployed known = byKey.get(shape.key());
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Deployed> found = query(shape.key());
        found.ifPresent(deployed -> byKey.put(shape.key(), deployed));
        return found;
    }

    /** Forgets what this node knew of a shape: its definition was deleted (through Cockpit, say). */
    public void forget(FlowShape shape) {
        byKey.remove(shape.key());
    }

    /**
     * The shape's definition, deployed first when there is none yet. Joins the caller's transaction; the
     * caller holds the shape with {@link #withFirstDeploymentsHeld} around that whole transaction.
     */
    public Deployed deployIfAbsent(FlowShape shape, Supplier<CompiledFlow> process) {
        Optional<Deployed> existing = query(shape.key());
        if (existing.isPresent()) {
            return existing.get();
        }
        CompiledFlow compiled = process.get();
        DeploymentWithDefinitions deployment = repository.createDeployment()
                .name(DEPLOYMENT_PREFIX + shape.key())
                .source(DefinitionStore.SOURCE)
                // another node may have deployed the same shape while this one waited for the deployment lock
                .enableDuplicateFiltering(false)
                .addString(DeploymentResources.bpmn(compiled.processId()), compiled.bpmnXml())
                .deployWithResult();
        List<ProcessDefinition> deployed = deployment.getDeployedProcessDefinitions();
        if (deployed != null && !deployed.isEmpty()) {
            return new Deployed(deployed.get(0).getId(), deployment.getId());
        }
        return query(shape.key()).orElseThrow(() -> new IllegalStateException("shape " + shape.key() + " was not deployed"));
    }

    /** Runs the work while no other first deployment of these shapes runs on this node; around a whole transaction. */
    public <T> T withFirstDeploymentsHeld(Collection<String> shapeKeys, Supplier<T> work) {
        return firstDeployments.withLocks(shapeKeys, work);
    }

    private Optional<Deployed> query(String key) {
        ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
                .singleResult();
        return Optional.ofNullable(definition).map(d -> new Deployed(d.getId(), d.getDeploymentId()));
    }
}
