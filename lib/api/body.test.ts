import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { freshDatabase } from '@/lib/test-db';
import { MAX_API_BODY_BYTES } from './body';
import { collectionHandlers, itemHandlers } from './handlers';

let db: Db;
let tenantId: number;

beforeAll(async () => {
  ({ db, tenantId } = await freshDatabase());
});

const auth = () => ({ Authorization: `Bearer ${process.env.PROVISIO_API_TOKEN}`, 'Content-Type': 'application/json' });
const accountCount = () => (db.$client.prepare('SELECT count(*) AS n FROM accounts WHERE tenant_id = ?').get(tenantId) as { n: number }).n;

/** A JSON body of `total` bytes produced on demand, counting how much of it the server pulled. */
function streamedBody(total: number) {
  const chunk = new TextEncoder().encode(' '.repeat(64 * 1024));
  const head = new TextEncoder().encode('{"extension":"1","sipUsername":"u","sipPassword":"p","displayName":"');
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= total) return controller.close();
      const piece = sent === 0 ? head : chunk;
      sent += piece.byteLength;
      controller.enqueue(piece);
    },
  });
  return { stream, pulled: () => sent };
}

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  collectionHandlers('accounts').POST(
    new Request('http://localhost/api/v1/accounts', { method: 'POST', headers: { ...auth(), ...headers }, body, duplex: 'half' } as RequestInit),
  );

describe('API request bodies are bounded (issue 12, finding 8)', () => {
  it('a body past the limit is refused with 413 after reading little more than the limit', async () => {
    const body = streamedBody(64 * 1024 * 1024);
    const response = await post(body.stream);
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: 'payload_too_large' });
    expect(body.pulled()).toBeLessThan(MAX_API_BODY_BYTES + 256 * 1024);
    expect(accountCount()).toBe(0);
  });

  it('a Content-Length past the limit is refused before reading anything', async () => {
    const body = streamedBody(4 * 1024 * 1024);
    const response = await post(body.stream, { 'Content-Length': String(4 * 1024 * 1024) });
    expect(response.status).toBe(413);
    expect(body.pulled()).toBeLessThanOrEqual(64 * 1024);
  });

  it('a body within the limit is still accepted', async () => {
    const response = await post(JSON.stringify({ extension: '300', sipUsername: 'u300', sipPassword: 'p', displayName: 'x'.repeat(80) }));
    expect(response.status).toBe(201);
    expect(accountCount()).toBe(1);
  });
});

describe('API request bodies must be UTF-8 (issue 12, finding 11)', () => {
  it('invalid UTF-8 is refused with 400, not stored with U+FFFD', async () => {
    const before = accountCount();
    const bytes = Buffer.concat([
      Buffer.from('{"extension":"301","sipUsername":"u301","sipPassword":"p","displayName":"Caf'),
      Buffer.from([0xe9]),
      Buffer.from('"}'),
    ]);
    const response = await post(bytes);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid_encoding' });
    expect(accountCount()).toBe(before);
    const items = (await collectionHandlers('accounts')
      .GET(new Request('http://localhost/api/v1/accounts', { headers: auth() }))
      .then((r) => r.json())) as {
      items: { displayName: string }[];
    };
    expect(items.items.some((a) => a.displayName.includes('\uFFFD'))).toBe(false);
  });

  it('updates refuse it too', async () => {
    const id = (db.$client.prepare('SELECT id FROM accounts WHERE tenant_id = ? LIMIT 1').get(tenantId) as { id: number }).id;
    const request = new Request(`http://localhost/api/v1/accounts/${id}`, {
      method: 'PATCH',
      headers: auth(),
      body: Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x3a, 0x31, 0x7d]),
    });
    expect((await itemHandlers('accounts').PATCH(request, String(id))).status).toBe(400);
  });
});
