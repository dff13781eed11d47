import dgram from 'node:dgram';
import { describe, expect, it } from 'vitest';
import { createTftpServer } from './server';
import { makeFiles, RawClient, startTestServer } from './test-support';

const read = () => ({ ok: false as const, error: 'not_found' as const });

describe('server lifecycle', () => {
  it('binds nothing until start() and is idempotent', async () => {
    const server = createTftpServer({ port: 0, host: '127.0.0.1', read });
    expect(server.activeTransfers()).toBe(0);
    const [a, b] = await Promise.all([server.start(), server.start()]);
    expect(a.port).toBeGreaterThan(0);
    expect(b).toEqual(a);
    await server.stop();
    await server.stop();
  });

  it('rejects start() with the socket error when the port is taken', async () => {
    const blocker = dgram.createSocket('udp4');
    await new Promise<void>((resolve) => blocker.bind(0, '127.0.0.1', resolve));
    const server = createTftpServer({ port: blocker.address().port, host: '127.0.0.1', read });
    await expect(server.start()).rejects.toMatchObject({ code: 'EADDRINUSE' });
    await new Promise<void>((resolve) => blocker.close(() => resolve()));
    const { port } = await server.start(); // a failed start can be retried
    expect(port).toBeGreaterThan(0);
    await server.stop();
  });

  it('stop() ends running transfers, closes every socket and allows a restart', async () => {
    const { server, port } = await startTestServer(makeFiles(), { timeoutMs: 5000 });
    const clients = await Promise.all([1, 2, 3].map(() => new RawClient().open()));
    for (const c of clients) await c.rrq(port, 'random100k.bin');
    const tids = await Promise.all(clients.map(async (c) => (await c.next()).port));
    expect(server.activeTransfers()).toBe(3);

    await server.stop();
    expect(server.activeTransfers()).toBe(0);
    for (const c of clients) expect((await c.next()).packet).toMatchObject({ op: 'error', code: 0 });
    // Nothing listens any more: an ACK to a transfer port or a request to the main port gets no answer.
    await clients[0].send(Buffer.from([0, 4, 0, 1]), tids[0]);
    await clients[1].rrq(port, 'text.cfg');
    expect(await clients[0].collect(150)).toEqual([]);
    expect(await clients[1].collect(0)).toEqual([]);

    const again = await server.start();
    expect(again.port).toBeGreaterThan(0);
    await server.stop();
    await Promise.all(clients.map((c) => c.close()));
  });
});
