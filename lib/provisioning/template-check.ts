import type { DbOrTx } from '@/db/client';
import { customValues } from '@/db/queries/placeholders';
import { analyzeTemplate, sampleXmlIssues, type TemplateFormat, type TemplateIssue } from '@/lib/templates';
import { commonFileFormat } from './regenerate';

/**
 * What a save of this template body would refuse: unknown placeholders and broken blocks (the
 * tenant's custom placeholders are known), then, for XML, well-formedness of renders with sample and with empty values.
 */
export function templateIssues(db: DbOrTx, tenantId: number, format: TemplateFormat, body: string): TemplateIssue[] {
  const custom = customValues(db, tenantId);
  const issues = analyzeTemplate(body, { customNames: new Set(Object.keys(custom)), scope: 'device' });
  if (issues.length > 0 || format !== 'xml') return issues;
  // Rendered twice, every value set and every value empty, so both sides of %%IF%% blocks are checked.
  return sampleXmlIssues(body, custom);
}

/**
 * Problems of models' common files (rendered without a device): the first file with issues, by
 * index. An XML common file is checked like an XML template, so a broken one is refused with the
 * model rather than blamed on every device created with it.
 */
export function commonFileIssues(
  db: DbOrTx,
  tenantId: number,
  files: readonly { fileName: string; body: string }[],
): { index: number; issues: TemplateIssue[] } | null {
  const custom = customValues(db, tenantId);
  const customNames = new Set(Object.keys(custom));
  for (const [index, file] of files.entries()) {
    const issues = analyzeTemplate(file.body, { customNames, scope: 'common' });
    if (issues.length === 0 && commonFileFormat(file) === 'xml') issues.push(...sampleXmlIssues(file.body, custom));
    if (issues.length > 0) return { index, issues };
  }
  return null;
}
