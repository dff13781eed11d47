import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { accounts, deviceLines, devices, generatedFiles, unknownDevices } from '@/db/schema';
import { escapeValue } from '@/lib/templates';
import { findInTenant } from './support';

export const SECRET_MASK = '••••••••';

export const listFiles = (db: Db, tenantId: number) =>
  db
    .select({
      id: generatedFiles.id,
      fileName: generatedFiles.fileName,
      size: generatedFiles.size,
      sha256: generatedFiles.sha256,
      contentType: generatedFiles.contentType,
      deviceId: generatedFiles.deviceId,
      modelId: generatedFiles.modelId,
      generatedAt: generatedFiles.generatedAt,
      lastFetchedAt: devices.lastFetchedAt,
    })
    .from(generatedFiles)
    .leftJoin(devices, eq(devices.id, generatedFiles.deviceId))
    .where(eq(generatedFiles.tenantId, tenantId))
    .orderBy(generatedFiles.fileName)
    .all();

/** The secrets a device's file carries (SIP and admin passwords), as written in XML or text. */
function secretsOf(db: Db, deviceId: number): string[] {
  const device = db.select({ adminPassword: devices.adminPassword }).from(devices).where(eq(devices.id, deviceId)).get();
  const lines = db.select({ accountId: deviceLines.accountId }).from(deviceLines).where(eq(deviceLines.deviceId, deviceId)).all();
  const passwords = lines.length
    ? db.select({ p: accounts.sipPassword }).from(accounts).where(inArray(accounts.id, lines.map((l) => l.accountId))).all().map((a) => a.p)
    : [];
  const raw = [device?.adminPassword ?? '', ...passwords].filter((s) => s.length > 0);
  return [...new Set(raw.flatMap((s) => [escapeValue(s, 'xml'), escapeValue(s, 'text'), s]))].sort((a, b) => b.length - a.length);
}

export function maskSecrets(body: string, secrets: string[]): string {
  return secrets.reduce((text, secret) => text.split(secret).join(SECRET_MASK), body);
}

/** One generated file with its body; secrets are masked unless `reveal`. */
export function getFile(db: Db, tenantId: number, id: number, reveal: boolean) {
  const file = findInTenant(db, generatedFiles, tenantId, id, 'file');
  const body = reveal || file.deviceId === null ? file.body : maskSecrets(file.body, secretsOf(db, file.deviceId));
  return { ...file, body, secretsMasked: !reveal && file.deviceId !== null };
}

export const listUnknownDevices = (db: Db, tenantId: number) =>
  db.select().from(unknownDevices).where(eq(unknownDevices.tenantId, tenantId)).orderBy(desc(unknownDevices.lastSeenAt)).all();

export const getUnknownDevice = (db: Db, tenantId: number, id: number) => findInTenant(db, unknownDevices, tenantId, id, 'unknown device');

export function dismissUnknownDevice(db: Db, tenantId: number, id: number): void {
  getUnknownDevice(db, tenantId, id);
  db.delete(unknownDevices).where(and(eq(unknownDevices.id, id), eq(unknownDevices.tenantId, tenantId))).run();
}
