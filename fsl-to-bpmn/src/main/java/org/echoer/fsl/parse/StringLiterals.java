package org.echoer.fsl.parse;

/** Double-quoted FSL strings: {@code \"}, {@code \\}, {@code \n}, {@code \t}, {@code \r}; any other escaped character stands for itself. */
final class StringLiterals {

    private StringLiterals() {
    }

    static String unquote(String quoted) {
        String body = quoted.substring(1, quoted.length() - 1);
        if (body.indexOf('\\') < 0) {
            return body;
        }
        StringBuilder out = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 == body.length()) {
                out.append(c);
                continue;
            }
            char escaped = body.charAt(++i);
            out.append(switch (escaped) {
                case 'n' -> '\n';
                case 't' -> '\t';
                case 'r' -> '\r';
                default -> escaped;
            });
        }
        return out.toString();
    }
}
