import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import readline from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { servingGeneration } from '@/db/queries/serving';
import { createDevice } from '@/lib/domain/devices';
import { updateTemplate } from '@/lib/domain/templates';
import { flushFetchLog, recordFetch } from '@/lib/provisioning/fetch-log';
import { request } from '@/lib/test-http-client';
import { freshDatabase } from '@/lib/test-db';
import { textPhone } from '@/lib/domain/test-support';

// At lib/ because it wires what server.ts wires (issue 12, "HTTPS handshakes on all cores"): the main process with
// two real web workers (lib/cluster/test-harness.ts: server.ts without Next, a stub console in its place) over a
// real database file, driven over real sockets.

const FILE = 'wk-0c1105aabb01.cfg';
let db: Db;
let tenantId: number;
let templateId: number;
let harness: ChildProcess;
let socketPath: string;
let httpPort: number;
let httpsPort: number;

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
async function eventually<T>(read: () => T | Promise<T>, ok: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > until) return value;
    await sleep(50);
  }
}
const workerPids = () => {
  try {
    // Beside the workers, tsx runs an esbuild service under the harness.
    const lines = execFileSync('ps', ['--ppid', String(harness.pid), '-o', 'pid=,args='], { encoding: 'utf8' }).split('\n');
    return lines.filter((line) => line.includes('test-harness')).map((line) => Number(line.trim().split(' ')[0]));
  } catch {
    return [];
  }
};
const fetchLogRows = (fileName: string) =>
  db.$client.prepare('SELECT status, channel FROM fetch_log WHERE file_name = ?').all(fileName) as { status: number; channel: string }[];

