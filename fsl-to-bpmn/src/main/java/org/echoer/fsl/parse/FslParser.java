package org.echoer.fsl.parse;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.echoer.fsl.ast.Document;
import org.echoer.fsl.check.Diagnostic;
import org.echoer.fsl.grammar.FslLexer;

/** Reads FSL text into an AST. The only class that drives the generated ANTLR parser. */
public final class FslParser {

    public ParseResult parse(String text) {
        var input = CharStreams.fromString(text);
        var lexer = new FslLexer(input);
        lexer.removeErrorListeners(); // the lexer has a token for every character, so it reports nothing
        var tokens = new CommonTokenStream(lexer);
        var parser = new org.echoer.fsl.grammar.FslParser(tokens);
        parser.removeErrorListeners();
        org.echoer.fsl.grammar.FslParser.DocumentContext tree;
        // First the cheaper SLL prediction, which is right for every valid document of this grammar; a
        // document it stops at is read again with full LL, which also finds the error to report.
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        try {
            tree = parser.document();
        } catch (ParseCancellationException notSll) {
            tokens.seek(0);
            parser.reset();
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            parser.setErrorHandler(new DefaultErrorStrategy());
            var firstError = new FirstSyntaxErrorListener();
            parser.addErrorListener(firstError);
            try {
                tree = parser.document();
            } catch (ParseCancellationException stoppedAtFirstError) {
                return new ParseResult(new Document(List.of()), List.of(firstError.diagnostic()));
            }
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        Document document = new AstBuilder(input, diagnostics).document(tree);
        return new ParseResult(document, diagnostics);
    }
}
