/**
 * Splits a template into literal text and %%NAME%% tokens, keeping 1-based line numbers.
 * Text between %% that is not a plain name ([A-Za-z0-9_]) is literal, so a lone "%%" in a
 * vendor file stays as it is; a lowercase or misspelt name becomes a token and is reported.
 */

export type Token = { type: 'text'; value: string } | { type: 'placeholder'; name: string; line: number; column: number };

const PLACEHOLDER = /%%([A-Za-z0-9_]+)%%/g;

export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  for (const match of source.matchAll(PLACEHOLDER)) {
    const at = match.index;
    for (let i = scanned; i < at; i++) {
      if (source.charCodeAt(i) === 10) {
        line++;
        lineStart = i + 1;
      }
    }
    scanned = at;
    if (at > last) tokens.push({ type: 'text', value: source.slice(last, at) });
    tokens.push({ type: 'placeholder', name: match[1], line, column: at - lineStart + 1 });
    last = at + match[0].length;
  }
  if (last < source.length) tokens.push({ type: 'text', value: source.slice(last) });
  return tokens;
}
