package org.echoer.fsl;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.echoer.fsl.ast.FlowDecl;
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

/**
 * The one entry point: FSL text (plus actions already known) in, diagnostics and BPMN processes out.
 * Safe to share between threads.
 */
public final class FslCompiler {

    private final FslParser parser = new FslParser();
    private final FslChecker checker;
    private final BpmnGenerator generator;
    private final BpmnLayout layout;

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
        ParseResult parsed = parser.parse(fsl);
        if (parsed.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.SYNTAX)) {
            return new CompilationResult(parsed.document(), parsed.diagnostics(), List.of());
        }
        List<Diagnostic> diagnostics = new ArrayList<>(parsed.diagnostics());
        diagnostics.addAll(checker.check(parsed.document(), knownActions));
        diagnostics.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
        CompilationResult checked = new CompilationResult(parsed.document(), diagnostics, List.of());
        if (checked.hasErrors()) {
            return checked;
        }
        CheckContext resolver = new CheckContext(parsed.document(), knownActions);
        List<CompiledFlow> flows = new ArrayList<>();
        for (FlowDecl flow : parsed.document().flows()) {
            BpmnModelInstance model = generator.generate(flow, name -> resolver.action(name).orElseThrow());
            layout.apply(model);
            flows.add(new CompiledFlow(flow, NcNames.of(flow.name().value()), model));
        }
        return new CompilationResult(parsed.document(), diagnostics, flows);
    }
}
