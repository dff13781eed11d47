import { afterEach, describe, expect, it } from 'vitest';
import { listDeviceModels } from '@/db/queries/device-models';
import { getTenant } from '@/db/queries/tenants';
import { listTemplates } from '@/db/queries/templates';
import { sipPnpResolver } from '@/lib/daemons/sip-pnp/policy';
import { createSipPnpResponder } from '@/lib/daemons/sip-pnp/responder';
import type { SipRequest } from '@/lib/daemons/sip-pnp/sip-message';
import { openUdpPhone } from '@/lib/daemons/sip-pnp/udp-phone.fixture';
import { renderSubscribe, VENDOR_SUBSCRIBES } from '@/lib/daemons/sip-pnp/vendor-subscribes.fixture';
import { createDevice } from '@/lib/domain/devices';
import { updatePbxSettings } from '@/lib/domain/pbx';
import { updatePhoneAccess } from '@/lib/domain/phone-access';
import { sipPnpBaseUrl } from '@/lib/provisioning/channels';
import { flushFetchLog } from '@/lib/provisioning/fetch-log';
import { discoveryFacts } from '@/lib/provisioning/how-phones-find-us';
import { freshDatabase } from '@/lib/test-db';

// Issue 10: with HTTP authentication on, the URL a SIP PnP NOTIFY gives a phone carries the tenant's credentials in the
// `scheme://user:password@host/…` form phones take (TFTP, which cannot authenticate, never does); the "How phones find
// us" page tells the form without the password. The real responder over UDP, answered by the real policy.

const USER = 'phones';
const PASSWORD = 'Prov-2024.secret';
const snom = VENDOR_SUBSCRIBES[0];
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  flushFetchLog();
  while (cleanups.length) await cleanups.pop()!();
});

async function setup() {
  const { db, tenantId } = await freshDatabase();
  const model = listDeviceModels(db, tenantId).find((m) => m.name === 'Snom D785')!;
  createDevice(db, tenantId, { mac: '00135e874b49', modelId: model.id, templateId: listTemplates(db, tenantId, model.id)[0].id });
  /** The URL in the NOTIFY a new responder (its per-MAC limit fresh) answers the fixture's Snom SUBSCRIBE with. */
  const notifiedUrl = async () => {
    const responder = createSipPnpResponder({
      port: 0,
      host: '127.0.0.1',
      multicastGroup: '',
      advertisedHost: '127.0.0.1',
      t1Ms: 50,
      log: () => {},
      resolveUrl: sipPnpResolver(db, (tenant, scheme) => sipPnpBaseUrl(tenant, scheme).url),
    });
    const { port } = await responder.start();
    const phone = await openUdpPhone();
    cleanups.push(
      () => responder.stop(),
      () => phone.close(),
    );
    await phone.send(renderSubscribe(snom, '127.0.0.1', phone.port), port);
    expect((await phone.next()).message).toMatchObject({ kind: 'response', status: 200 });
    const notify = (await phone.next()).message as SipRequest;
    expect(notify).toMatchObject({ kind: 'request', method: 'NOTIFY' });
    await phone.answer(notify, { address: '127.0.0.1', port });
    return notify.body.toString();
  };
  return { db, tenantId, notifiedUrl };
}

describe('SIP PnP answers carry the phone credentials (UDP)', () => {
  it('HTTP and HTTPS URLs with user:password@ while authentication is on, none with it off or over TFTP', async () => {
    const { db, tenantId, notifiedUrl } = await setup();
    expect(await notifiedUrl()).toBe('http://pbx.test:8080/provisioning/snomD785-00135E874B49.htm');
    updatePhoneAccess(db, tenantId, { authMode: 'digest', username: USER, password: PASSWORD });
    expect(await notifiedUrl()).toBe(`http://${USER}:${PASSWORD}@pbx.test:8080/provisioning/snomD785-00135E874B49.htm`);
    updatePbxSettings(db, tenantId, { pnpUrlScheme: 'https' });
    expect(await notifiedUrl()).toBe(`https://${USER}:${PASSWORD}@pbx.test:8443/provisioning/snomD785-00135E874B49.htm`);
    updatePbxSettings(db, tenantId, { pnpUrlScheme: 'tftp' });
    expect(await notifiedUrl()).not.toContain(PASSWORD);
    updatePbxSettings(db, tenantId, { pnpUrlScheme: 'http' });
    updatePhoneAccess(db, tenantId, { authMode: 'off' });
    expect(await notifiedUrl()).toBe('http://pbx.test:8080/provisioning/snomD785-00135E874B49.htm');
  });
});

describe('"How phones find us" data', () => {
  it('names the mode, the user name and the URL form, never the password; TFTP follows the allowed networks', async () => {
    const { db, tenantId } = await freshDatabase();
    const tenant = getTenant(db, tenantId)!;
    expect(discoveryFacts(db, tenant).phoneAuth).toBeNull();
    updatePhoneAccess(db, tenantId, { authMode: 'basic', username: USER, password: PASSWORD });
    const facts = discoveryFacts(db, tenant);
    expect(facts.phoneAuth).toEqual({
      mode: 'basic',
      username: USER,
      urlForm: `https://${USER}:<password>@pbx.test:8443/provisioning/`,
      tftpServesAllowedNetworks: false,
    });
    expect(JSON.stringify(facts)).not.toContain(PASSWORD);
    updatePhoneAccess(db, tenantId, { allowedNetworks: ['192.168.10.0/24'] });
    expect(discoveryFacts(db, tenant).phoneAuth).toMatchObject({ tftpServesAllowedNetworks: true });
  });
});
