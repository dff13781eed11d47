import type http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { generate } from 'selfsigned';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import type { Db } from '@/db/client';
import { listDeviceModels } from '@/db/queries/device-models';
import { listTemplates } from '@/db/queries/templates';
import { getDefaultTenant } from '@/db/queries/tenants';
import { createAccount } from '@/lib/domain/accounts';
import { createDevice } from '@/lib/domain/devices';
import { createTenant } from '@/lib/domain/tenants';
import { parseEnv } from '@/lib/env';
import { fuzzCases, fuzzSeed, hostileUrlPath, nastyString, rawHttpRequest, replayHint, seededRng } from '@/lib/fuzz-support';
import { httpLimits } from '@/lib/http-limits';
import { answerProvisioningRequest } from '@/lib/provisioning/http';
import { parseProvisioningPath } from '@/lib/provisioning/serve';
import { filesOf, freshDatabase } from '@/lib/test-db';
import { request } from '@/lib/test-http-client';
import { createWebServers } from '@/lib/web-listeners';

// Issue 12, tests: a seeded fuzz pass over the real HTTP listener and /provisioning/ serving path. Raw request
// lines and headers (traversal in every encoding, NUL, overlong UTF-8, long paths, odd methods and versions, bad
// framing) against a real SQLite file with two tenants: never a 5xx, never a byte that is not the asked
// tenant's generated file, and every miss answered alike.

const NEXT_MARKER = 'handed-to-next';
let db: Db;
let tenants: { uuid: string; isDefault: boolean; files: Map<string, string> }[];
let servers: ReturnType<typeof createWebServers>;
let httpPort: number;

async function device(tenantId: number, mac: string) {
  const model = listDeviceModels(db, tenantId).find((m) => m.name === 'Yealink T4x')!;
  const account = createAccount(db, tenantId, { extension: `2${mac.slice(-2)}`, sipUsername: `u${mac}`, sipPassword: `pw-${mac}` });
  createDevice(db, tenantId, { mac, modelId: model.id, templateId: listTemplates(db, tenantId, model.id)[0].id, lines: [account.id] });
}

beforeAll(async () => {
  ({ db } = await freshDatabase());
  const home = getDefaultTenant(db)!;
  const other = createTenant(db, { name: 'Other site' });
  await device(home.id, '001565aa0001');
  await device(other.id, '001565bb0002');
  const filesIn = (id: number) => new Map(Object.values(filesOf(db, id)).map((f) => [f.fileName, f.body]));
  tenants = [
    { uuid: home.uuid, isDefault: true, files: filesIn(home.id) },
    { uuid: other.uuid, isDefault: false, files: filesIn(other.id) },
  ];
  const pems = await generate([{ name: 'commonName', value: 'localhost' }], { keySize: 2048 });
  const settings = parseEnv({ ...process.env, HTTP_MAX_CONNECTIONS: '512' });
  servers = createWebServers({
    db,
    settings: { HTTPS_PORT: 0, PROVISIONING_HTTP_ENABLED: true, CONSOLE_HTTPS_ONLY: false },
    limits: httpLimits(settings),
    tls: { cert: pems.cert, key: pems.private },
    handleNext: async (_req: http.IncomingMessage, res: http.ServerResponse) => void res.writeHead(200).end(NEXT_MARKER),
  });
  httpPort = await new Promise<number>((resolve) => servers.plain.listen(0, '127.0.0.1', () => resolve((servers.plain.address() as AddressInfo).port)));
}, 30_000);

afterAll(async () => {
  servers.plain.closeAllConnections();
  await new Promise((resolve) => servers.plain.close(resolve));
});

/** Every name a phone could ask for, with and without its tenant's uuid, and one tenant's name under the other. */
function knownPaths() {
  const [home, other] = tenants;
  return [
    ...[...home.files.keys()],
    ...[...other.files.keys()].map((n) => `${other.uuid}/${n}`),
    ...[...other.files.keys()],
    ...[...home.files.keys()].map((n) => `${other.uuid}/${n}`),
  ];
}

/**
 * Which file a 200 may carry for `path` (below /provisioning/, encoded), worked out without the product's
 * parser: the named file of the tenant the path names (a uuid segment, else the default tenant).
 */
function allowedBodies(path: string): string[] {
  let segments: string[];
  try {
    segments = path
      .split('?')[0]
      .split('/')
      .filter(Boolean)
      .map((s) => decodeURIComponent(s));
  } catch {
    return [];
  }
  const tenant = segments.length === 2 ? tenants.find((t) => t.uuid === segments[0]) : segments.length === 1 ? tenants.find((t) => t.isDefault) : undefined;
  const wanted = segments.at(-1)?.toLowerCase();
  return tenant ? [...tenant.files].filter(([name]) => name.toLowerCase() === wanted).map(([, body]) => body) : [];
}

type RawAnswer = { text: string; status: number | null; head: string; body: string };

