import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import type { Db } from '@/db/client';
import { listDeviceModels } from '@/db/queries/device-models';
import { deviceFile, getDevice } from '@/db/queries/devices';
import { listTemplates } from '@/db/queries/templates';
import { auditLog } from '@/db/schema';
import { runAs } from '@/lib/auth/actor';
import { freshDatabase, filesOf } from '@/lib/test-db';
import { createAccount } from './accounts';
import { cloneDevice, createDevice } from './devices';
import { createTenant } from './tenants';
import { refusal } from './test-support';

// Issue 11: clone a device (new MAC, same everything else).

let db: Db;
let tenantId: number;
let sourceId: number;
const ALICE = { kind: 'user', userId: 7, name: 'alice' } as const;

beforeEach(async () => {
  ({ db, tenantId } = await freshDatabase());
  const model = listDeviceModels(db, tenantId).find((m) => m.name === 'Yealink T4x')!;
  const template = listTemplates(db, tenantId, model.id)[0];
  const a = createAccount(db, tenantId, { extension: '301', sipUsername: 'u301', sipPassword: 'Secret-301' });
  const b = createAccount(db, tenantId, { extension: '302', sipUsername: 'u302', sipPassword: 'Secret-302' });
  sourceId = createDevice(db, tenantId, {
    mac: '001565c10001',
    modelId: model.id,
    templateId: template.id,
    label: 'Reception',
    lines: [b.id, a.id],
    adminUsername: 'boss',
    adminPassword: 'Adm1n-Pass',
    networkMode: 'static',
    ipAddress: '10.0.0.20',
    netmask: '255.255.255.0',
    gateway: '10.0.0.1',
    vlanId: 20,
    vlanPriority: 5,
    language: 'it',
    timeZone: 'Europe/Rome',
  }).id;
});

describe('cloneDevice', () => {
  it('copies model, template, lines and attributes under the new MAC and label, generates its file, and audits a duplicate', () => {
    const copy = runAs(ALICE, () => cloneDevice(db, tenantId, sourceId, { mac: '00-15-65-C1-00-02', label: 'Reception 2' }));
    const source = getDevice(db, tenantId, sourceId)!;
    const stored = getDevice(db, tenantId, copy.id)!;
    const same = ({ id: _i, mac: _m, label: _l, createdAt: _c, updatedAt: _u, ...rest }: typeof source) => rest;
    expect(stored).toMatchObject({ mac: '001565c10002', label: 'Reception 2', lastFetchedAt: null, armedAt: null });
    expect(same(stored)).toEqual(same(source));
    expect(stored.lines).toEqual(source.lines);
    expect(stored.adminPassword).toBe('Adm1n-Pass');

    const file = deviceFile(db, copy.id)!;
    expect(file.fileName).toBe('001565c10002.cfg');
    // The same file as the original's (same template, lines and settings), but for the MAC-named file itself.
    const files = filesOf(db, tenantId);
    expect(files[file.fileName].body).toBe(files['001565c10001.cfg'].body);
    expect(files[file.fileName].body).toContain('u302');

    const entry = db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'device'), eq(auditLog.entityId, copy.id)))
      .all();
    expect(entry).toMatchObject([{ action: 'duplicate', actorName: 'alice', entityLabel: 'Reception 2', tenantId }]);
    // The admin password appears in the trail only as changed.
    expect(JSON.stringify(entry[0].changes)).not.toContain('Adm1n-Pass');
  });

  it('refuses a MAC already in the tenant with the field error of a create, and an invalid MAC under its field', () => {
    const taken = refusal(() => cloneDevice(db, tenantId, sourceId, { mac: '00:15:65:C1:00:01' }));
    expect(taken).toMatchObject({ status: 409, field: 'mac', code: 'validation:device.macTaken' });

    let invalid: unknown;
    try {
      cloneDevice(db, tenantId, sourceId, { mac: 'not-a-mac' });
    } catch (error) {
      invalid = error;
    }
    expect(invalid).toBeInstanceOf(ZodError);
    expect((invalid as ZodError).issues[0]).toMatchObject({ path: ['mac'], message: 'validation:mac.invalid' });
    expect(db.select().from(auditLog).where(eq(auditLog.action, 'duplicate')).all()).toEqual([]);
  });

  it("answers 404 for another tenant's device", () => {
    const other = createTenant(db, { name: 'Other' });
    expect(refusal(() => cloneDevice(db, other.id, sourceId, { mac: '001565c10003' }))).toMatchObject({ status: 404 });
  });
});
