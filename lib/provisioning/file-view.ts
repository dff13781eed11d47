import type { DbOrTx } from '@/db/client';
import { deviceSecrets, fileOwner, type GeneratedFile, getFile, lastFetches } from '@/db/queries/files';
import { accountsOnLines, renderableDevices } from '@/db/queries/generation';
import { renderTemplate } from '@/lib/templates';
import type { ServerFacts } from './context';
import { deviceTarget, renderFacts } from './regenerate';

export const SECRET_MASK = '••••••••';

/** The placeholders whose values are secrets: what deviceSecrets() holds, a device's admin password and its lines' SIP passwords. */
export const isSecretPlaceholder = (placeholder: string) => placeholder === 'ADMIN_PASSWORD' || /^ACCOUNT\d+_SIP_PASSWORD$/.test(placeholder);

/**
 * The text with the mask over every secret value, at the positions the engine put it (spans in
 * order, not overlapping). Never by searching the text for the secret: with a password "e", every
 * "e" of the file would be masked, which shows the password to whoever reads the mask (issue 12, finding 10).
 */
export function maskSecretValues(text: string, values: readonly { start: number; end: number; placeholder: string }[]): string {
  let masked = '';
  let at = 0;
  for (const value of values) {
    if (!isSecretPlaceholder(value.placeholder)) continue;
    masked += text.slice(at, value.start) + SECRET_MASK;
    at = value.end;
  }
  return masked + text.slice(at);
}

/**
 * A device file's body with its secrets masked, found by rendering the file again with the spans
 * of each value. When that render does not give the stored body (a file not yet regenerated), the
 * secrets cannot be placed and the whole body is masked.
 */
function maskedDeviceBody(db: DbOrTx, tenantId: number, file: GeneratedFile, server: ServerFacts): string {
  if (deviceSecrets(db, file.deviceId!).length === 0) return file.body;
  const [row] = renderableDevices(db, tenantId, [file.deviceId!]);
  if (!row) return SECRET_MASK;
  const { context } = deviceTarget(renderFacts(db, tenantId), server, row, accountsOnLines(db, [row.device.id]).get(row.device.id) ?? []);
  const lineEndings = row.template.lineEndings === 'crlf' ? 'crlf' : 'keep';
  const rendered = renderTemplate(row.template.body, context, row.template.format, { trace: true, lineEndings });
  return rendered.ok && rendered.text === file.body ? maskSecretValues(file.body, rendered.spans ?? []) : SECRET_MASK;
}

/** One generated file with its body; the SIP and admin passwords of a device file are masked unless `reveal`. */
export function viewFile(db: DbOrTx, tenantId: number, id: number, reveal: boolean, server: ServerFacts) {
  const file = getFile(db, tenantId, id);
  if (!file) return undefined;
  const secretsMasked = !reveal && file.deviceId !== null;
  return { ...file, body: secretsMasked ? maskedDeviceBody(db, tenantId, file, server) : file.body, secretsMasked };
}

/** One generated file for the console's viewer: body (masked unless `reveal`), owner, times in epoch ms. */
export type FileDetail = {
  id: number;
  fileName: string;
  body: string;
  secretsMasked: boolean;
  size: number;
  sha256: string;
  contentType: string;
  generatedAt: number;
  lastFetchedAt: number | null;
  device: { id: number; mac: string; label: string } | null;
  model: { id: number; name: string } | null;
};

/** undefined when the file is not the tenant's. */
export function fileDetail(db: DbOrTx, tenantId: number, id: number, reveal: boolean, server: ServerFacts): FileDetail | undefined {
  const file = viewFile(db, tenantId, id, reveal, server);
  if (!file) return undefined;
  const { device, model } = fileOwner(db, file);
  const lastFetchedAt = device ? (device.lastFetchedAt?.getTime() ?? null) : (lastFetches(db, tenantId, [file.fileName]).get(file.fileName) ?? null);
  return {
    id: file.id,
    fileName: file.fileName,
    body: file.body,
    secretsMasked: file.secretsMasked,
    size: file.size,
    sha256: file.sha256,
    contentType: file.contentType,
    generatedAt: file.generatedAt.getTime(),
    lastFetchedAt,
    device: device ? { id: device.id, mac: device.mac, label: device.label } : null,
    model: model ?? null,
  };
}
