import type { DbOrTx } from '@/db/client';
import { deviceSecrets, fileOwner, getFile, lastFetches } from '@/db/queries/files';
import { escapeValue } from '@/lib/templates';

export const SECRET_MASK = '••••••••';

/** Replaces every secret (as written raw, in XML and in text) with the mask; the longest first. */
export function maskSecrets(body: string, secrets: string[]): string {
  const forms = [...new Set(secrets.flatMap((s) => [escapeValue(s, 'xml'), escapeValue(s, 'text'), s]))].sort((a, b) => b.length - a.length);
  return forms.reduce((text, secret) => text.split(secret).join(SECRET_MASK), body);
}

/** One generated file with its body; the SIP and admin passwords of a device file are masked unless `reveal`. */
export function viewFile(db: DbOrTx, tenantId: number, id: number, reveal: boolean) {
  const file = getFile(db, tenantId, id);
  if (!file) return undefined;
  const secretsMasked = !reveal && file.deviceId !== null;
  return { ...file, body: secretsMasked ? maskSecrets(file.body, deviceSecrets(db, file.deviceId!)) : file.body, secretsMasked };
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
export function fileDetail(db: DbOrTx, tenantId: number, id: number, reveal: boolean): FileDetail | undefined {
  const file = viewFile(db, tenantId, id, reveal);
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
