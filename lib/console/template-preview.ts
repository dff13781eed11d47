import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { accounts, brands, deviceLines, deviceModels, devices, filenameRules, pbxSettings, tenants } from '@/db/schema';
import { templateIssues } from '@/lib/domain/templates';
import { type DeviceContextInput, deviceRenderContext, type PbxFacts, type ServerFacts } from '@/lib/provisioning/context';
import { deviceFileName } from '@/lib/provisioning/file-name';
import { customValues } from '@/lib/provisioning/regenerate';
import { checkWellFormedXml, type RenderContext, renderTemplate, sampleRenderContext, TEMPLATE_FORMATS, type TemplateIssue } from '@/lib/templates';
import { MAX_TEMPLATE_BYTES } from '@/lib/validation/entities';

/** What the editor sends: the unsaved body, its format, and the device to render for (none: sample data). */
export const templatePreviewSchema = z.object({
  body: z.string().max(MAX_TEMPLATE_BYTES, 'validation:template.tooLarge'),
  format: z.enum(TEMPLATE_FORMATS, { error: 'validation:template.formatInvalid' }),
  deviceId: z.coerce.number().int().positive().nullable().default(null),
});
export type TemplatePreviewInput = z.input<typeof templatePreviewSchema>;

export type TemplatePreview =
  | { ok: true; text: string; fileName: string | null }
  | { ok: false; issues: TemplateIssue[] };

/**
 * The render context of one of the tenant's devices, built from its rows exactly as
 * lib/provisioning/regenerate.ts does, or null when the device is not the tenant's.
 */
function deviceContext(db: Db, tenantId: number, deviceId: number, server: ServerFacts): { context: RenderContext; fileName: string } | null {
  const row = db
    .select({ device: devices, modelName: deviceModels.name, brand: brands.name, rule: filenameRules })
    .from(devices)
    .innerJoin(deviceModels, eq(deviceModels.id, devices.modelId))
    .innerJoin(brands, eq(brands.id, deviceModels.brandId))
    .innerJoin(filenameRules, eq(filenameRules.id, deviceModels.filenameRuleId))
    .where(and(eq(devices.id, deviceId), eq(devices.tenantId, tenantId)))
    .get();
  const tenant = db.select().from(tenants).where(eq(tenants.id, tenantId)).get();
  const pbx = db.select().from(pbxSettings).where(eq(pbxSettings.tenantId, tenantId)).get();
  if (!row || !tenant || !pbx) return null;
  const lines = db
    .select({ account: accounts })
    .from(deviceLines)
    .innerJoin(accounts, eq(accounts.id, deviceLines.accountId))
    .where(eq(deviceLines.deviceId, deviceId))
    .orderBy(asc(deviceLines.position))
    .all()
    .map((l) => l.account);
  const fileName = deviceFileName(row.rule, row.device.mac);
  const input: DeviceContextInput = {
    pbx: pbx as PbxFacts,
    tenant,
    server,
    model: { brand: row.brand, name: row.modelName },
    device: row.device,
    fileName,
    lines,
    custom: customValues(db, tenantId),
  };
  return { context: deviceRenderContext(input), fileName };
}

/**
 * Renders an unsaved template body for a device (or sample values) without writing anything.
 * The issues are those a save would report (templateIssues), then those of this render.
 */
export function previewTemplate(db: Db, tenantId: number, input: z.output<typeof templatePreviewSchema>, server: ServerFacts): TemplatePreview | null {
  const issues = templateIssues(db, tenantId, input.format, input.body);
  if (issues.length > 0) return { ok: false, issues };
  const target = input.deviceId ? deviceContext(db, tenantId, input.deviceId, server) : { context: sampleRenderContext(customValues(db, tenantId)), fileName: null };
  if (!target) return null;
  const rendered = renderTemplate(input.body, target.context, input.format);
  if (!rendered.ok) return { ok: false, issues: rendered.issues };
  const xml = input.format === 'xml' ? checkWellFormedXml(rendered.text) : null;
  if (xml) return { ok: false, issues: [xml] };
  return { ok: true, text: rendered.text, fileName: target.fileName };
}
