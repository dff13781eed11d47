import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { parseEnv } from '@/lib/env';
import { descriptorLimit, httpLimits } from '@/lib/http-limits';
import { request, silentConnection } from '@/lib/test-http-client';

// Issue 12, finding 2: silent TCP connections used up every file descriptor and took HTTP, HTTPS and
// health down. Here the real listeners run in a child whose descriptor limit is 256; one address opens
// more silent connections than that, and another host must still be served while they are cleared.

const ROOT = path.resolve(import.meta.dirname, '..');
const children: ChildProcess[] = [];
const sockets: Array<{ socket: { destroy(): void } }> = [];
afterEach(() => {
  for (const s of sockets.splice(0)) s.socket.destroy();
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

/** The listeners of server.ts in a child under `ulimit -n <limit>`, with its settings from `env`. */
async function childServers(limit: number, env: Record<string, string>) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'provisio-limits-'));
  const child = spawn('bash', ['-c', `ulimit -n ${limit} && exec "${process.execPath}" --import tsx lib/test-web-servers.ts`], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'error', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  const line = await new Promise<string>((resolve, reject) => {
    readline.createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`the listeners' child exited with ${code}`)));
  });
  return JSON.parse(line) as { http: number; https: number; limits: ReturnType<typeof httpLimits> };
}

describe('silent connections under a descriptor limit of 256', () => {
  it('are capped per address and closed within seconds, while another host is served over HTTP and HTTPS', async () => {
    const ports = await childServers(256, { HTTP_HEADERS_TIMEOUT_MS: '5000', HTTP_REQUEST_TIMEOUT_MS: '5000' });
    // Defaults drawn from the limit: 64 connections in all, 16 per address.
    expect(ports.limits).toMatchObject({ maxConnections: 64, maxConnectionsPerAddress: 16 });

    const attack = [...Array.from({ length: 200 }, () => silentConnection(ports.http)), ...Array.from({ length: 200 }, () => silentConnection(ports.https))];
    sockets.push(...attack);
    // Those over the cap are closed at once, long before the headers timeout.
    await expect.poll(() => attack.filter((c) => !c.isClosed()).length, { timeout: 3_000, interval: 100 }).toBeLessThanOrEqual(16);

    // Meanwhile another host gets its answers, on both listeners and on the phones' path.
    const peer = { localAddress: '127.0.0.2', timeoutMs: 3_000 };
    expect((await request(ports.http, '/api/health', peer)).status).toBe(200);
    expect((await request(ports.https, '/api/health', { ...peer, tls: true })).status).toBe(200);
    expect((await request(ports.http, '/provisioning/000000000000.cfg', peer)).status).toBe(404);

    // The held ones go once the headers timeout (5 s) has passed: the attacker is left with nothing.
    const lifetimes = await Promise.all(attack.map((c) => c.closed));
    expect(Math.max(...lifetimes)).toBeLessThan(8_000);
    // The server releases a closed socket's count when Node runs its close callbacks, a moment after the peer sees
    // the close (and after any connection accepted in the same event-loop turn), so the attacker's next try may come first.
    const freed = () =>
      request(ports.http, '/api/health', { timeoutMs: 3_000 }).then(
        (a) => a.status,
        (e: NodeJS.ErrnoException) => e.code,
      );
    await expect.poll(freed, { timeout: 2_000, interval: 50 }).toBe(200);
  }, 30_000);
});

describe('limits from the settings', () => {
  const settings = parseEnv({});

  it('keep a reserve of the descriptor limit for TFTP, SIP PnP and SQLite, and give one address a quarter at most', () => {
    expect(httpLimits(settings, { soft: 20_000, hard: 20_000 })).toEqual({
      maxConnections: 18_976,
      maxConnectionsPerAddress: 256,
      headersTimeoutMs: 10_000,
      requestTimeoutMs: 60_000,
      keepAliveTimeoutMs: 5_000,
    });
    expect(httpLimits(settings, { soft: 1024, hard: 1024 })).toMatchObject({ maxConnections: 64, maxConnectionsPerAddress: 16 });
    expect(httpLimits(settings, null)).toMatchObject({ maxConnections: 10_000, maxConnectionsPerAddress: 256 });
    const set = parseEnv({ HTTP_MAX_CONNECTIONS: '2000', HTTP_MAX_CONNECTIONS_PER_ADDRESS: '100' });
    expect(httpLimits(set, { soft: 1024, hard: 1024 })).toMatchObject({ maxConnections: 2000, maxConnectionsPerAddress: 100 });
  });

  it('read the open-file limit from /proc/self/limits', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'provisio-limits-')), 'limits');
    fs.writeFileSync(
      file,
      'Limit                     Soft Limit           Hard Limit           Units\nMax open files            4096                 524288               files\n',
    );
    expect(descriptorLimit(file)).toEqual({ soft: 4096, hard: 524288 });
    expect(descriptorLimit(path.join(path.dirname(file), 'missing'))).toBeNull();
    if (process.platform === 'linux') expect(descriptorLimit()?.soft).toBeGreaterThan(0);
  });
});
