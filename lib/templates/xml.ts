import { XMLValidator } from 'fast-xml-parser';
import type { TemplateIssue } from './issues';

/** Checks that rendered text is well-formed XML; returns the parser's complaint with its position. */
export function checkWellFormedXml(text: string): TemplateIssue | null {
  const result = XMLValidator.validate(text, { allowBooleanAttributes: false });
  if (result === true) return null;
  return { code: 'xml_not_well_formed', line: result.err.line, column: result.err.col, message: result.err.msg };
}
