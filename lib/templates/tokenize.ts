import { IF_END, type IfKeyword } from './placeholders';

/**
 * Splits a template into literal text and %%…%% tokens, keeping 1-based line numbers.
 * Text between %% that is not a plain name ([A-Za-z0-9_]) is literal, so a lone "%%" in a
 * vendor file stays as it is; a lowercase or misspelt name becomes a token and is reported.
 *
 * `%%IF NAME%%` and `%%IF_NOT NAME%%` (keyword, spaces, name) become `if` tokens; a keyword in
 * the wrong case becomes a placeholder named `if NAME`, which is unknown. A condition
 * marker (IF, IF_NOT, END_IF) alone on its line takes the whole line with it, newline included,
 * so an optional setting leaves no blank line behind whether it renders or not. The accounts
 * block markers keep their lines, as they always have, so existing output does not change.
 */

export type Token =
  | { type: 'text'; value: string }
  | { type: 'placeholder'; name: string; line: number; column: number }
  | { type: 'if'; keyword: IfKeyword; name: string; line: number; column: number };

// The keyword is matched in any case so that `%%if NAME%%` is reported, not left as text.
const TOKEN = /%%(?:([Ii][Ff](?:_[Nn][Oo][Tt])?) +)?([A-Za-z0-9_]+)%%/g;
const isKeyword = (word: string): word is IfKeyword => word === 'IF' || word === 'IF_NOT';
const BLANK_BEFORE = /^[ \t]*$/;
const BLANK_AFTER = /^[ \t]*\r?\n?$/;

/** The span a condition marker removes: its whole line when nothing else is on it, else itself. */
function markerSpan(source: string, at: number, end: number, last: number): [number, number] {
  const lineBegin = source.lastIndexOf('\n', at - 1) + 1;
  const newline = source.indexOf('\n', end);
  const lineEnd = newline === -1 ? source.length : newline + 1;
  const isAlone = lineBegin >= last && BLANK_BEFORE.test(source.slice(lineBegin, at)) && BLANK_AFTER.test(source.slice(end, lineEnd));
  return isAlone ? [lineBegin, lineEnd] : [at, end];
}

export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  for (const match of source.matchAll(TOKEN)) {
    const at = match.index;
    for (let i = scanned; i < at; i++) {
      if (source.charCodeAt(i) === 10) {
        line++;
        lineStart = i + 1;
      }
    }
    scanned = at;
    const [, keyword, name] = match;
    const where = { line, column: at - lineStart + 1 };
    const isMarker = keyword !== undefined || name === IF_END;
    const [start, end] = isMarker ? markerSpan(source, at, at + match[0].length, last) : [at, at + match[0].length];
    if (start > last) tokens.push({ type: 'text', value: source.slice(last, start) });
    if (keyword === undefined) tokens.push({ type: 'placeholder', name, ...where });
    else if (isKeyword(keyword)) tokens.push({ type: 'if', keyword, name, ...where });
    else tokens.push({ type: 'placeholder', name: `${keyword} ${name}`, ...where });
    last = end;
  }
  if (last < source.length) tokens.push({ type: 'text', value: source.slice(last) });
  return tokens;
}
