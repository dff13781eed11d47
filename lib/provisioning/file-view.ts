import type { DbOrTx } from '@/db/client';
import { getDeviceModel } from '@/db/queries/device-models';
import { deviceSecrets, fileOwner, type GeneratedFile, getFile, lastFetches } from '@/db/queries/files';
import { accountsOnLines, renderableDevices } from '@/db/queries/generation';
import { mayRevealSecrets, type Role } from '@/lib/auth/roles';
import { renderTemplate } from '@/lib/templates';
import { commonRenderContext, type ServerFacts } from './context';
import { commonFileFormat, renderFacts } from './regenerate';
import { deviceTarget } from './render-page';

export const SECRET_MASK = '••••••••';

/** The placeholders whose values are secrets: what deviceSecrets() holds, a device's admin password and its lines' SIP passwords. */
export const isSecretPlaceholder = (placeholder: string) => placeholder === 'ADMIN_PASSWORD' || /^ACCOUNT\d+_SIP_PASSWORD$/.test(placeholder);

/**
 * The placeholders whose value is a provisioning URL: with phone authentication on, the HTTP(S) ones carry the
 * tenant's phone credentials as `scheme://user:password@host/…` (./context.ts provisioningUrls).
 */
export const isCredentialUrlPlaceholder = (placeholder: string) => /^PROVISIONING_(HTTP_|HTTPS_)?URL$/.test(placeholder);

/**
 * Where the password sits in a URL value written by provisioningUrls, relative to the value; null when it carries none.
 * The user name and password hold RFC 3986 unreserved characters only (lib/validation/phone-access.ts), so the
 * first `@` ends the password and no escaping for the file's format changes them.
 */
export function urlPasswordSpan(value: string): { start: number; end: number } | null {
  const userInfo = /^[a-z][a-z0-9+.-]*:\/\/([^/?#@:]*):([^/?#@]*)@/i.exec(value);
  if (!userInfo || userInfo[2] === '') return null;
  const end = userInfo[0].length - 1;
  return { start: end - userInfo[2].length, end };
}

export type MaskScope = 'all' | 'url-passwords';

/**
 * The text with the mask over every secret value, at the positions the engine put it (spans in
 * order, not overlapping). Never by searching the text for the secret: with a password "e", every
 * "e" of the file would be masked, which shows the password to whoever reads the mask (issue 12, finding 10).
 * A provisioning URL keeps its shape: only the password inside it is masked, found within the URL's own span.
 * `url-passwords`: only those (the template preview, which shows an admin the device's other values).
 */
export function maskSecretValues(text: string, values: readonly { start: number; end: number; placeholder: string }[], scope: MaskScope = 'all'): string {
  let masked = '';
  let at = 0;
  for (const value of values) {
    let secret: { start: number; end: number } | null = null;
    if (scope === 'all' && isSecretPlaceholder(value.placeholder)) secret = value;
    else if (isCredentialUrlPlaceholder(value.placeholder)) {
      const inUrl = urlPasswordSpan(text.slice(value.start, value.end));
      if (inUrl) secret = { start: value.start + inUrl.start, end: value.start + inUrl.end };
    }
    if (!secret) continue;
    masked += text.slice(at, secret.start) + SECRET_MASK;
    at = secret.end;
  }
  return masked + text.slice(at);
}

/**
 * A device file's body with its secrets masked, found by rendering the file again with the spans
 * of each value. When that render does not give the stored body (a file not yet regenerated), the
 * secrets cannot be placed and the whole body is masked.
 */
function maskedDeviceBody(db: DbOrTx, tenantId: number, file: GeneratedFile, server: ServerFacts): string {
  const facts = renderFacts(db, tenantId);
  if (deviceSecrets(db, file.deviceId!).length === 0 && !facts.tenant.credentials) return file.body;
  const [row] = renderableDevices(db, tenantId, [file.deviceId!]);
  if (!row) return SECRET_MASK;
  const { context } = deviceTarget(facts, server, row, accountsOnLines(db, [row.device.id]).get(row.device.id) ?? []);
  const lineEndings = row.template.lineEndings === 'crlf' ? 'crlf' : 'keep';
  const rendered = renderTemplate(row.template.body, context, row.template.format, { trace: true, lineEndings });
  return rendered.ok && rendered.text === file.body ? maskSecretValues(file.body, rendered.spans ?? []) : SECRET_MASK;
}

/**
 * A common (model) file's body with the phone credentials in its provisioning URLs masked, the same way: rendered
 * again from its model's common file. Without phone authentication it holds no secret and is shown as stored.
 */
function maskedCommonBody(db: DbOrTx, tenantId: number, file: GeneratedFile, server: ServerFacts): string {
  const facts = renderFacts(db, tenantId);
  if (!facts.tenant.credentials) return file.body;
  const source = file.modelId === null ? undefined : getDeviceModel(db, tenantId, file.modelId)?.commonFiles.find((f) => f.fileName === file.fileName);
  if (!source) return SECRET_MASK;
  const rendered = renderTemplate(source.body, commonRenderContext({ ...facts, server }), commonFileFormat(source), { trace: true });
  return rendered.ok && rendered.text === file.body ? maskSecretValues(file.body, rendered.spans ?? []) : SECRET_MASK;
}

/** Whether a file may carry a secret the viewer masks: a device file always (SIP and admin passwords), a common one with phone authentication on. */
const mayHoldSecrets = (db: DbOrTx, tenantId: number, file: GeneratedFile) => file.deviceId !== null || renderFacts(db, tenantId).tenant.credentials != null;

/** One generated file with its body; its secrets (SIP and admin passwords, the phones' credentials in URLs) are masked unless `reveal`. */
export function viewFile(db: DbOrTx, tenantId: number, id: number, reveal: boolean, server: ServerFacts) {
  const file = getFile(db, tenantId, id);
  if (!file) return undefined;
  const secretsMasked = !reveal && mayHoldSecrets(db, tenantId, file);
  if (!secretsMasked) return { ...file, secretsMasked };
  const body = file.deviceId !== null ? maskedDeviceBody(db, tenantId, file, server) : maskedCommonBody(db, tenantId, file, server);
  return { ...file, body, secretsMasked };
}

/** One generated file for the console's viewer: body (masked unless `reveal`), owner, times in epoch ms. */
export type FileDetail = {
  id: number;
  fileName: string;
  body: string;
  secretsMasked: boolean;
  size: number;
  /** null for a role that may not reveal secrets: beside the masked body, the hash of the plaintext lets a short password be guessed offline. */
  sha256: string | null;
  contentType: string;
  generatedAt: number;
  lastFetchedAt: number | null;
  device: { id: number; mac: string; label: string } | null;
  model: { id: number; name: string } | null;
};

/** undefined when the file is not the tenant's. `role`: who reads it (its sha256 only for roles that may reveal secrets). */
export function fileDetail(db: DbOrTx, tenantId: number, id: number, reveal: boolean, server: ServerFacts, role: Role): FileDetail | undefined {
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
    sha256: mayRevealSecrets(role) ? file.sha256 : null,
    contentType: file.contentType,
    generatedAt: file.generatedAt.getTime(),
    lastFetchedAt,
    device: device ? { id: device.id, mac: device.mac, label: device.label } : null,
    model: model ?? null,
  };
}
