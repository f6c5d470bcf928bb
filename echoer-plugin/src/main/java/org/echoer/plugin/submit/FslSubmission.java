package org.echoer.plugin.submit;

import org.echoer.plugin.definition.DefinitionConflictException;
import org.echoer.plugin.definition.DefinitionStore;
import org.echoer.plugin.definition.ShapeDefinitions;
import org.echoer.plugin.definition.DefinitionKind;
import org.echoer.plugin.definition.StoredDefinition;
import org.echoer.plugin.definition.InvalidFslException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.echoer.fsl.CompilationResult;
import org.echoer.fsl.CompiledFlow;
import org.echoer.fsl.FslCompiler;
import org.echoer.fsl.ast.ActionDecl;
import org.echoer.fsl.ast.Document;
import org.echoer.fsl.ast.FlowDecl;
import org.echoer.fsl.ast.FlowKind;
import org.echoer.fsl.ast.Statement;
import org.echoer.fsl.check.ActionLookup;
import org.echoer.fsl.check.CheckContext;
import org.echoer.fsl.check.Diagnostic;
import org.echoer.fsl.check.DiagnosticCode;
import org.echoer.fsl.check.Severity;
import org.echoer.fsl.shape.FlowShape;
import org.echoer.plugin.run.FlowRunStarter;
import org.echoer.plugin.run.RunArguments;
import org.echoer.plugin.step.RunVariables;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Takes FSL from the API: checks the whole document against what is deployed, then deploys every
 * statement (and starts every flow run) in one transaction, so a document goes in whole or not at all.
 * A flow run runs on the process definition of its shape, deployed by the first run of that shape; a
 * document that changes no definition and only starts runs of known shapes deploys nothing and starts
 * them in the group commit that run starts and callbacks share.
 */
public final class FslSubmission {

    private final FslCompiler compiler;
    private final DefinitionStore store;
    private final ShapeDefinitions shapes;
    private final RepositoryService repository;
    private final FlowRunStarter starter;
    private final TransactionOperations transactions;
    private final ObjectMapper json;

    public FslSubmission(FslCompiler compiler, DefinitionStore store, ShapeDefinitions shapes, RepositoryService repository,
            FlowRunStarter starter, TransactionOperations transactions, ObjectMapper json) {
        this.compiler = compiler;
        this.store = store;
        this.shapes = shapes;
        this.repository = repository;
        this.starter = starter;
        this.transactions = transactions;
        this.json = json;
    }

    /** Checks and translates only; deploys nothing. */
    public CompilationResult check(String fsl) {
        return compiler.compile(fsl, OncePerDocument.lookup(store));
    }

    /**
     * @param onlyKind when present, the document must be exactly one statement of that kind (echoer's
     *     {@code POST /action}, {@code /flow}, {@code /flowrun})
     */
    public SubmissionResult submit(String fsl, Optional<DefinitionKind> onlyKind) {
        ActionLookup known = OncePerDocument.lookup(store);
        CompilationResult checked = compiler.check(fsl, known);
        if (checked.hasErrors()) {
            throw new InvalidFslException(checked.errors().get(0).message(), checked.diagnostics());
        }
        List<Statement> statements = checked.document().statements();
        if (statements.isEmpty()) {
            throw new InvalidFslException("the document holds no statement", List.of(
                    new Diagnostic(DiagnosticCode.UNEXPECTED_STATEMENT, Severity.ERROR, 1, 1, "the document holds no statement")));
        }
        onlyKind.ifPresent(kind -> requireSingleStatementOf(kind, statements));
        Map<String, PlannedRun> runs = plan(checked.document(), known);
        Optional<SubmissionResult> startedOnly = startOnly(checked, known, runs);
        if (startedOnly.isPresent()) {
            return startedOnly.get();
        }
        List<String> runNames = List.copyOf(runs.keySet());
        List<String> shapeKeys = runs.values().stream().map(run -> run.shape().key()).distinct().toList();
        // names held until the transaction has committed: a run of one of these names started meanwhile is seen
        return starter.withNamesHeld(runNames, () -> shapes.withFirstDeploymentsHeld(shapeKeys,
                () -> transactions.execute(status -> deployAll(checked, known, runs))));
    }

    /** One flow run of the document: its statement, its shape and the variables it starts with. */
    private record PlannedRun(FlowDecl flow, FlowShape shape, Map<String, Object> variables) {
    }

