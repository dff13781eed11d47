import { describe, expect, it } from 'vitest';
import { listDeviceModels } from '@/db/queries/device-models';
import { listTemplates } from '@/db/queries/templates';
import { sipPnpResolver } from '@/lib/daemons/sip-pnp/policy';
import type { PnpSubscribe } from '@/lib/daemons/sip-pnp/responder';
import { createDevice } from '@/lib/domain/devices';
import { updatePbxSettings } from '@/lib/domain/pbx';
import { sipPnpBaseUrl } from '@/lib/provisioning/channels';
import { freshDatabase } from '@/lib/test-db';

const subscribe = (mac: string): PnpSubscribe =>
  ({ mac, vendor: 'snom', model: 'D785', firmware: '10.1', source: { address: '192.0.2.30', port: 5060 } }) as unknown as PnpSubscribe;

describe('SIP PnP answers with the scheme chosen in the PBX settings', () => {
  it('HTTP by default, HTTPS or TFTP when the admin says so', async () => {
    const { db, tenantId } = await freshDatabase();
    const model = listDeviceModels(db, tenantId).find((m) => m.name === 'Snom D785')!;
    createDevice(db, tenantId, { mac: '000413a1b2c3', modelId: model.id, templateId: listTemplates(db, tenantId, model.id)[0].id });
    const resolve = sipPnpResolver(db, (tenant, scheme) => sipPnpBaseUrl(tenant, scheme).url);
    expect(resolve(subscribe('000413a1b2c3'))).toMatch(/^http:\/\/[^/]+\/provisioning\/snomD785-000413A1B2C3\.htm$/);
    updatePbxSettings(db, tenantId, { pnpUrlScheme: 'tftp' });
    expect(resolve(subscribe('000413a1b2c3'))).toMatch(/^tftp:\/\/[^/]+\/snomD785-000413A1B2C3\.htm$/);
    updatePbxSettings(db, tenantId, { pnpUrlScheme: 'https' });
    expect(resolve(subscribe('000413a1b2c3'))).toMatch(/^https:\/\/[^/]+\/provisioning\/snomD785-000413A1B2C3\.htm$/);
  });
});
