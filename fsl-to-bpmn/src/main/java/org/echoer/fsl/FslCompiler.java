package org.echoer.fsl;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.echoer.fsl.ast.Document;
import org.echoer.fsl.ast.FlowDecl;
import org.echoer.fsl.ast.FlowKind;
import org.echoer.fsl.ast.Name;
import org.echoer.fsl.ast.StepDecl;
import org.echoer.fsl.bpmn.BpmnGenerator;
import org.echoer.fsl.bpmn.BpmnOptions;
import org.echoer.fsl.bpmn.NcNames;
import org.echoer.fsl.check.ActionLookup;
import org.echoer.fsl.check.CheckContext;
import org.echoer.fsl.check.CheckRule;
import org.echoer.fsl.check.Diagnostic;
import org.echoer.fsl.check.DiagnosticCode;
import org.echoer.fsl.check.FslChecker;
import org.echoer.fsl.layout.BpmnLayout;
import org.echoer.fsl.parse.FslParser;
import org.echoer.fsl.parse.ParseResult;
import org.echoer.fsl.shape.FlowShape;

/**
 * The one entry point: FSL text (plus actions already known) in, diagnostics and BPMN processes out.
 * Safe to share between threads.
 */
public final class FslCompiler {

    private final FslParser parser = new FslParser();
    private final FslChecker checker;
    private final BpmnGenerator generator;
    private final BpmnLayout layout;
    /** Computed once, on first use (benign race: every thread computes the same text). */
    private volatile byte[] fingerprint;

    private static final String FINGERPRINT_FLOW = """
            action a
            	addr = "http://localhost/a";
            	method = http;
            	args = (str s, int i);
            	return = (YES | NO);
            action_end
            /
            flow_run fingerprint
            	step A => (YES->B | NO->A) { action = "a"; args = (s="x", i=1); };
            	deci B => (YES->done | NO->A) { action = "a"; };
            flow_run_end
            /
            """;

    public FslCompiler() {
        this(BpmnOptions.defaults());
    }

    public FslCompiler(BpmnOptions options) {
        this(options, new BpmnLayout());
    }

    /** With a layout of its own choosing, for example one {@link BpmnLayout#withCache that caches}. */
    public FslCompiler(BpmnOptions options, BpmnLayout layout) {
        this(options, layout, List.of());
    }

    /** With rules of the deployment's own (limits, allowed hosts) checked after those of the language. */
    public FslCompiler(BpmnOptions options, BpmnLayout layout, List<CheckRule> extraRules) {
        this.generator = new BpmnGenerator(options);
        this.layout = layout;
        this.checker = FslChecker.withExtraRules(extraRules);
    }

    public CompilationResult compile(String fsl) {
        return compile(fsl, ActionLookup.none());
    }

    public CompilationResult compile(String fsl, ActionLookup knownActions) {
        CompilationResult checked = check(fsl, knownActions);
        if (checked.hasErrors()) {
            return checked;
        }
        List<CompiledFlow> flows = new ArrayList<>();
        for (FlowDecl flow : checked.document().flows()) {
            flows.add(translate(checked.document(), flow, knownActions));
        }
        return new CompilationResult(checked.document(), checked.diagnostics(), flows);
    }

    /** Parses and checks only: the diagnostics, and no process (translate what you need with {@link #translate}). */
    public CompilationResult check(String fsl, ActionLookup knownActions) {
        ParseResult parsed = parser.parse(fsl);
        if (parsed.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.SYNTAX)) {
            return new CompilationResult(parsed.document(), parsed.diagnostics(), List.of());
        }
        List<Diagnostic> diagnostics = new ArrayList<>(parsed.diagnostics());
        knownActions.expect(actionsFromElsewhere(parsed.document()));
        diagnostics.addAll(checker.check(parsed.document(), knownActions));
        diagnostics.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
        return new CompilationResult(parsed.document(), diagnostics, List.of());
    }

    /** The actions the document's steps name that it does not declare. */
    private static Set<String> actionsFromElsewhere(Document document) {
        Set<String> declared = new HashSet<>();
        document.actions().forEach(action -> declared.add(action.name().value()));
        Set<String> named = new LinkedHashSet<>();
        for (FlowDecl flow : document.flows()) {
            for (StepDecl step : flow.steps()) {
                step.action().map(Name::value).filter(name -> !declared.contains(name)).ifPresent(named::add);
            }
        }
        return named;
    }

    /** One flow of a checked document without errors, translated with its diagram. */
    public CompiledFlow translate(Document document, FlowDecl flow, ActionLookup knownActions) {
        CheckContext resolver = new CheckContext(document, knownActions);
        BpmnModelInstance model = generator.generate(flow, name -> resolver.action(name).orElseThrow());
        layout.apply(model);
        return new CompiledFlow(flow, NcNames.of(flow.name().value()), model);
    }

    /** The shape of a flow run of a checked document without errors: what its runs share. */
    public FlowShape shape(Document document, FlowDecl flow, ActionLookup knownActions) {
        CheckContext resolver = new CheckContext(document, knownActions);
        return FlowShape.of(flow, name -> resolver.action(name).orElseThrow(), generatorFingerprint());
    }

    /**
     * The process every run of a shape runs on: the flow run without its argument values (they travel with
     * each run), its id the shape's key and its name the shape's name.
     */
    public CompiledFlow translateShape(Document document, FlowDecl flow, ActionLookup knownActions, FlowShape shape) {
        List<StepDecl> steps = flow.steps().stream()
                .map(s -> new StepDecl(s.name(), s.kind(), s.transitions(), s.action(), List.of(), s.position()))
                .toList();
        FlowDecl shared = new FlowDecl(new Name(shape.key(), flow.name().position()), FlowKind.FLOW_RUN, steps, flow.position(),
                flow.source());
        CompiledFlow compiled = translate(document, shared, knownActions);
        compiled.model().<Process>getModelElementById(compiled.processId()).setName(shape.name());
        return compiled;
    }

    /**
     * What this compiler's generator and options write for a fixed flow: part of every shape's digest, so
     * that a release that translates differently deploys its own definitions instead of reusing older ones.
     */
    private byte[] generatorFingerprint() {
        byte[] fingerprint = this.fingerprint;
        if (fingerprint == null) {
            CompilationResult sample = compile(FINGERPRINT_FLOW, ActionLookup.none());
            fingerprint = FlowShape.sha256(sample.flows().get(0).bpmnXml());
            this.fingerprint = fingerprint;
        }
        return fingerprint;
    }
}