    private Map<String, PlannedRun> plan(Document document, ActionLookup known) {
        CheckContext actions = new CheckContext(document, known);
        Map<String, PlannedRun> runs = new LinkedHashMap<>();
        for (FlowDecl flow : document.flows()) {
            if (flow.kind() == FlowKind.FLOW_RUN) {
                Map<String, Map<String, Object>> arguments = RunArguments.of(flow, name -> actions.action(name).orElseThrow());
                runs.put(flow.name().value(), new PlannedRun(flow, compiler.shape(document, flow, known), variables(arguments)));
            }
        }
        return runs;
    }

    private Map<String, Object> variables(Map<String, Map<String, Object>> arguments) {
        if (arguments.isEmpty()) {
            return Map.of();
        }
        try {
            return Map.of(RunVariables.START_ARGS, json.writeValueAsString(arguments));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("checked argument values could not be written as JSON", e);
        }
    }

    /** The document's outcome when it changes no definition and every run's shape is deployed; empty otherwise. */
    private Optional<SubmissionResult> startOnly(CompilationResult checked, ActionLookup known, Map<String, PlannedRun> runs) {
        List<StatementOutcome> outcomes = new ArrayList<>();
        List<FlowRunStarter.RunStart> starts = new ArrayList<>();
        List<ShapeDefinitions.Deployed> definitions = new ArrayList<>();
        for (Statement statement : checked.document().statements()) {
            if (statement instanceof FlowDecl flow && flow.kind() == FlowKind.FLOW_RUN) {
                PlannedRun run = runs.get(flow.name().value());
                Optional<ShapeDefinitions.Deployed> deployed = shapes.find(run.shape());
                if (deployed.isEmpty()) {
                    return Optional.empty();
                }
                definitions.add(deployed.get());
                starts.add(new FlowRunStarter.RunStart(deployed.get().definitionId(), flow.name().value(), run.variables(),
                        flow.name().position()));
                outcomes.add(null); // filled in once the run has started
            } else {
                DefinitionKind kind = kindOf(statement);
                Optional<StoredDefinition> current = store.latest(kind, statement.name().value());
                Supplier<Optional<CompiledFlow>> translated = () -> statement instanceof FlowDecl flow
                        ? Optional.of(compiler.translate(checked.document(), flow, known))
                        : Optional.empty();
                if (current.isEmpty() || !isSame(current.get(), statement.source(), translated)) {
                    return Optional.empty();
                }
                outcomes.add(unchanged(current.get()));
            }
        }
        List<String> ids;
        try {
            ids = starter.startAll(starts);
        } catch (ProcessEngineException e) {
            if (!forgetDeletedShapes(runs, definitions)) {
                throw e;
            }
            return Optional.empty(); // deployed again, in a transaction of its own
        }
        Iterator<String> started = ids.iterator();
        Iterator<ShapeDefinitions.Deployed> on = definitions.iterator();
        for (int i = 0; i < outcomes.size(); i++) {
            if (outcomes.get(i) == null) {
                Statement run = checked.document().statements().get(i);
                outcomes.set(i, new StatementOutcome(DefinitionKind.FLOW_RUN, run.name().value(), "created", 1,
                        on.next().deploymentId(), started.next()));
            }
        }
        return Optional.of(new SubmissionResult(outcomes, checked.warnings()));
    }

    /** Whether a start failed because a shape's definition was deleted behind this node's back (through Cockpit, say). */
    private boolean forgetDeletedShapes(Map<String, PlannedRun> runs, List<ShapeDefinitions.Deployed> definitions) {
        boolean deleted = false;
        Iterator<PlannedRun> run = runs.values().iterator();
        for (ShapeDefinitions.Deployed definition : definitions) {
            FlowShape shape = run.next().shape();
            if (repository.createProcessDefinitionQuery().processDefinitionId(definition.definitionId()).count() == 0) {
                shapes.forget(shape);
                deleted = true;
            }
        }
        return deleted;
    }

    private SubmissionResult deployAll(CompilationResult checked, ActionLookup known, Map<String, PlannedRun> runs) {
        Document document = checked.document();
        List<StatementOutcome> outcomes = new ArrayList<>();
        for (Statement statement : document.statements()) {
            if (statement instanceof ActionDecl action) {
                outcomes.add(deployDefinition(DefinitionKind.ACTION, action.name().value(), action.source(), Optional.empty()));
            } else {
                FlowDecl flow = (FlowDecl) statement;
                outcomes.add(flow.kind() == FlowKind.FLOW
                        ? deployDefinition(DefinitionKind.FLOW, flow.name().value(), flow.source(),
                                Optional.of(() -> compiler.translate(document, flow, known)))
                        : deployShapeAndStartRun(document, known, runs.get(flow.name().value())));
            }
        }
        return new SubmissionResult(outcomes, checked.warnings());
    }

