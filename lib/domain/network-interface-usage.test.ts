import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { networkInterfaceRows } from '@/db/queries/pbx';
import { DomainError } from '@/lib/errors';
import { freshDatabase } from '@/lib/test-db';
import { createNetworkInterface, deleteNetworkInterface } from './pbx';
import { createPlaceholder, deletePlaceholder } from './placeholders';
import { createTenant } from './tenants';

let db: Db;
let tenantId: number;

beforeEach(async () => {
  ({ db, tenantId } = await freshDatabase());
});

describe('what uses a network interface, known before a delete is asked for', () => {
  it('each row names the dynamic placeholders reading its address; the server refuses with the same names', () => {
    const voice = createNetworkInterface(db, tenantId, { name: 'voice', vlanId: 30, ipv4Address: '10.30.0.1' });
    const data = createNetworkInterface(db, tenantId, { name: 'data', ipv4Address: '10.40.0.1' });
    const phones = createPlaceholder(db, tenantId, { name: 'PHONES_IP', kind: 'dynamic', interfaceId: voice.id });
    createPlaceholder(db, tenantId, { name: 'GATEWAY_IP', kind: 'dynamic', interfaceId: voice.id });
    createPlaceholder(db, tenantId, { name: 'SITE', kind: 'static', value: 'Milano' });

    expect(networkInterfaceRows(db, tenantId)).toEqual([
      { id: data.id, name: 'data', vlanId: null, ipv4Address: '10.40.0.1', placeholders: [] },
      { id: voice.id, name: 'voice', vlanId: 30, ipv4Address: '10.30.0.1', placeholders: ['GATEWAY_IP', 'PHONES_IP'] },
    ]);

    const refusal = (() => {
      try {
        deleteNetworkInterface(db, tenantId, voice.id);
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(DomainError);
    expect(refusal).toMatchObject({
      status: 409,
      code: 'validation:interface.inUse',
      details: { placeholders: expect.arrayContaining(['GATEWAY_IP', 'PHONES_IP']) },
    });
    expect((refusal as DomainError).params.placeholders).toContain('%%_PHONES_IP%%');

    deletePlaceholder(db, tenantId, phones.id);
    expect(networkInterfaceRows(db, tenantId).find((row) => row.id === voice.id)?.placeholders).toEqual(['GATEWAY_IP']);
    deleteNetworkInterface(db, tenantId, data.id);
    expect(networkInterfaceRows(db, tenantId).map((row) => row.name)).toEqual(['voice']);
  });

  it('another tenant’s placeholders and interfaces are not listed', () => {
    const other = createTenant(db, { name: 'Other' }).id;
    const iface = createNetworkInterface(db, other, { name: 'lan', ipv4Address: '10.0.0.1' });
    createPlaceholder(db, other, { name: 'LAN_IP', kind: 'dynamic', interfaceId: iface.id });
    expect(networkInterfaceRows(db, tenantId)).toEqual([]);
    expect(networkInterfaceRows(db, other)).toMatchObject([{ name: 'lan', placeholders: ['LAN_IP'] }]);
  });
});
