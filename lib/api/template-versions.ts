import type { DbOrTx } from '@/db/client';
import { templateVersionView, type TemplateVersionView } from '@/db/queries/template-versions';
import { diffBodies, type VersionDiff } from '@/lib/templates/version-diff';

const SETTINGS = ['format', 'lineEndings', 'firmware'] as const;

export type VersionComparison = {
  from: Omit<TemplateVersionView, 'body'>;
  to: Omit<TemplateVersionView, 'body'>;
  /** Rendering settings that differ, old → new. */
  settings: { field: (typeof SETTINGS)[number]; from: string | null; to: string | null }[];
  diff: VersionDiff;
};

const withoutBody = ({ body: _body, ...rest }: TemplateVersionView) => rest;

/** Two versions of a template side by side: the body diff, the settings that changed, and who/when/what devices of each. */
export function compareTemplateVersions(db: DbOrTx, tenantId: number, templateId: number, from: number, to: number): VersionComparison | undefined {
  const a = templateVersionView(db, tenantId, templateId, from);
  const b = templateVersionView(db, tenantId, templateId, to);
  if (!a || !b) return undefined;
  return {
    from: withoutBody(a),
    to: withoutBody(b),
    settings: SETTINGS.filter((field) => a[field] !== b[field]).map((field) => ({ field, from: a[field], to: b[field] })),
    diff: diffBodies(a.body, b.body),
  };
}
