import { XMLValidator } from 'fast-xml-parser';
import { XML_FORBIDDEN } from './escape';
import type { TemplateIssue } from './issues';

/** Line and column (1-based) of a string index. */
function positionOf(text: string, index: number) {
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/**
 * Checks that rendered text is well-formed XML; returns the parser's complaint with its position.
 * Characters XML 1.0 forbids are found first: fast-xml-parser lets them through, the phones' parsers do not.
 */
export function checkWellFormedXml(text: string): TemplateIssue | null {
  const forbidden = new RegExp(XML_FORBIDDEN.source).exec(text);
  if (forbidden) {
    const code = forbidden[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    return { code: 'xml_not_well_formed', ...positionOf(text, forbidden.index), message: `Character U+${code} is not allowed in XML` };
  }
  const result = XMLValidator.validate(text, { allowBooleanAttributes: false });
  if (result === true) return null;
  return { code: 'xml_not_well_formed', line: result.err.line, column: result.err.col, message: withoutQuotedText(result.err.msg) };
}

/**
 * The parser's message without the text it quotes ("Closing tag 'x' …"): that text may come from a
 * value, a password included, and a render error must never echo one (issue 12, finding 10). The
 * position still points at it. From the first quote to the last, as a quoted name may hold quotes itself.
 */
function withoutQuotedText(message: string): string {
  return message.replace(/'.*'/s, "'…'");
}
