export const TEMPLATE_ISSUE_CODES = [
  'unknown_placeholder',
  'placeholder_out_of_scope',
  'unclosed_block',
  'unexpected_block_end',
  'nested_block',
  'unclosed_if',
  'unexpected_if_end',
  'crossed_blocks',
  'invalid_condition',
  'xml_not_well_formed',
  'file_too_large',
] as const;
export type TemplateIssueCode = (typeof TEMPLATE_ISSUE_CODES)[number];

/**
 * One problem found in a template, with where it is (1-based), for the editor and the API.
 * `name` is the placeholder concerned; for `unclosed_if` it is the marker's inside (`IF NAME`),
 * for `crossed_blocks` the end marker that crossed another block.
 */
export type TemplateIssue = { code: TemplateIssueCode; line: number; column: number; name?: string; message?: string };

export function describeIssue(issue: TemplateIssue): string {
  const where = `line ${issue.line}, column ${issue.column}`;
  switch (issue.code) {
    case 'unknown_placeholder':
      return `unknown placeholder %%${issue.name}%% at ${where}`;
    case 'placeholder_out_of_scope':
      return `placeholder %%${issue.name}%% is not available in this file (${where})`;
    case 'unclosed_block':
      return `%%BEGIN_ACCOUNTS%% at ${where} has no matching %%END_ACCOUNTS%%`;
    case 'unexpected_block_end':
      return `%%END_ACCOUNTS%% at ${where} has no matching %%BEGIN_ACCOUNTS%%`;
    case 'nested_block':
      return `%%BEGIN_ACCOUNTS%% at ${where} is inside another accounts block`;
    case 'unclosed_if':
      return `%%${issue.name}%% at ${where} has no matching %%END_IF%%`;
    case 'unexpected_if_end':
      return `%%END_IF%% at ${where} has no matching %%IF …%%`;
    case 'crossed_blocks':
      return `%%${issue.name}%% at ${where} closes a block while a block opened inside it is still open (blocks must nest)`;
    case 'invalid_condition':
      return `%%IF …%% at ${where} tests %%${issue.name}%%, which is a block marker, not a value`;
    case 'xml_not_well_formed':
      return `rendered XML is not well-formed at ${where}: ${issue.message ?? ''}`;
    case 'file_too_large':
      return `the rendered file is larger than ${issue.message ?? ''} (${where}: the template as a whole)`;
  }
}
