import { z } from 'zod';
import type { DbOrTx } from '@/db/client';
import { accountsOnLines, renderableDevices } from '@/db/queries/generation';
import { customValues } from '@/db/queries/placeholders';
import { checkWellFormedXml, explainRender, type RenderContext, sampleRenderContext, TEMPLATE_FORMATS, type TemplateIssue } from '@/lib/templates';
import { id } from '@/lib/validation/common';
import { MAX_TEMPLATE_BYTES } from '@/lib/validation/entities';
import type { ServerFacts } from './context';
import { maskSecretValues } from './file-view';
import { deviceTarget, renderFacts } from './regenerate';
import { templateIssues } from './template-check';

/** What the editor sends: the unsaved body, its format, and the device to render for (none: sample data). */
export const templatePreviewSchema = z.object({
  body: z.string().max(MAX_TEMPLATE_BYTES, 'validation:template.tooLarge'),
  format: z.enum(TEMPLATE_FORMATS, { error: 'validation:template.formatInvalid' }),
  deviceId: id.nullable().default(null),
});
export type TemplatePreviewInput = z.input<typeof templatePreviewSchema>;

/** `sources[i]`: the placeholders that put a value on line i + 1 ("explain this file" for the unsaved body). */
export type TemplatePreview = { ok: true; text: string; fileName: string | null; sources: string[][] } | { ok: false; issues: TemplateIssue[] };

/** One of the tenant's devices as regeneration renders it, or null when it is not the tenant's. */
function deviceContext(db: DbOrTx, tenantId: number, deviceId: number, server: ServerFacts): { context: RenderContext; fileName: string } | null {
  const [row] = renderableDevices(db, tenantId, [deviceId]);
  if (!row) return null;
  return deviceTarget(renderFacts(db, tenantId), server, row, accountsOnLines(db, [deviceId]).get(deviceId) ?? []);
}

/**
 * Renders an unsaved template body for a device (or sample values) without writing anything.
 * The issues are those a save would report (templateIssues), then those of this render.
 */
export function previewTemplate(db: DbOrTx, tenantId: number, input: z.output<typeof templatePreviewSchema>, server: ServerFacts): TemplatePreview | null {
  const issues = templateIssues(db, tenantId, input.format, input.body);
  if (issues.length > 0) return { ok: false, issues };
  const target = input.deviceId
    ? deviceContext(db, tenantId, input.deviceId, server)
    : { context: sampleRenderContext(customValues(db, tenantId)), fileName: null };
  if (!target) return null;
  const explained = explainRender(input.body, target.context, input.format);
  if (!explained.ok) return { ok: false, issues: explained.issues };
  // The phones' credentials in the provisioning URLs are write-only in the console: masked here too (the editor shows an admin the device's other values).
  const text = explained.lines.map((line) => maskSecretValues(line.text, line.values, 'url-passwords')).join('\n');
  const xml = input.format === 'xml' ? checkWellFormedXml(text) : null;
  if (xml) return { ok: false, issues: [xml] };
  return { ok: true, text, fileName: target.fileName, sources: explained.lines.map((line) => line.placeholders) };
}
