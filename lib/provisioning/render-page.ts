import { createHash } from 'node:crypto';
import type { DeviceToRender, LineToRender, RawRows, TemplateToRender } from '@/db/queries/generation';
import { deviceFileName, type FilenameRuleFacts } from '@/lib/file-name-rule';
import { openSecret, sealSecret } from '@/lib/secrets';
import { checkWellFormedXml, type RenderContext, type RenderOptions, renderTemplate, type TemplateFormat, type TemplateIssue } from '@/lib/templates';
import type { TemplateLineEndings } from '@/lib/validation/entities';
import { type AccountFacts, type DeviceFacts, deviceRenderContext, type PbxFacts, type ServerFacts, type TenantFacts } from './context';

/**
 * One page of a regeneration's devices rendered to sealed files: what lib/provisioning/regenerate.ts hands to the render
 * worker (./render-pool.ts), or runs itself when there is none. Plain data both ways (it crosses threads): secrets come
 * sealed as stored and are opened here, files go back sealed, so the thread that writes never pays for either.
 */

/** A sealed secret as read from the database (a BLOB; a string from an older release), or its copy across threads. */
export type StoredSecret = Buffer | Uint8Array | string;

export type TenantRenderFacts = { tenant: TenantFacts; pbx: PbxFacts; custom: Record<string, string> };

export type RenderJob = {
  /** Identifies the regeneration: templates are sent once per regeneration and kept by id until the next one. */
  regeneration: number;
  page: number;
  facts: TenantRenderFacts & { server: ServerFacts; tenantPbxValues: Record<string, string> };
  /** The templates of this page not sent before in this regeneration. */
  templates: TemplateToRender[];
  /** The page's enabled devices and their lines, as read (secrets sealed). */
  devices: RawRows<DeviceToRender>;
  lines: RawRows<LineToRender>;
  /** [device id, file name, sha256] of the files the page's devices hold now: an unchanged file is not sealed again. */
  held: [number, string, string][];
};

export type RenderedFile = {
  deviceId: number;
  fileName: string;
  macStart: number;
  macEnd: number;
  sha256: string;
  size: number;
  /** The sealed body ('' for an empty file, as sealSecret stores it), null when the device already holds this name with this sha256. */
  sealed: Uint8Array | '' | null;
  contentType: string;
  modelId: number;
};
export type RenderFailure = { deviceId: number; mac: string; templateId: number; templateName: string; issues: TemplateIssue[] };
export type RenderedPage = { regeneration: number; page: number; files: RenderedFile[]; failure: RenderFailure | null };

export const sha256 = (body: string) => createHash('sha256').update(body).digest('hex');

/** A template's stored line endings as render options: 'crlf' converts, 'lf' keeps what the template says. */
const lineEndingOptions = (lineEndings: TemplateLineEndings): RenderOptions => ({ lineEndings: lineEndings === 'crlf' ? 'crlf' : 'keep' });

/** A device's file name and render context, from the rows of db/queries/generation.ts (`tenantPbxValues`: see deviceRenderContext). */
export function deviceTarget(
  facts: TenantRenderFacts,
  server: ServerFacts,
  row: { device: DeviceFacts; rule: FilenameRuleFacts; brand: string; modelName: string },
  lines: readonly AccountFacts[],
  tenantPbxValues?: Record<string, string>,
): { fileName: string; context: RenderContext } {
  const fileName = deviceFileName(row.rule, row.device.mac);
  const context = deviceRenderContext(
    { ...facts, server, device: row.device, fileName, model: { brand: row.brand, name: row.modelName }, lines },
    tenantPbxValues,
  );
  return { fileName, context };
}

/** Renders and, for XML, checks well-formedness: the text, or the issues. */
export function renderChecked(
  source: string,
  context: RenderContext,
  format: TemplateFormat,
  lineEndings: TemplateLineEndings = 'lf',
): { ok: true; text: string } | { ok: false; issues: TemplateIssue[] } {
  const result = renderTemplate(source, context, format, lineEndingOptions(lineEndings));
  if (!result.ok) return result;
  const issue = format === 'xml' ? checkWellFormedXml(result.text) : null;
  return issue ? { ok: false, issues: [issue] } : { ok: true, text: result.text };
}

/** The objects of raw rows (db/queries/generation.ts RawRows): fields at depth one or two, as the regeneration reads them. */
export function objectsOf<Row>({ fields, rows }: RawRows<Row>): Row[] {
  const groups = [...new Set(fields.filter((path) => path.length === 2).map((path) => path[0]))];
  if (fields.some((path) => path.length > 2)) throw new Error('raw rows nest two levels at most');
  return rows.map((values) => {
    const row: Record<string, unknown> = {};
    for (const group of groups) row[group] = {};
    for (let i = 0; i < fields.length; i++) {
      const path = fields[i];
      if (path.length === 1) row[path[0]] = values[i];
      else (row[path[0]] as Record<string, unknown>)[path[1]] = values[i];
    }
    return row as Row;
  });
}

/** Bytes that crossed threads arrive as a Uint8Array: the same memory as a Buffer, as openSecret and SQLite take it. */
export const asBuffer = (bytes: Uint8Array): Buffer => (Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));

const opened = (stored: StoredSecret) => openSecret(typeof stored === 'string' ? stored : asBuffer(stored));

/** A page renderer with its own template memory (one per thread). */
export function pageRenderer() {
  let regeneration = -1;
  const templates = new Map<number, TemplateToRender>();

  return (job: RenderJob): RenderedPage => {
    if (job.regeneration !== regeneration) {
      regeneration = job.regeneration;
      templates.clear();
    }
    for (const template of job.templates) templates.set(template.id, template);
    const { server, tenantPbxValues, ...facts } = job.facts;
    const files: RenderedFile[] = [];
    const linesOf = new Map<number, LineToRender['account'][]>();
    for (const { deviceId, account } of objectsOf(job.lines)) (linesOf.get(deviceId) ?? linesOf.set(deviceId, []).get(deviceId)!).push(account);
    const held = new Map(job.held.map(([deviceId, fileName, sha]) => [`${deviceId}/${fileName}`, sha]));
    for (const row of objectsOf(job.devices)) {
      const template = templates.get(row.device.templateId);
      if (!template) throw new Error(`template ${row.device.templateId} was not sent with regeneration ${job.regeneration}`);
      // These objects were made for this page (objectsOf): opened in place.
      const device = Object.assign(row.device, { adminPassword: opened(row.device.adminPassword) });
      const lines = (linesOf.get(device.id) ?? []).map((line) => Object.assign(line, { sipPassword: opened(line.sipPassword) }));
      const { fileName, context } = deviceTarget(facts, server, { ...row, device }, lines, tenantPbxValues);
      const result = renderChecked(template.body, context, template.format, template.lineEndings);
      if (!result.ok) {
        const failure = { deviceId: device.id, mac: device.mac, templateId: template.id, templateName: template.name, issues: result.issues };
        return { regeneration: job.regeneration, page: job.page, files, failure };
      }
      const hash = sha256(result.text);
      files.push({
        deviceId: device.id,
        fileName,
        macStart: row.rule.prefix.length,
        macEnd: fileName.length - row.rule.suffix.length,
        sha256: hash,
        size: Buffer.byteLength(result.text),
        sealed: held.get(`${device.id}/${fileName}`) === hash ? null : sealSecret(result.text),
        contentType: row.contentType,
        modelId: device.modelId,
      });
    }
    return { regeneration: job.regeneration, page: job.page, files, failure: null };
  };
}
