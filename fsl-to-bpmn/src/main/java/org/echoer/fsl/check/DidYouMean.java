package org.echoer.fsl.check;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The known word closest to a misspelt one, when it is close enough to be what was meant: one slip
 * (a letter wrong, missing, extra, or two letters swapped) in a short word, two in a longer one.
 */
public final class DidYouMean {

    private DidYouMean() {
    }

    /** The closest candidate, if any is close; ties go to the earlier candidate. */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        String typed = word.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            if (candidate.equals(word) || Math.abs(candidate.length() - typed.length()) > 2) {
                continue; // too far apart in length to be one slip or two: no need to count
            }
            int distance = distance(typed, candidate.toLowerCase(Locale.ROOT));
            if (distance <= allowed(typed, candidate) && distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** {@code "; did you mean 'x'?"} to end a message with, or nothing. */
    public static String suffix(String word, Collection<String> candidates) {
        return closest(word, candidates).map(c -> "; did you mean '" + c + "'?").orElse("");
    }

    /** More slips for longer words, and never as many as the shorter word has letters ('a' is not 'b'). */
    private static int allowed(String typed, String candidate) {
        int limit = typed.length() <= 5 ? 1 : 2;
        return Math.min(limit, Math.min(typed.length(), candidate.length()) - 1);
    }

    /** Edits (insert, delete, replace, swap of neighbours) that turn one word into the other. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
