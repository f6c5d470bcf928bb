package org.echoer.fsl.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;
import org.echoer.fsl.ast.ActionDecl;
import org.echoer.fsl.ast.Argument;
import org.echoer.fsl.ast.Document;
import org.echoer.fsl.ast.FlowDecl;
import org.echoer.fsl.ast.FlowKind;
import org.echoer.fsl.ast.Name;
import org.echoer.fsl.ast.ParamDecl;
import org.echoer.fsl.ast.SecretEntry;
import org.echoer.fsl.ast.SourcePosition;
import org.echoer.fsl.ast.Statement;
import org.echoer.fsl.ast.StepDecl;
import org.echoer.fsl.ast.StepKind;
import org.echoer.fsl.ast.Text;
import org.echoer.fsl.ast.Transition;
import org.echoer.fsl.ast.Value;
import org.echoer.fsl.check.Diagnostic;
import org.echoer.fsl.check.DiagnosticCode;
import org.echoer.fsl.grammar.FslLexer;
import org.echoer.fsl.grammar.FslParser.ActionDeclContext;
import org.echoer.fsl.grammar.FslParser.AddrAttributeContext;
import org.echoer.fsl.grammar.FslParser.ArgsAttributeContext;
import org.echoer.fsl.grammar.FslParser.ArgumentContext;
import org.echoer.fsl.grammar.FslParser.DocumentContext;
import org.echoer.fsl.grammar.FslParser.FlowDeclContext;
import org.echoer.fsl.grammar.FslParser.FlowRunContext;
import org.echoer.fsl.grammar.FslParser.MethodAttributeContext;
import org.echoer.fsl.grammar.FslParser.NameContext;
import org.echoer.fsl.grammar.FslParser.ReturnAttributeContext;
import org.echoer.fsl.grammar.FslParser.SecretAttributeContext;
import org.echoer.fsl.grammar.FslParser.StepActionContext;
import org.echoer.fsl.grammar.FslParser.StepArgsContext;
import org.echoer.fsl.grammar.FslParser.StepDeclContext;
import org.echoer.fsl.grammar.FslParser.StringContext;
import org.echoer.fsl.grammar.FslParser.TemplateFlowContext;
import org.echoer.fsl.grammar.FslParser.ValueContext;

/**
 * Builds the immutable AST from a parse tree that has no syntax errors. Problems that the grammar
 * lets through but that make a statement meaningless (an attribute written twice, a number out of
 * range) are reported here, where their position is known.
 */
final class AstBuilder {

    private final CharStream input;
    private final List<Diagnostic> diagnostics;

    AstBuilder(CharStream input, List<Diagnostic> diagnostics) {
        this.input = input;
        this.diagnostics = diagnostics;
    }

    Document document(DocumentContext tree) {
        List<Statement> statements = new ArrayList<>();
        for (var statement : tree.statement()) {
            if (statement.actionDecl() != null) {
                statements.add(action(statement.actionDecl()));
            } else {
                statements.add(flow(statement.flowDecl()));
            }
        }
        return new Document(statements);
    }

    private ActionDecl action(ActionDeclContext ctx) {
        Name name = name(ctx.name());
        Optional<Text> addr = Optional.empty();
        Optional<Name> method = Optional.empty();
        List<SecretEntry> secret = List.of();
        Optional<List<ParamDecl>> params = Optional.empty();
        Optional<List<Name>> states = Optional.empty();
        Set<String> seen = new HashSet<>();
        for (var attribute : ctx.actionAttribute()) {
            Token keyword = attribute.getStart();
            if (!seen.add(keyword.getText().toLowerCase(java.util.Locale.ROOT))) {
                diagnostics.add(Diagnostic.error(DiagnosticCode.DUPLICATE_ATTRIBUTE, position(keyword),
                        "'" + keyword.getText() + "' is given twice in action '" + name.value() + "'"));
                continue;
            }
            if (attribute instanceof AddrAttributeContext a) {
                addr = Optional.of(text(a.string()));
            } else if (attribute instanceof MethodAttributeContext m) {
                method = Optional.of(name(m.name()));
            } else if (attribute instanceof SecretAttributeContext s) {
                secret = s.secretEntry().stream().map(e -> new SecretEntry(name(e.name()), text(e.string()))).toList();
            } else if (attribute instanceof ArgsAttributeContext a) {
                params = Optional.of(a.paramDecl().stream().map(p -> new ParamDecl(name(p.type), name(p.paramName))).toList());
            } else if (attribute instanceof ReturnAttributeContext r) {
                states = Optional.of(r.name().stream().map(this::name).toList());
            }
        }
        return new ActionDecl(name, addr, method, secret, params, states, position(ctx.getStart()), source(ctx));
    }

