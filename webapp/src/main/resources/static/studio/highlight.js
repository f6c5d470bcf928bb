// Splits FSL into coloured tokens, line by line, the way the server's lexer reads it.

const KEYWORDS = new Set([
  'action', 'action_end', 'flow', 'flow_end', 'flow_run', 'flow_run_end', 'step', 'deci',
  'addr', 'method', 'secret', 'args', 'return', 'str', 'int', 'http', 'https', 'grpc', 'done',
]);

// Order matters: comments before the lone '/', strings before everything inside them.
// Unclosed strings run on, as the lexer's UNTERMINATED_* tokens do.
const TOKEN = /(?<comment>(?:#|\/\/)[^\r\n]*)|(?<string>"(?:[^"\\\r\n]|\\[^\r\n])*"?|`[^`]*`?)|(?<number>-?\d+)|(?<word>[A-Za-z_][A-Za-z0-9_]*)|(?<arrow>->|=>)|(?<punct>[=;,|(){}\/])|(?<space>\s+)|(?<other>[\s\S])/y;

function kindOf(groups) {
  if (groups.comment !== undefined) return 'comment';
  if (groups.string !== undefined) return 'string';
  if (groups.number !== undefined) return 'number';
  if (groups.word !== undefined) return KEYWORDS.has(groups.word.toLowerCase()) ? 'keyword' : 'name';
  if (groups.arrow !== undefined) return 'arrow';
  if (groups.punct !== undefined) return 'punct';
  if (groups.space !== undefined) return 'space';
  return 'other';
}

/** The document's tokens in order: {kind, text}. */
export function tokenize(text) {
  const tokens = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const match = TOKEN.exec(text);
    tokens.push({ kind: kindOf(match.groups), text: match[0] });
  }
  return tokens;
}

/**
 * One array of tokens per line: {kind, text, column} with 1-based columns, a token that spans lines
 * (a `raw string`) cut at each line end. There is always at least one line.
 */
export function highlightLines(text) {
  const lines = [[]];
  let column = 1;
  for (const token of tokenize(text)) {
    const parts = token.text.split('\n');
    parts.forEach((part, i) => {
      if (i > 0) {
        lines.push([]);
        column = 1;
      }
      if (part.length > 0) {
        lines[lines.length - 1].push({ kind: token.kind, text: part, column });
        column += part.length;
      }
    });
  }
  return lines;
}
