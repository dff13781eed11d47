import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { blockedAddresses } from '@/db/schema';
import { freshDatabase } from '@/lib/test-db';
import { openApiDocument } from './openapi';
import { blockedAddressHandlers, phoneAccessHandlers } from './phone-access';

// Issue 10: /api/v1/phone-access, a singleton like /api/v1/pbx-settings, and the blocked addresses with their unblock.

let db: Db;
let tenantId: number;
const token = () => process.env.PROVISIO_API_TOKEN!;

async function call(method: 'GET' | 'PUT' | 'PATCH', query = '', body?: unknown) {
  const request = new Request(`http://localhost/api/v1/phone-access${query}`, {
    method,
    headers: { Authorization: `Bearer ${token()}`, 'Content-Type': 'application/json', 'Accept-Language': 'it' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const response = await phoneAccessHandlers()[method](request);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

beforeAll(async () => {
  ({ db, tenantId } = await freshDatabase());
});

describe('/api/v1/phone-access', () => {
  it('reads the defaults: everything off, 30 misses in 10 minutes', async () => {
    const { status, body } = await call('GET');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      authMode: 'off',
      username: '',
      passwordSet: false,
      allowedNetworks: [],
      enumerationThreshold: 30,
      enumerationWindowMinutes: 10,
    });
    expect(body).not.toHaveProperty('password');
  });

  it('saves credentials and networks; the password stays write-only unless revealed, and encrypted at rest', async () => {
    const saved = await call('PUT', '', {
      authMode: 'digest',
      username: 'phones',
      password: 'Sekrit-pass-1',
      allowedNetworks: ['10.0.0.0/8', '2001:db8::/32'],
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ authMode: 'digest', username: 'phones', passwordSet: true, allowedNetworks: ['10.0.0.0/8', '2001:db8::/32'] });
    expect(JSON.stringify(saved.body)).not.toContain('Sekrit');
    expect((await call('PATCH', '', { checkUserAgentMac: true })).body).toMatchObject({ passwordSet: true, checkUserAgentMac: true });
    expect((await call('GET', '?reveal=secrets')).body).toMatchObject({ password: 'Sekrit-pass-1' });
    const stored = db.$client.prepare('SELECT password FROM phone_access WHERE tenant_id = ?').pluck().get(tenantId) as string;
    expect(stored).toMatch(/^v1:/);
  });

  it('refuses bad networks, a missing user name and a short password, each under its field, in the caller language', async () => {
    const bad = await call('PATCH', '', { allowedNetworks: ['10.0.0.0/8', '10.0.0.0/33'] });
    expect(bad.status).toBe(400);
    expect(bad.body.fields).toEqual({ allowedNetworks: [expect.stringMatching(/CIDR/)] });
    expect((await call('PATCH', '', { allowedNetworks: ['2001:db8::/129'] })).status).toBe(400);
    expect((await call('PATCH', '', { allowedNetworks: 'not-a-network' })).status).toBe(400);
    const missing = await call('PUT', '', { authMode: 'basic', username: '', password: 'short' });
    expect(Object.keys(missing.body.fields as object).sort()).toEqual(['password', 'username']);
    expect(await call('GET')).toMatchObject({ body: { authMode: 'digest', username: 'phones' } });
  });

  it('sets the first-fetch window in hours; refuses one outside 0–168 under its field, in Italian', async () => {
    expect((await call('PATCH', '', { firstFetchWindowHours: 4 })).body).toMatchObject({ firstFetchWindowHours: 4 });
    const bad = await call('PATCH', '', { firstFetchWindowHours: 500 });
    expect(bad.status).toBe(400);
    expect(bad.body.fields).toEqual({ firstFetchWindowHours: ['Inserisci un numero di ore tra 0 e 168 (0: nessuna finestra).'] });
    expect((await call('GET')).body).toMatchObject({ firstFetchWindowHours: 4 });
  });

  it('lists blocked addresses and unblocks one (404 for one that is not the tenant)', async () => {
    const now = Date.now();
    const { id } = db
      .insert(blockedAddresses)
      .values({ tenantId, address: '198.51.100.7', misses: 31, blockedAt: new Date(now), until: new Date(now + 3_600_000) })
      .returning()
      .get();
    const auth = { Authorization: `Bearer ${token()}` };
    const list = await blockedAddressHandlers().GET(new Request('http://localhost/api/v1/phone-access/blocked', { headers: auth }));
    expect(((await list.json()) as { items: unknown[] }).items).toEqual([expect.objectContaining({ id, address: '198.51.100.7', misses: 31 })]);
    const remove = (raw: string) =>
      blockedAddressHandlers().DELETE(new Request(`http://localhost/api/v1/phone-access/blocked/${raw}`, { method: 'DELETE', headers: auth }), raw);
    expect((await remove(String(id))).status).toBe(204);
    expect((await remove(String(id))).status).toBe(404);
    expect((await remove('x')).status).toBe(404);
  });

  it('is in the OpenAPI document', () => {
    const doc = openApiDocument('http://localhost') as { paths: Record<string, Record<string, unknown>> };
    expect(Object.keys(doc.paths['/phone-access'])).toEqual(['get', 'put']);
    expect(doc.paths['/phone-access/blocked/{id}']).toHaveProperty('delete');
  });
});
