package org.echoer.fsl.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.echoer.fsl.grammar.FslLexer;

/** Words for token sets and tokens, as a person reading an error wants them. */
final class ExpectedTokens {

    private static final int MAX_TEXT = 24;
    private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private ExpectedTokens() {
    }

    static String describe(IntervalSet expected, Vocabulary vocabulary) {
        Set<String> words = new LinkedHashSet<>();
        boolean name = expected.contains(FslLexer.ID);
        for (int type : expected.toArray()) {
            if (name && (isSoftKeyword(type) || type == FslLexer.STRING)) {
                continue; // all of these are just "a name" here
            }
            words.add(word(type, vocabulary));
        }
        if (words.isEmpty()) {
            return "something else";
        }
        if (words.size() == 1) {
            return words.iterator().next();
        }
        String[] list = words.toArray(String[]::new);
        return "one of " + String.join(", ", java.util.Arrays.copyOf(list, list.length - 1)) + " or " + list[list.length - 1];
    }

    /** The keywords among the expected tokens, as written ({@code action_end}), for a misspelt one. */
    static List<String> keywords(IntervalSet expected, Vocabulary vocabulary) {
        List<String> keywords = new ArrayList<>();
        for (int type : expected.toArray()) {
            String literal = vocabulary.getLiteralName(type);
            if (literal != null && WORD.matcher(literal.substring(1, literal.length() - 1)).matches()) {
                keywords.add(literal.substring(1, literal.length() - 1));
            }
        }
        return keywords;
    }

    /** A token that reads as a word, the way a misspelt keyword reads. */
    static boolean isWord(Token token) {
        return token.getType() != Token.EOF && WORD.matcher(token.getText()).matches();
    }

    static String quote(Token token) {
        if (token.getType() == Token.EOF) {
            return "end of input";
        }
        String text = token.getText().replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT) + "...";
        }
        return "'" + text + "'";
    }

    private static String word(int type, Vocabulary vocabulary) {
        return switch (type) {
            case Token.EOF -> "end of input";
            case FslLexer.ID -> "a name";
            case FslLexer.STRING, FslLexer.RAW_STRING -> "a string";
            case FslLexer.INT -> "a number";
            default -> {
                String literal = vocabulary.getLiteralName(type);
                yield literal != null ? literal : vocabulary.getDisplayName(type);
            }
        };
    }

    private static boolean isSoftKeyword(int type) {
        return switch (type) {
            case FslLexer.ADDR, FslLexer.METHOD, FslLexer.SECRET, FslLexer.ARGS, FslLexer.RETURN, FslLexer.ACTION,
                    FslLexer.STEP, FslLexer.DECI, FslLexer.FLOW, FslLexer.FLOW_RUN -> true;
            default -> false;
        };
    }
}
