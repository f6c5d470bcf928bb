package org.echoer.fsl.parse;

import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.echoer.fsl.ast.SourcePosition;
import org.echoer.fsl.check.Diagnostic;
import org.echoer.fsl.check.DiagnosticCode;
import org.echoer.fsl.check.DidYouMean;
import org.echoer.fsl.grammar.FslLexer;

/**
 * Turns the first syntax error into a diagnostic that says what was expected, then stops the parse:
 * errors after the first one are mostly echoes of it.
 */
final class FirstSyntaxErrorListener extends BaseErrorListener {

    private Diagnostic diagnostic;

    Diagnostic diagnostic() {
        return diagnostic;
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int charPositionInLine,
            String antlrMessage, RecognitionException e) {
        Parser parser = (Parser) recognizer;
        Token offending = (Token) offendingSymbol;
        IntervalSet expected = e != null && e.getExpectedTokens() != null ? e.getExpectedTokens() : parser.getExpectedTokens();
        diagnostic = describe(parser, offending, expected);
        throw new ParseCancellationException(diagnostic.format());
    }

    private static Diagnostic describe(Parser parser, Token offending, IntervalSet expected) {
        SourcePosition at = new SourcePosition(offending.getLine(), offending.getCharPositionInLine() + 1);
        switch (offending.getType()) {
            case FslLexer.UNTERMINATED_STRING:
                return syntax(at, "unterminated string: the closing '\"' is missing on this line");
            case FslLexer.UNTERMINATED_RAW_STRING:
                return syntax(at, "unterminated string: the closing '`' is missing");
            case FslLexer.UNEXPECTED_CHARACTER:
                return syntax(at, "unexpected character '" + offending.getText() + "'");
            default:
                break;
        }
        String expectation = ExpectedTokens.describe(expected, parser.getVocabulary());
        Token previous = previousToken(parser, offending);
        if (expected.contains(FslLexer.SEMI) && previous != null && offending.getLine() > lastLine(previous)) {
            // a forgotten ';' at the end of a line belongs there, not at the start of the next line
            SourcePosition afterPrevious = endOf(previous);
            return syntax(afterPrevious, "expected " + expectation + " after " + ExpectedTokens.quote(previous));
        }
        String suggestion = ExpectedTokens.isWord(offending)
                ? DidYouMean.suffix(offending.getText(), ExpectedTokens.keywords(expected, parser.getVocabulary()))
                : "";
        return syntax(at, "unexpected " + ExpectedTokens.quote(offending) + ", expected " + expectation + suggestion);
    }

    private static Token previousToken(Parser parser, Token offending) {
        int index = offending.getTokenIndex() - 1;
        while (index >= 0) {
            Token token = parser.getTokenStream().get(index);
            if (token.getChannel() == Token.DEFAULT_CHANNEL) {
                return token;
            }
            index--;
        }
        return null;
    }

    private static int lastLine(Token token) {
        return token.getLine() + (int) token.getText().chars().filter(c -> c == '\n').count();
    }

    private static SourcePosition endOf(Token token) {
        String text = token.getText();
        int newline = text.lastIndexOf('\n');
        int column = newline < 0 ? token.getCharPositionInLine() + text.length() + 1 : text.length() - newline;
        return new SourcePosition(lastLine(token), column);
    }

    private static Diagnostic syntax(SourcePosition at, String message) {
        return Diagnostic.error(DiagnosticCode.SYNTAX, at, message);
    }
}