beforeAll(async () => {
  let dir: string;
  ({ db, tenantId, dir } = await freshDatabase());
  const { model, template, account } = textPhone(db, tenantId, {
    name: 'Workerphone',
    prefix: 'wk-',
    body: 'v1 user=%%ACCOUNT_SIP_USERNAME%%\n',
    extension: '601',
  });
  templateId = template.id;
  createDevice(db, tenantId, { mac: '0c1105aabb01', modelId: model.id, templateId, lines: [account.id] });
  [httpPort, httpsPort] = [await freePort(), await freePort()];
  harness = spawn(process.execPath, ['--import', 'tsx', 'lib/cluster/test-harness.ts'], {
    env: {
      ...process.env,
      DATA_DIR: dir,
      HTTP_PORT: String(httpPort),
      HTTPS_PORT: String(httpsPort),
      BIND_ADDRESS: '127.0.0.1',
      WORKERS: '2',
      LOG_LEVEL: 'error',
      CONSOLE_HTTPS_ONLY: 'false',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const first = await new Promise<string>((resolve, reject) => {
    readline.createInterface({ input: harness.stdout! }).once('line', resolve);
    harness.once('exit', (code) => reject(new Error(`harness exited with ${code}`)));
  });
  socketPath = (JSON.parse(first) as { socketPath: string }).socketPath;
}, 60_000);

afterAll(() => {
  if (harness?.exitCode === null) harness.kill('SIGKILL');
});

describe('web workers', () => {
  it('are two processes under the main one, answering phones over HTTP and HTTPS', async () => {
    expect(workerPids()).toHaveLength(2);
    for (const tls of [false, true]) {
      const answer = await request(tls ? httpsPort : httpPort, `/provisioning/${FILE}`, { tls });
      expect(answer.status).toBe(200);
      expect(answer.body).toBe('v1 user=u601\n');
    }
    expect((await request(httpPort, '/provisioning/wk-0c1105aabb02.cfg')).status).toBe(404);
  });

  it('pass the console to the main process, with the peer address and channel they saw and every header of the answer', async () => {
    for (const tls of [false, true]) {
      const answer = await request(tls ? httpsPort : httpPort, '/devices?q=1', {
        tls,
        headers: { 'x-provisio-client-ip': '203.0.113.9', 'x-provisio-secure': '1' },
      });
      expect(answer.status).toBe(201);
      expect(answer.headers['x-console-pid']).toBe(String(harness.pid));
      expect(answer.headers['set-cookie']).toEqual(['a=1; Path=/', 'b=2; Path=/']);
      expect(JSON.parse(answer.body)).toMatchObject({ method: 'GET', url: '/devices?q=1', secure: tls ? '1' : '0', clientIp: '127.0.0.1' });
    }
  });

  it('stream a request body through to the console', async () => {
    const body = 'x'.repeat(300_000);
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port: httpPort, method: 'POST', path: '/login', agent: false }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      });
      req.on('error', reject);
      // In pieces, as a browser uploads: the worker must pass each on, not wait for a whole body.
      for (let i = 0; i < body.length; i += 64_000) req.write(body.slice(i, i + 64_000));
      req.end();
    });
    expect(answer.status).toBe(201);
    expect(JSON.parse(answer.body)).toMatchObject({ method: 'POST', url: '/login', body });
  });

  it("leave the fetch log to the main process, which writes every worker's fetches", async () => {
    for (let i = 0; i < 10; i++) await request(i % 2 ? httpsPort : httpPort, `/provisioning/${FILE}`, { tls: i % 2 === 1 });
    await request(httpPort, '/provisioning/wk-0c1105aabb99.cfg');
    const rows = await eventually(
      () => fetchLogRows(FILE),
      (r) => r.length >= 12,
    );
    expect(rows.filter((r) => r.status === 200).length).toBeGreaterThanOrEqual(12);
    expect(new Set(rows.map((r) => r.channel))).toEqual(new Set(['http', 'https']));
    expect(
      await eventually(
        () => fetchLogRows('wk-0c1105aabb99.cfg'),
        (r) => r.length === 1,
      ),
    ).toEqual([{ status: 404, channel: 'http' }]);
  });

  it('serve a file changed by the main process within moments, and the fetch log alone never makes them look again', async () => {
    const before = servingGeneration(db);
    recordFetch(db, { at: Date.now(), channel: 'http', tenantId, fileName: FILE, clientIp: '127.0.0.1', userAgent: null, status: 200, deviceId: null });
    flushFetchLog();
    expect(servingGeneration(db)).toBe(before);

    updateTemplate(db, tenantId, templateId, { body: 'v2 user=%%ACCOUNT_SIP_USERNAME%%\n' });
    expect(servingGeneration(db)).toBeGreaterThan(before);
    const answer = await eventually(
      () => request(httpPort, `/provisioning/${FILE}`),
      (a) => a.body.startsWith('v2'),
      2_000,
    );
    expect(answer.body).toBe('v2 user=u601\n');
  });

  it('replace a worker that dies, while the other keeps answering', async () => {
    const [victim] = workerPids();
    process.kill(victim, 'SIGKILL');
    // A connection node:cluster handed to the victim in the moment it died is lost (a phone retries, so does this
    // test); once the main process has seen it go, the survivor takes every connection until the replacement is up.
    const answered = await eventually(
      () => request(httpPort, `/provisioning/${FILE}`, { timeoutMs: 300 }).catch(() => null),
      (a) => a?.status === 200,
    );
    expect(answered?.status).toBe(200);
    expect(workerPids()).toHaveLength(1);
    const pids = await eventually(workerPids, (p) => p.length === 2 && !p.includes(victim));
    expect(pids).toHaveLength(2);
    expect(pids).not.toContain(victim);
    for (let i = 0; i < 4; i++) expect((await request(httpPort, `/provisioning/${FILE}`)).status).toBe(200);
  });

  it('stop with the main process on SIGTERM, and the console socket goes with them', async () => {
    const pids = workerPids();
    const exited = new Promise<number | null>((resolve) => harness.once('exit', resolve));
    harness.kill('SIGTERM');
    expect(await exited).toBe(0);
    for (const pid of pids) expect(() => process.kill(pid, 0)).toThrow();
    expect(fs.existsSync(socketPath)).toBe(false);
  });
});
