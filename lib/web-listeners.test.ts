import http from 'node:http';
import https from 'node:https';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEnv } from '@/lib/env';
import type { HttpLimits } from '@/lib/http-limits';
import { request, silentConnection } from '@/lib/test-http-client';
import { type EchoedRequest, SLOW_ANSWER_MS, startWebServers } from '@/lib/test-web-servers';

// The listeners of server.ts over real sockets on loopback: the console is HTTPS-only by default while
// phones and monitoring keep plain HTTP (issue 12, finding 12), and the connection limits (finding 2)
// leave browsers' and phones' keep-alive connections alone.

const LIMITS: HttpLimits = { maxConnections: 8, maxConnectionsPerAddress: 4, headersTimeoutMs: 2_000, requestTimeoutMs: 2_000, keepAliveTimeoutMs: 4_000 };
let servers: Awaited<ReturnType<typeof startWebServers>>;

beforeAll(async () => {
  servers = await startWebServers(parseEnv({}), LIMITS);
});
afterAll(() => servers.close());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const echoed = (answer: { body: string }) => JSON.parse(answer.body) as EchoedRequest;

describe('the console is HTTPS-only by default', () => {
  it('redirects the console and the API on plain HTTP to the same URL over HTTPS', async () => {
    for (const path of ['/', '/devices?q=snom', '/api/v1/devices', '/login']) {
      const answer = await request(servers.httpPort, path);
      expect(answer.status, path).toBe(308);
      expect(answer.headers.location).toBe(`https://127.0.0.1:${servers.httpsPort}${path}`);
    }
  });

  it('leaves /provisioning/ and /api/health on plain HTTP alone', async () => {
    expect((await request(servers.httpPort, '/provisioning/000000000000.cfg')).status).toBe(404);
    const health = await request(servers.httpPort, '/api/health');
    expect(health.status).toBe(200);
    expect(echoed(health)).toMatchObject({ url: '/api/health', secure: '0' });
  });

  it('tells the console the request came over HTTPS (the session cookie is Secure then), whatever the client claims', async () => {
    const answer = await request(servers.httpsPort, '/devices', { tls: true, headers: { 'x-provisio-secure': '0', 'x-provisio-client-ip': '203.0.113.9' } });
    expect(echoed(answer)).toEqual({ url: '/devices', secure: '1', clientIp: '127.0.0.1' });
  });
});

describe('connection limits', () => {
  it('keep an idle keep-alive connection past the headers timeout, on HTTP and HTTPS', async () => {
    for (const [tls, agent] of [
      [false, new http.Agent({ keepAlive: true, maxSockets: 1 })],
      [true, new https.Agent({ keepAlive: true, maxSockets: 1 })],
    ] as const) {
      const port = tls ? servers.httpsPort : servers.httpPort;
      const first = await request(port, '/api/health', { tls, agent });
      await sleep(LIMITS.headersTimeoutMs + 1_000);
      const second = await request(port, '/api/health', { tls, agent });
      expect(second.status).toBe(200);
      expect(second.socket).toBe(first.socket);
      agent.destroy();
    }
  });

  it('let a slow answer take longer than the request timeout', async () => {
    expect(SLOW_ANSWER_MS).toBeGreaterThan(LIMITS.requestTimeoutMs);
    expect((await request(servers.httpsPort, '/slow', { tls: true })).status).toBe(200);
  });

  it('close a silent connection after the headers timeout, on HTTP and before the TLS handshake on HTTPS', async () => {
    const lifetimes = await Promise.all([silentConnection(servers.httpPort).closed, silentConnection(servers.httpsPort).closed]);
    for (const ms of lifetimes) expect(ms).toBeGreaterThanOrEqual(LIMITS.headersTimeoutMs - 100);
    for (const ms of lifetimes) expect(ms).toBeLessThan(LIMITS.headersTimeoutMs + 2_500);
  });

  it('refuse at once a connection over the per-address cap, then over the total, and admit again once they close', async () => {
    const soon = { timeout: 1_500, interval: 50 };
    const first = Array.from({ length: 6 }, () => silentConnection(servers.httpPort, '127.0.0.3'));
    await expect.poll(() => first.filter((c) => c.isClosed()).length, soon).toBe(2);
    expect(servers.openConnections()).toBe(4);
    const others = Array.from({ length: 4 }, () => silentConnection(servers.httpsPort, '127.0.0.4'));
    await expect.poll(() => servers.openConnections(), soon).toBe(LIMITS.maxConnections);
    const last = silentConnection(servers.httpPort, '127.0.0.5');
    await expect.poll(() => last.isClosed(), soon).toBe(true);
    expect(servers.openConnections()).toBe(LIMITS.maxConnections);
    for (const c of [...first, ...others]) c.socket.destroy();
    await expect.poll(() => servers.openConnections(), soon).toBe(0);
    expect((await request(servers.httpPort, '/api/health', { localAddress: '127.0.0.3' })).status).toBe(200);
  });
});
