package org.echoer.plugin.definition;

import org.echoer.plugin.engine.command.DeploymentVersion;
import org.echoer.plugin.engine.parse.GeneratedBpmnParseFactory;
import org.echoer.plugin.engine.command.EngineCommands;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.echoer.fsl.CompiledFlow;
import org.echoer.fsl.ast.ActionDecl;
import org.echoer.fsl.check.ActionLookup;
import org.echoer.fsl.parse.FslParser;

/**
 * Definitions live in the engine's own database: each version of an action, flow or flow run is one
 * Camunda deployment holding its FSL (and, for flows, the generated BPMN). No second store.
 */
public final class DefinitionStore implements ActionLookup {

    /** The deployment source, so Cockpit shows where a deployment came from. */
    public static final String SOURCE = GeneratedBpmnParseFactory.ECHOER_SOURCE;

    private final RepositoryService repository;
    private final EngineCommands commands;
    private final FslParser parser = new FslParser();
    private final Map<String, ActionDecl> actionsByDeploymentId = new ConcurrentHashMap<>();

    public DefinitionStore(RepositoryService repository, EngineCommands commands) {
        this.repository = repository;
        this.commands = commands;
    }

    /** The newest version, if any. */
    public Optional<StoredDefinition> latest(DefinitionKind kind, String name) {
        List<Deployment> versions = deployments(kind, name);
        if (versions.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(stored(kind, name, versions.get(versions.size() - 1), versions.size()));
    }

    /** The deployment id of the newest version, if any; reads no more than that. */
    public Optional<String> latestId(DefinitionKind kind, String name) {
        return latestDeployment(kind, name).map(DeploymentVersion::id);
    }

    /** Every version, oldest first. */
    public List<StoredDefinition> versions(DefinitionKind kind, String name) {
        List<Deployment> deployments = deployments(kind, name);
        List<StoredDefinition> versions = new ArrayList<>();
        for (int i = 0; i < deployments.size(); i++) {
            versions.add(stored(kind, name, deployments.get(i), i + 1));
        }
        return versions;
    }

    /** The newest version of every definition of a kind whose name contains {@code nameFilter}, by name. */
    public List<StoredDefinition> list(DefinitionKind kind, String nameFilter) {
        List<Deployment> all = repository.createDeploymentQuery()
                .deploymentNameLike(kind.deploymentNamePrefix() + "%")
                .orderByDeploymentTime().asc().orderByDeploymentId().asc()
                .list();
        Map<String, List<Deployment>> byName = new LinkedHashMap<>();
        for (Deployment deployment : all) {
            String name = deployment.getName().substring(kind.deploymentNamePrefix().length());
            if (nameFilter == null || name.contains(nameFilter)) {
                byName.computeIfAbsent(name, n -> new ArrayList<>()).add(deployment);
            }
        }
        return byName.entrySet().stream()
                .map(e -> stored(kind, e.getKey(), e.getValue().get(e.getValue().size() - 1), e.getValue().size()))
                .sorted(Comparator.comparing(StoredDefinition::name))
                .toList();
    }

    /** Deploys one new version. Joins the caller's transaction, so a whole document goes in or nothing does. */
    public DeploymentWithDefinitions deploy(DefinitionKind kind, String name, String fsl, Optional<CompiledFlow> flow) {
        latestDeployment(kind, name).ifPresent(DefinitionStore::waitForALaterMillisecond);
        DeploymentBuilder builder = repository.createDeployment()
                .name(kind.deploymentName(name))
                .source(SOURCE)
                .addString(DeploymentResources.fsl(kind), fsl);
        // as text: addModelInstance would check the generated model against the schema once more
        flow.ifPresent(f -> builder.addString(DeploymentResources.bpmn(f.processId()), f.bpmnXml()));
        return builder.deployWithResult();
    }

    /**
     * Whether the version was deployed with this BPMN: a flow posted again with the same text is still a new
     * version when one of its actions changed since (a new address, say), since its BPMN carries them.
     */
    public boolean holdsBpmn(StoredDefinition version, CompiledFlow flow) {
        try (InputStream in = repository.getResourceAsStream(version.uuid(), DeploymentResources.bpmn(flow.processId()))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).equals(flow.bpmnXml());
        } catch (NotFoundException missing) { // a version deployed without this process id's BPMN
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes every version, or only the one with that deployment id; with its process instances and history. */
    public boolean delete(DefinitionKind kind, String name, Optional<String> uuid) {
        List<Deployment> deployments = deployments(kind, name).stream()
                .filter(d -> uuid.map(d.getId()::equals).orElse(true))
                .toList();
        for (Deployment deployment : deployments) {
            repository.deleteDeployment(deployment.getId(), true, true, true);
            actionsByDeploymentId.remove(deployment.getId());
        }
        return !deployments.isEmpty();
    }

    @Override
    public Optional<ActionDecl> find(String actionName) {
        return latestDeployment(DefinitionKind.ACTION, actionName).map(deployment -> action(deployment.id()));
    }

    /** The newest version of each of these actions that exists, read with one statement; by name. */
    public Map<String, ActionDecl> findAll(Collection<String> actionNames) {
        List<String> deploymentNames = actionNames.stream().map(DefinitionKind.ACTION::deploymentName).toList();
        Map<String, ActionDecl> found = new HashMap<>();
        newestDeployments(deploymentNames).forEach((deploymentName, version) -> found.put(
                deploymentName.substring(DefinitionKind.ACTION.deploymentNamePrefix().length()), action(version.id())));
        return found;
    }

    /** A deployment never changes: each action version is parsed once. */
    private ActionDecl action(String deploymentId) {
        return actionsByDeploymentId.computeIfAbsent(deploymentId,
                id -> parser.parse(readFsl(id, DefinitionKind.ACTION)).document().actions().get(0));
    }

    /** The name of every deployed action, for suggesting one when a step misspells it. */
    @Override
    public Collection<String> names() {
        String prefix = DefinitionKind.ACTION.deploymentNamePrefix();
        return repository.createDeploymentQuery().deploymentNameLike(prefix + "%").orderByDeploymentId().asc().list().stream()
                .map(deployment -> deployment.getName().substring(prefix.length()))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Versions are ordered by deployment time, which has millisecond precision: two must not share one. */
    private static void waitForALaterMillisecond(DeploymentVersion previous) {
        long previousTime = previous.deployedAt().getTime();
        while (EngineCommands.now().getTime() <= previousTime) {
            Thread.onSpinWait();
        }
    }

    private Optional<DeploymentVersion> latestDeployment(DefinitionKind kind, String name) {
        String deploymentName = kind.deploymentName(name);
        return Optional.ofNullable(newestDeployments(List.of(deploymentName)).get(deploymentName));
    }

    private Map<String, DeploymentVersion> newestDeployments(List<String> deploymentNames) {
        return commands.newestDeployments(deploymentNames);
    }

    private List<Deployment> deployments(DefinitionKind kind, String name) {
        return repository.createDeploymentQuery().deploymentName(kind.deploymentName(name))
                .orderByDeploymentTime().asc().orderByDeploymentId().asc().list();
    }

    private StoredDefinition stored(DefinitionKind kind, String name, Deployment deployment, int version) {
        return new StoredDefinition(kind, name, deployment.getId(), version, deployment.getDeploymentTime(),
                readFsl(deployment.getId(), kind));
    }

    private String readFsl(String deploymentId, DefinitionKind kind) {
        try (InputStream in = repository.getResourceAsStream(deploymentId, DeploymentResources.fsl(kind))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
