import { describe, expect, it } from 'vitest';
import { accountsOnLines, regenerationReads, renderableDevices } from '@/db/queries/generation';
import { openSecret, sealSecret } from '@/lib/secrets';
import { freshDatabase } from '@/lib/test-db';
import { objectsOf } from './render-page';

// A regeneration reads its rows raw (arrays) and its render thread makes the objects: they must be the objects Drizzle
// makes of the same rows, whatever the order of the columns in db/queries/generation.ts.
describe('raw rows of a regeneration', () => {
  it('become the objects Drizzle makes, secrets still sealed', async () => {
    const { db, tenantId } = await freshDatabase();
    const sqlite = db.$client;
    const model = sqlite
      .prepare('SELECT m.id, (SELECT min(t.id) FROM templates t WHERE t.model_id = m.id) AS templateId FROM device_models m LIMIT 1')
      .get() as {
      id: number;
      templateId: number;
    };
    const device = sqlite
      .prepare(
        "INSERT INTO devices (tenant_id, mac, model_id, template_id, label, admin_password, network_mode, ip_address, vlan_id, vlan_priority, time_zone) VALUES (?, '001565aabbcc', ?, ?, 'Reception', ?, 'static', '10.0.0.9', 20, 5, 'Europe/Rome') RETURNING id",
      )
      .get(tenantId, model.id, model.templateId, sealSecret('admin-secret')) as { id: number };
    for (const [position, ext] of [
      [1, '201'],
      [2, '202'],
    ] as const) {
      const account = sqlite
        .prepare(
          "INSERT INTO accounts (tenant_id, extension, sip_username, auth_username, sip_password, display_name, first_name) VALUES (?, ?, ?, '', ?, 'Desk', 'Ada') RETURNING id",
        )
        .get(tenantId, ext, `u${ext}`, sealSecret(`sip-${ext}`)) as { id: number };
      sqlite.prepare('INSERT INTO device_lines (device_id, position, account_id) VALUES (?, ?, ?)').run(device.id, position, account.id);
    }

    const reads = regenerationReads(db, tenantId);
    const [raw] = objectsOf(reads.devicesToRender([device.id]));
    const [mapped] = renderableDevices(db, tenantId, [device.id]);
    expect(openSecret(raw.device.adminPassword as Buffer)).toBe('admin-secret');
    const { adminPassword: _sealed, isEnabled, ...rest } = raw.device;
    expect(Boolean(isEnabled)).toBe(mapped.device.isEnabled);
    expect(mapped.device).toMatchObject(rest);
    expect(mapped.device.adminPassword).toBe('admin-secret');
    expect({ rule: raw.rule, brand: raw.brand, modelName: raw.modelName, contentType: raw.contentType }).toEqual({
      rule: { prefix: mapped.rule.prefix, macFormat: mapped.rule.macFormat, suffix: mapped.rule.suffix },
      brand: mapped.brand,
      modelName: mapped.modelName,
      contentType: mapped.contentType,
    });

    const lines = objectsOf(reads.linesToRender([device.id]));
    const expected = accountsOnLines(db, [device.id]).get(device.id)!;
    expect(lines.map((line) => line.deviceId)).toEqual([device.id, device.id]);
    expect(lines.map(({ account }) => ({ ...account, sipPassword: openSecret(account.sipPassword as Buffer) }))).toEqual(
      expected.map((account) => ({
        extension: account.extension,
        sipUsername: account.sipUsername,
        authUsername: account.authUsername,
        sipPassword: account.sipPassword,
        displayName: account.displayName,
        firstName: account.firstName,
        lastName: account.lastName,
        voicemailNumber: account.voicemailNumber,
      })),
    );
  });
});
