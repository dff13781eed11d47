import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { listDeviceModels } from '@/db/queries/device-models';
import { freshDatabase, filesOf } from '@/lib/test-db';
import { createDevice } from './devices';
import { updatePbxSettings } from './pbx';
import { createTemplate } from './templates';

describe('re-sync settings', () => {
  it('reach templates as placeholders, and a change regenerates the files', async () => {
    const { db, tenantId } = await freshDatabase();
    const model = listDeviceModels(db, tenantId).find((m) => m.name === 'Yealink T4x')!;
    const template = createTemplate(db, tenantId, {
      name: 'Resync',
      modelId: model.id,
      format: 'text',
      body: 'every=%%PROVISIONING_RESYNC_MINUTES%% s=%%PROVISIONING_RESYNC_SECONDS%% h=%%PROVISIONING_RESYNC_HOURS%%\n%%IF PROVISIONING_RESYNC_TIME%%at=%%PROVISIONING_RESYNC_TIME%%\n%%END_IF%%',
    });
    createDevice(db, tenantId, { mac: '001565abcd01', modelId: model.id, templateId: template.id });
    expect(filesOf(db, tenantId)['001565abcd01.cfg'].body).toBe('every=1440 s=86400 h=24\n');
    updatePbxSettings(db, tenantId, { resyncIntervalMinutes: 90, resyncTime: '03:30' });
    expect(filesOf(db, tenantId)['001565abcd01.cfg'].body).toBe('every=90 s=5400 h=2\nat=03:30\n');
  });

  it('refuses an interval out of range, a malformed time and an unknown time zone, each under its field', async () => {
    const { db, tenantId } = await freshDatabase();
    const fieldsOf = (patch: Record<string, unknown>) => {
      try {
        updatePbxSettings(db, tenantId, patch);
      } catch (error) {
        return (error as ZodError).issues.map((i) => [i.path.join('.'), i.message]);
      }
      return [];
    };
    expect(fieldsOf({ resyncIntervalMinutes: 2 })).toEqual([['resyncIntervalMinutes', 'validation:resync.intervalInvalid']]);
    expect(fieldsOf({ resyncTime: '25:00' })).toEqual([['resyncTime', 'validation:resync.timeInvalid']]);
    expect(fieldsOf({ timeZone: 'Mars/Olympus' })).toEqual([['timeZone', 'validation:timeZone.invalid']]);
    expect(fieldsOf({ timeZone: 'America/New_York', resyncTime: '' })).toEqual([]);
  });
});
