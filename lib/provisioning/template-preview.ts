import { z } from 'zod';
import type { DbOrTx } from '@/db/client';
import { modelRenderFacts } from '@/db/queries/device-models';
import { accountsOnLines, renderableDevices } from '@/db/queries/generation';
import { deviceFileName } from '@/lib/file-name-rule';
import {
  ACCOUNT_FIELDS,
  checkWellFormedXml,
  explainRender,
  PHONE_PLACEHOLDERS,
  type RenderContext,
  TEMPLATE_FORMATS,
  type TemplateIssue,
} from '@/lib/templates';
import { id } from '@/lib/validation/common';
import { MAX_TEMPLATE_BYTES } from '@/lib/validation/entities';
import { type AccountFacts, type DeviceFacts, deviceRenderContext, type ServerFacts } from './context';
import { maskSecretValues } from './file-view';
import { renderFacts } from './regenerate';
import { deviceTarget } from './render-page';
import { templateIssues } from './template-check';

/** What the editor sends: the unsaved body, its format, the device to render for (none: a sample phone) and the template's model (the sample phone's). */
export const templatePreviewSchema = z.object({
  body: z.string().max(MAX_TEMPLATE_BYTES, 'validation:template.tooLarge'),
  format: z.enum(TEMPLATE_FORMATS, { error: 'validation:template.formatInvalid' }),
  deviceId: id.nullable().default(null),
  modelId: id.nullable().default(null),
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

const EXAMPLE: Readonly<Record<string, string>> = Object.fromEntries(PHONE_PLACEHOLDERS);
const EXAMPLE_ACCOUNT: Readonly<Record<string, string>> = Object.fromEntries(ACCOUNT_FIELDS);

/** The sample phone: the catalogue's example device (static address, VLAN), with the tenant's language and time zone. */
const SAMPLE_DEVICE: DeviceFacts = {
  mac: EXAMPLE.DEVICE_MAC,
  label: EXAMPLE.DEVICE_LABEL,
  adminUsername: EXAMPLE.ADMIN_USERNAME,
  adminPassword: EXAMPLE.ADMIN_PASSWORD,
  networkMode: 'static',
  ipAddress: EXAMPLE.NETWORK_IP,
  netmask: EXAMPLE.NETWORK_NETMASK,
  gateway: EXAMPLE.NETWORK_GATEWAY,
  dns1: EXAMPLE.NETWORK_DNS1,
  dns2: EXAMPLE.NETWORK_DNS2,
  vlanId: Number(EXAMPLE.VLAN_ID),
  vlanPriority: Number(EXAMPLE.VLAN_PRIORITY),
  language: null,
  timeZone: null,
};

/** The sample phone's lines: extensions 201 and 202, each its own SIP user name (the account form's default). */
const sampleLines = (count: number): AccountFacts[] =>
  Array.from({ length: count }, (_, i) => {
    const extension = String(201 + i);
    return {
      extension,
      sipUsername: extension,
      authUsername: '',
      sipPassword: EXAMPLE_ACCOUNT.SIP_PASSWORD,
      displayName: EXAMPLE_ACCOUNT.DISPLAY_NAME,
      firstName: EXAMPLE_ACCOUNT.FIRST_NAME,
      lastName: EXAMPLE_ACCOUNT.LAST_NAME,
      voicemailNumber: `*9${extension}`,
    };
  });

/**
 * The sample phone rendered as regeneration would render it in this tenant: the tenant's PBX settings, provisioning
 * URLs (with the phones' credentials), custom placeholders (interfaces' addresses) and vendor values; the model's brand,
 * name and file name when the template has one. Only the device and its accounts are examples.
 */
function sampleContext(db: DbOrTx, tenantId: number, modelId: number | null, server: ServerFacts): RenderContext {
  const model = modelId === null ? undefined : modelRenderFacts(db, tenantId, modelId);
  const fileName = model ? deviceFileName(model.rule, SAMPLE_DEVICE.mac) : EXAMPLE.DEVICE_FILE_NAME;
  const brandAndName = model ? { brand: model.brand, name: model.name } : { brand: EXAMPLE.DEVICE_BRAND, name: EXAMPLE.DEVICE_MODEL };
  return deviceRenderContext({ ...renderFacts(db, tenantId), server, device: SAMPLE_DEVICE, fileName, model: brandAndName, lines: sampleLines(2) });
}

/**
 * Renders an unsaved template body for a device (or the sample phone) without writing anything.
 * The issues are those a save would report (templateIssues), then those of this render.
 * Secrets (SIP and admin passwords, the phones' credentials in URLs, sample ones too) are masked as the file viewer masks them.
 */
export function previewTemplate(db: DbOrTx, tenantId: number, input: z.output<typeof templatePreviewSchema>, server: ServerFacts): TemplatePreview | null {
  const issues = templateIssues(db, tenantId, input.format, input.body);
  if (issues.length > 0) return { ok: false, issues };
  const target = input.deviceId
    ? deviceContext(db, tenantId, input.deviceId, server)
    : { context: sampleContext(db, tenantId, input.modelId, server), fileName: null };
  if (!target) return null;
  const explained = explainRender(input.body, target.context, input.format);
  if (!explained.ok) return { ok: false, issues: explained.issues };
  const text = explained.lines.map((line) => maskSecretValues(line.text, line.values)).join('\n');
  const xml = input.format === 'xml' ? checkWellFormedXml(text) : null;
  if (xml) return { ok: false, issues: [xml] };
  return { ok: true, text, fileName: target.fileName, sources: explained.lines.map((line) => line.placeholders) };
}
