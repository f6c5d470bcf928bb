package org.echoer.plugin.definition;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.echoer.fsl.CompilationResult;
import org.echoer.fsl.CompiledFlow;
import org.echoer.fsl.FslCompiler;
import org.echoer.fsl.ast.ActionDecl;
import org.echoer.fsl.ast.FlowDecl;
import org.echoer.fsl.ast.FlowKind;
import org.echoer.fsl.ast.Statement;
import org.echoer.fsl.check.ActionLookup;
import org.echoer.fsl.check.Diagnostic;
import org.echoer.fsl.check.DiagnosticCode;
import org.echoer.fsl.check.Severity;
import org.echoer.plugin.run.FlowRunStarter;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Takes FSL from the API: checks the whole document against what is deployed, then deploys every
 * statement (and starts every flow run) in one transaction, so a document goes in whole or not at all.
 */
public final class FslSubmission {

    private final FslCompiler compiler;
    private final DefinitionStore store;
    private final RepositoryService repository;
    private final FlowRunStarter starter;
    private final TransactionOperations transactions;

    public FslSubmission(FslCompiler compiler, DefinitionStore store, RepositoryService repository, FlowRunStarter starter,
            TransactionOperations transactions) {
        this.compiler = compiler;
        this.store = store;
        this.repository = repository;
        this.starter = starter;
        this.transactions = transactions;
    }

    /** Checks and translates only; deploys nothing. */
    public CompilationResult check(String fsl) {
        return compiler.compile(fsl, onceEach(store));
    }

    /**
     * @param onlyKind when present, the document must be exactly one statement of that kind (echoer's
     *     {@code POST /action}, {@code /flow}, {@code /flowrun})
     */
    public SubmissionResult submit(String fsl, Optional<DefinitionKind> onlyKind) {
        CompilationResult compiled = compiler.compile(fsl, onceEach(store));
        if (compiled.hasErrors()) {
            throw new InvalidFslException(compiled.errors().get(0).message(), compiled.diagnostics());
        }
        List<Statement> statements = compiled.document().statements();
        if (statements.isEmpty()) {
            throw new InvalidFslException("the document holds no statement", List.of(
                    new Diagnostic(DiagnosticCode.UNEXPECTED_STATEMENT, Severity.ERROR, 1, 1, "the document holds no statement")));
        }
        onlyKind.ifPresent(kind -> requireSingleStatementOf(kind, statements));
        List<String> runNames = statements.stream()
                .filter(statement -> statement instanceof FlowDecl flow && flow.kind() == FlowKind.FLOW_RUN)
                .map(statement -> statement.name().value())
                .toList();
        // held until the transaction has committed: a run of one of these names started meanwhile is seen
        return starter.withNamesHeld(runNames, () -> transactions.execute(status -> deployAll(compiled)));
    }

    private SubmissionResult deployAll(CompilationResult compiled) {
        List<StatementOutcome> outcomes = new ArrayList<>();
        for (Statement statement : compiled.document().statements()) {
            if (statement instanceof ActionDecl action) {
                outcomes.add(deployDefinition(DefinitionKind.ACTION, action.name().value(), action.source(), Optional.empty()));
            } else {
                FlowDecl flow = (FlowDecl) statement;
                CompiledFlow translated = compiled.flow(flow.name().value()).orElseThrow();
                outcomes.add(flow.kind() == FlowKind.FLOW
                        ? deployDefinition(DefinitionKind.FLOW, flow.name().value(), flow.source(), Optional.of(translated))
                        : deployAndStartRun(flow, translated));
            }
        }
        return new SubmissionResult(outcomes, compiled.warnings());
    }

    private StatementOutcome deployDefinition(DefinitionKind kind, String name, String fsl, Optional<CompiledFlow> flow) {
        Optional<StoredDefinition> current = store.latest(kind, name);
        if (current.isPresent() && current.get().fsl().equals(fsl)) {
            StoredDefinition same = current.get();
            return new StatementOutcome(kind, name, "unchanged", same.version(), same.uuid(), null);
        }
        flow.ifPresent(f -> requireProcessIdFree(f.processId(), kind.deploymentName(name)));
        var deployment = store.deploy(kind, name, fsl, flow);
        int version = current.map(c -> c.version() + 1).orElse(1);
        return new StatementOutcome(kind, name, current.isPresent() ? "updated" : "created", version, deployment.getId(), null);
    }

    private StatementOutcome deployAndStartRun(FlowDecl flow, CompiledFlow translated) {
        String name = flow.name().value();
        try {
            starter.claimName(name);
        } catch (DefinitionConflictException e) {
            throw e.at(flow.name().position());
        }
        requireProcessIdFree(translated.processId(), DefinitionKind.FLOW_RUN.deploymentName(name));
        DeploymentWithDefinitions deployment = store.deploy(
                DefinitionKind.FLOW_RUN, name, flow.source(), Optional.of(translated));
        ProcessDefinition definition = deployment.getDeployedProcessDefinitions().get(0);
        String instanceId = starter.startNameChecked(definition.getId(), name, Map.of());
        return new StatementOutcome(DefinitionKind.FLOW_RUN, name, "created", 1, deployment.getId(), instanceId);
    }

    /** The checks ask for the same action many times; the database is asked once per document. */
    private static ActionLookup onceEach(ActionLookup lookup) {
        Map<String, Optional<ActionDecl>> seen = new HashMap<>();
        return new ActionLookup() {
            @Override
            public Optional<ActionDecl> find(String name) {
                return seen.computeIfAbsent(name, lookup::find);
            }

            @Override
            public Collection<String> names() {
                return lookup.names();
            }
        };
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
