import type { DbOrTx } from '@/db/client';
import { customValues } from '@/db/queries/placeholders';
import { analyzeTemplate, sampleXmlIssues, type TemplateFormat, type TemplateIssue } from '@/lib/templates';

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

/** Problems of models' common files (rendered without a device): the first file with issues, by index. */
export function commonFileIssues(db: DbOrTx, tenantId: number, files: readonly { body: string }[]): { index: number; issues: TemplateIssue[] } | null {
  const customNames = new Set(Object.keys(customValues(db, tenantId)));
  for (const [index, file] of files.entries()) {
    const issues = analyzeTemplate(file.body, { customNames, scope: 'common' });
    if (issues.length > 0) return { index, issues };
  }
  return null;
}