    private StatementOutcome deployDefinition(DefinitionKind kind, String name, String fsl, Optional<Supplier<CompiledFlow>> flow) {
        Optional<StoredDefinition> current = store.latest(kind, name);
        Optional<CompiledFlow> translated = flow.map(Supplier::get);
        if (current.isPresent() && isSame(current.get(), fsl, () -> translated)) {
            return unchanged(current.get());
        }
        translated.ifPresent(f -> requireProcessIdFree(f.processId(), kind.deploymentName(name)));
        var deployment = store.deploy(kind, name, fsl, translated);
        int version = current.map(c -> c.version() + 1).orElse(1);
        return new StatementOutcome(kind, name, current.isPresent() ? "updated" : "created", version, deployment.getId(), null);
    }

    private StatementOutcome deployShapeAndStartRun(Document document, ActionLookup known, PlannedRun run) {
        String name = run.flow().name().value();
        try {
            starter.claimName(name);
        } catch (DefinitionConflictException e) {
            throw e.at(run.flow().name().position());
        }
        ShapeDefinitions.Deployed deployed = shapes.deployIfAbsent(run.shape(),
                () -> compiler.translateShape(document, run.flow(), known, run.shape()));
        String instanceId = starter.startNameChecked(deployed.definitionId(), name, run.variables());
        return new StatementOutcome(DefinitionKind.FLOW_RUN, name, "created", 1, deployed.deploymentId(), instanceId);
    }

    /**
     * The same text, and for a flow the same BPMN: its actions may have changed since. The flow is translated
     * only when the text is the same.
     */
    private boolean isSame(StoredDefinition current, String fsl, Supplier<Optional<CompiledFlow>> translated) {
        return current.fsl().equals(fsl) && translated.get().map(flow -> store.holdsBpmn(current, flow)).orElse(true);
    }

    private static StatementOutcome unchanged(StoredDefinition same) {
        return new StatementOutcome(same.kind(), same.name(), "unchanged", same.version(), same.uuid(), null);
    }

    /** Two FSL names can map to one process id ("a b" and "a_b"): the second may not take over the first's versions. */
    private void requireProcessIdFree(String processId, String ownDeploymentName) {
        for (ProcessDefinition existing : repository.createProcessDefinitionQuery().processDefinitionKey(processId).latestVersion().list()) {
            String owner = repository.createDeploymentQuery().deploymentId(existing.getDeploymentId()).singleResult().getName();
            if (!ownDeploymentName.equals(owner)) {
                throw new DefinitionConflictException("process id '" + processId + "' is already used by "
                        + owner.replaceFirst("^echoer:", "").replace(':', ' '));
            }
        }
    }

    private static void requireSingleStatementOf(DefinitionKind kind, List<Statement> statements) {
        Statement first = statements.get(0);
        if (statements.size() > 1) {
            Statement second = statements.get(1);
            throw invalid(second, "POST /" + kind.path() + " takes one statement; use POST /fsl for a whole document");
        }
        if (kindOf(first) != kind) {
            throw invalid(first, "POST /" + kind.path() + " takes " + article(kind) + " statement, not "
                    + kindOf(first).path() + " '" + first.name().value() + "'");
        }
    }

    private static String article(DefinitionKind kind) {
        return kind == DefinitionKind.ACTION ? "an action" : kind == DefinitionKind.FLOW ? "a flow" : "a flow_run";
    }

    private static DefinitionKind kindOf(Statement statement) {
        if (statement instanceof ActionDecl) {
            return DefinitionKind.ACTION;
        }
        return ((FlowDecl) statement).kind() == FlowKind.FLOW ? DefinitionKind.FLOW : DefinitionKind.FLOW_RUN;
    }

    private static InvalidFslException invalid(Statement at, String message) {
        return new InvalidFslException(message, List.of(new Diagnostic(DiagnosticCode.UNEXPECTED_STATEMENT, Severity.ERROR,
                at.position().line(), at.position().column(), message)));
    }
}