/** Sends raw bytes on a fresh connection and reads until the server closes (or `ms` pass). */
function rawExchange(port: number, data: Buffer, ms = 3000): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    const chunks: Buffer[] = [];
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      const text = Buffer.concat(chunks).toString('latin1');
      const end = text.indexOf('\r\n\r\n');
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(text);
      resolve({ text, status: status ? Number(status[1]) : null, head: end < 0 ? text : text.slice(0, end), body: end < 0 ? '' : text.slice(end + 4) });
    };
    const timer = setTimeout(done, ms);
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', done);
    socket.on('close', done);
    socket.end(data);
  });
}

/** A response with what differs per request left out, so misses can be compared byte for byte. */
const shape = (answer: RawAnswer) =>
  answer.head
    .split('\r\n')
    .filter((line) => !/^(date|connection|keep-alive):/i.test(line))
    .join('\n');

describe('HTTP /provisioning/ fuzz (issue 12)', () => {
  it('the path parser never lets a separator, NUL or dot segment through, whatever the encoding', () => {
    const seed = fuzzSeed();
    onTestFailed(() => console.error(replayHint('provisioning path fuzz', seed)));
    const rng = seededRng(seed);
    const known = knownPaths();
    for (let i = 0, n = fuzzCases(5000); i < n; i++) {
      const path = rng.chance(0.8) ? hostileUrlPath(rng, known) : nastyString(rng, 300);
      for (const channel of ['http', 'tftp'] as const) {
        const parsed = parseProvisioningPath(path, channel);
        if ('status' in parsed) {
          expect([400, 404]).toContain(parsed.status);
          continue;
        }
        expect(parsed.fileName).toMatch(/^[\x21-\x7e]+$/);
        expect(parsed.fileName).not.toMatch(/[/\\%]/);
        expect(['.', '..']).not.toContain(parsed.fileName);
        if (parsed.tenantUuid !== null) expect(parsed.tenantUuid).toMatch(/^[0-9a-f-]{36}$/);
      }
    }
  });

  it('answerProvisioningRequest answers every method, path and If-None-Match with 200/304 of the right file or a plain miss', () => {
    const seed = fuzzSeed();
    onTestFailed(() => console.error(replayHint('provisioning answer fuzz', seed)));
    const rng = seededRng(seed);
    const known = knownPaths();
    for (let i = 0, n = fuzzCases(2000); i < n; i++) {
      const path = hostileUrlPath(rng, known);
      const answer = answerProvisioningRequest(db, {
        method: rng.pick(['GET', 'GET', 'HEAD', 'POST', 'PUT', 'get', '']),
        path,
        secure: rng.chance(0.5),
        clientIp: `192.0.2.${rng.int(256)}`,
        userAgent: rng.chance(0.5) ? nastyString(rng, 60) : null,
        ifNoneMatch: rng.chance(0.3) ? rng.pick(['*', '"x"', nastyString(rng, 20)]) : null,
      });
      expect([200, 304, 400, 404, 405], path).toContain(answer.status);
      if (answer.status === 200 && answer.body) expect(allowedBodies(path), path).toContain(answer.body.toString('utf8'));
    }
  });

  it('the listener answers raw malformed requests without a 5xx, serves only the asked tenant’s files and misses alike', async () => {
    const seed = fuzzSeed();
    onTestFailed(() => console.error(replayHint('HTTP listener fuzz', seed)));
    const rng = seededRng(seed);
    const known = knownPaths();
    const requests = Array.from({ length: fuzzCases(1200) }, () => rawHttpRequest(rng, '/provisioning/', known));
    const misses = new Map<string, string>();
    let served = 0;
    let next = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (next < requests.length) {
          const sent = requests[next++];
          const answer = await rawExchange(httpPort, sent);
          const what = JSON.stringify(sent.toString('latin1').slice(0, 300));
          expect(answer.text, `5xx for ${what}`).not.toMatch(/HTTP\/1\.[01] 5\d\d/);
          if (answer.status === 200 && !answer.body.includes(NEXT_MARKER) && answer.body !== '') {
            const target = /^[A-Za-z]+ +\/provisioning\/(\S*) /.exec(sent.toString('latin1'))?.[1];
            expect(target, `200 for a request whose target is not under /provisioning/: ${what}`).toBeDefined();
            expect(allowedBodies(target!), `200 with another file than the asked tenant's for ${what}`).toContain(
              Buffer.from(answer.body, 'latin1').toString('utf8'),
            );
            served++;
          }
          if (answer.status === 404) misses.set(shape(answer), what);
        }
      }),
    );
    expect(served).toBeGreaterThan(0);
    expect([...misses.keys()], 'every 404 is the same answer').toHaveLength(1);

    const [home] = tenants;
    const [name, body] = [...home.files].find(([n]) => /^[0-9a-f]{12}\.cfg$/.test(n))!;
    const after = await request(httpPort, `/provisioning/${name}`);
    expect(after.status).toBe(200);
    expect(after.body).toBe(body);
    await expect.poll(() => servers.openConnections(), { timeout: 3000 }).toBeLessThanOrEqual(1);
  }, 40_000);
});