    private FlowDecl flow(FlowDeclContext ctx) {
        if (ctx instanceof TemplateFlowContext t) {
            return new FlowDecl(name(t.name()), FlowKind.FLOW, steps(t.stepDecl()), position(ctx.getStart()), source(ctx));
        }
        FlowRunContext r = (FlowRunContext) ctx;
        return new FlowDecl(name(r.name()), FlowKind.FLOW_RUN, steps(r.stepDecl()), position(ctx.getStart()), source(ctx));
    }

    private List<StepDecl> steps(List<StepDeclContext> contexts) {
        return contexts.stream().map(this::step).toList();
    }

    private StepDecl step(StepDeclContext ctx) {
        Name name = name(ctx.name());
        StepKind kind = ctx.kind.getType() == FslLexer.DECI ? StepKind.DECI : StepKind.STEP;
        List<Transition> transitions = ctx.transition().stream()
                .map(t -> new Transition(name(t.state), Optional.ofNullable(t.target).map(this::name)))
                .toList();
        Optional<Name> action = Optional.empty();
        List<Argument> arguments = List.of();
        Set<String> seen = new HashSet<>();
        for (var attribute : ctx.stepAttribute()) {
            Token keyword = attribute.getStart();
            if (!seen.add(keyword.getText().toLowerCase(java.util.Locale.ROOT))) {
                diagnostics.add(Diagnostic.error(DiagnosticCode.DUPLICATE_ATTRIBUTE, position(keyword),
                        "'" + keyword.getText() + "' is given twice in step '" + name.value() + "'"));
                continue;
            }
            if (attribute instanceof StepActionContext a) {
                action = Optional.of(name(a.name()));
            } else if (attribute instanceof StepArgsContext a) {
                arguments = a.argument().stream().map(this::argument).flatMap(Optional::stream).toList();
            }
        }
        return new StepDecl(name, kind, transitions, action, arguments, position(ctx.getStart()));
    }

    private Optional<Argument> argument(ArgumentContext ctx) {
        return value(ctx.value()).map(v -> new Argument(name(ctx.name()), v));
    }

    private Optional<Value> value(ValueContext ctx) {
        if (ctx.string() != null) {
            Text text = text(ctx.string());
            return Optional.of(new Value.Str(text.value(), text.position()));
        }
        Token number = ctx.INT().getSymbol();
        try {
            return Optional.of(new Value.Int(Long.parseLong(number.getText()), position(number)));
        } catch (NumberFormatException tooLarge) {
            diagnostics.add(Diagnostic.error(DiagnosticCode.NUMBER_OUT_OF_RANGE, position(number),
                    "number " + number.getText() + " is out of the 64-bit integer range"));
            return Optional.empty();
        }
    }

    private Name name(NameContext ctx) {
        Token token = ctx.getStart();
        String value = token.getType() == FslLexer.STRING ? StringLiterals.unquote(token.getText()) : token.getText();
        return new Name(value, position(token));
    }

    private Text text(StringContext ctx) {
        Token token = ctx.getStart();
        String raw = token.getText();
        String value = token.getType() == FslLexer.RAW_STRING ? raw.substring(1, raw.length() - 1) : StringLiterals.unquote(raw);
        return new Text(value, position(token));
    }

    private String source(ParserRuleContext ctx) {
        return input.getText(Interval.of(ctx.getStart().getStartIndex(), ctx.getStop().getStopIndex()));
    }

    private static SourcePosition position(Token token) {
        return new SourcePosition(token.getLine(), token.getCharPositionInLine() + 1);
    }
}
