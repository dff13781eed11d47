import { execFile } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { recentFetches } from '@/db/queries/fetch-log';
import { getTenant } from '@/db/queries/tenants';
import { createDevice } from './devices';
import { updatePhoneAccess } from './phone-access';
import { parseEnv } from '@/lib/env';
import { filesOf } from '@/lib/test-db';
import { startWebServers } from '@/lib/test-web-servers';
import { flushFetchLog } from '@/lib/provisioning/fetch-log';
import { serveProvisioningFile } from '@/lib/provisioning/serve';
import { checkNonce, digestResponse, makeNonce, NONCE_LIFETIME_MS, parseAuthParams } from '@/lib/provisioning/protection/http-auth';
import { textPhone } from './test-support';

// Issue 10: /provisioning/ behind Basic and Digest (RFC 7616: SHA-256 and MD5, qop=auth), checked with real curl.

const run = promisify(execFile);
let servers: Awaited<ReturnType<typeof startWebServers>>;
let db: Db;
let tenantId: number;
let fileName: string;
const USER = 'phones';
const PASSWORD = 'Prov-2024.secret';

/** curl's status codes, headers and body; `-k`: the test certificate is self-signed. */
const curl = (path: string, ...args: string[]) => curlAt(`https://127.0.0.1:${servers.httpsPort}`, path, ...args);
async function curlAt(origin: string, path: string, ...args: string[]) {
  const { stdout, stderr } = await run('curl', ['-sk', '-D', '-', '-o', '-', ...args, `${origin}/provisioning/${path}`]);
  const statuses = [...stdout.matchAll(/^HTTP\/[\d.]+ (\d{3})/gm)].map((m) => Number(m[1]));
  return { status: statuses.at(-1), statuses, text: stdout, /** With -v: what curl sent. */ sent: stderr };
}

/** An HTTP proxy to our plain HTTP listener that drops the SHA-256 Digest challenge from every answer. */
async function md5OnlyProxy(targetPort: number) {
  const proxy = http.createServer((req, res) => {
    const upstream = http.request({ host: '127.0.0.1', port: targetPort, path: req.url, method: req.method, headers: req.headers }, (answer) => {
      const headers: string[] = [];
      for (let i = 0; i < answer.rawHeaders.length; i += 2) {
        const [name, value] = [answer.rawHeaders[i], answer.rawHeaders[i + 1]];
        if (!(name.toLowerCase() === 'www-authenticate' && value.includes('algorithm=SHA-256'))) headers.push(name, value);
      }
      res.writeHead(answer.statusCode ?? 502, headers);
      answer.pipe(res);
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  return {
    port: (proxy.address() as AddressInfo).port,
    close: () => new Promise((resolve) => (proxy.closeAllConnections(), proxy.close(resolve))),
  };
}

beforeAll(async () => {
  servers = await startWebServers(parseEnv({}));
  db = servers.db;
  tenantId = getTenant(db, 1)!.id;
  const { model, template, account } = textPhone(db, tenantId, { name: 'AuthPhone', body: 'server=%%PROVISIONING_URL%%\n', extension: '501' });
  const device = createDevice(db, tenantId, { mac: '0c1105ab0001', modelId: model.id, templateId: template.id, lines: [account.id] });
  fileName = Object.values(filesOf(db, tenantId)).find((f) => f.deviceId === device.id)!.fileName;
}, 30_000);

afterAll(async () => {
  flushFetchLog();
  await servers.close();
});

describe('the arithmetic of RFC 7616', () => {
  // RFC 7616 §3.9.1: the worked example, for both algorithms.
  const example = {
    method: 'GET',
    uri: '/dir/index.html',
    nonce: '7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v',
    nc: '00000001',
    cnonce: 'f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ',
    qop: 'auth',
  };
  it.each([
    ['MD5', 'md5', '8ca523f5e9506fed4657c9700eebdbec'],
    ['SHA-256', 'sha256', '753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1'],
  ] as const)('computes the example response with %s', async (algorithm, hash, expected) => {
    const { createHash } = await import('node:crypto');
    const ha1 = createHash(hash).update('Mufasa:http-auth@example.org:Circle of Life').digest('hex');
    expect(digestResponse(algorithm, ha1, example)).toBe(expected);
  });

  it('parses quoted and bare parameters, and refuses what does not parse', () => {
    const p = parseAuthParams('username="a\\"b", realm="r", nc=00000001, qop=auth, uri="/x?y=1"');
    expect(Object.fromEntries(p!)).toEqual({ username: 'a"b', realm: 'r', nc: '00000001', qop: 'auth', uri: '/x?y=1' });
    expect(parseAuthParams('username="unterminated')).toBeNull();
  });

  it('makes nonces it can verify without state, stale after their lifetime, bad when forged', () => {
    const key = Buffer.alloc(32, 7);
    const nonce = makeNonce(key, 1_000_000);
    expect(checkNonce(key, nonce, 1_000_000 + NONCE_LIFETIME_MS)).toBe('ok');
    expect(checkNonce(key, nonce, 1_000_001 + NONCE_LIFETIME_MS)).toBe('stale');
    expect(checkNonce(Buffer.alloc(32, 8), nonce, 1_000_000)).toBe('bad');
    expect(checkNonce(key, nonce.replace(/^[0-9a-f]+/, 'f4241'), 1_000_000)).toBe('bad');
  });
});

describe('HTTP authentication of /provisioning/ (curl)', () => {
  it('serves without credentials while authentication is off', async () => {
    expect((await curl(fileName)).status).toBe(200);
  });

  it('Basic: the right credentials get the file; none, wrong ones and a missing file all get the same 401', async () => {
    updatePhoneAccess(db, tenantId, { authMode: 'basic', username: USER, password: PASSWORD });
    const good = await curl(fileName, '--basic', '-u', `${USER}:${PASSWORD}`);
    expect(good.status).toBe(200);
    // The file names itself through %%PROVISIONING_URL%%: the phone's next fetch carries the credentials.
    expect(good.text).toContain(`server=http://${USER}:${PASSWORD}@pbx.test:8080/provisioning/`);
    for (const args of [[], ['--basic', '-u', `${USER}:wrong-password`], ['--basic', '-u', `other:${PASSWORD}`]]) {
      const existing = await curl(fileName, ...args);
      const missing = await curl('0c1105ab0fff.cfg', ...args);
      expect([existing.status, missing.status]).toEqual([401, 401]);
      expect(existing.text).toMatch(/^WWW-Authenticate: Basic realm="Provisio"/im);
      expect(missing.text.replace(/^Date:.*$/im, '')).toBe(existing.text.replace(/^Date:.*$/im, ''));
    }
    // The first request without credentials is part of every phone's handshake: only wrong credentials are logged.
    flushFetchLog();
    const refused = recentFetches(db, { id: tenantId, isDefault: true }).filter((f) => f.status === 401);
    expect(refused.length).toBe(4);
  });

  it('Digest: both challenges are offered, SHA-256 first, and curl (which takes the first) gets the file with SHA-256', async () => {
    updatePhoneAccess(db, tenantId, { authMode: 'digest' });
    const bare = await curl(fileName);
    const offered = [...bare.text.matchAll(/^WWW-Authenticate: (.*)$/gim)].map((m) => m[1].trim());
    expect(offered.map((c) => /algorithm=([\w-]+)/.exec(c)![1])).toEqual(['SHA-256', 'MD5']);
    expect(offered.every((c) => c.startsWith('Digest realm="Provisio", qop="auth"'))).toBe(true);
    const good = await curl(fileName, '--digest', '-u', `${USER}:${PASSWORD}`, '-v');
    expect(good.statuses).toEqual([401, 200]);
    expect(good.sent).toMatch(/^> Authorization: Digest .*algorithm=SHA-256/m);
  });

  it('Digest: a phone that knows only MD5 skips the SHA-256 challenge and gets the file with MD5', async () => {
    updatePhoneAccess(db, tenantId, { authMode: 'digest' });
    // curl answers the first challenge it is given: a proxy hiding the SHA-256 one makes it such a phone.
    const proxy = await md5OnlyProxy(servers.httpPort);
    try {
      const good = await curlAt(`http://127.0.0.1:${proxy.port}`, fileName, '--digest', '-u', `${USER}:${PASSWORD}`, '-v');
      expect(good.statuses).toEqual([401, 200]);
      expect(good.sent).toMatch(/^> Authorization: Digest .*algorithm=MD5/m);
      expect(good.text).toContain('server=http://');
    } finally {
      await proxy.close();
    }
  });

  it('Digest: a wrong password, another file name in the uri, or Basic credentials get 401', async () => {
    updatePhoneAccess(db, tenantId, { authMode: 'digest' });
    expect((await curl(fileName, '--digest', '-u', `${USER}:wrong-password`)).statuses).toEqual([401, 401]);
    expect((await curl(fileName, '--basic', '-u', `${USER}:${PASSWORD}`)).status).toBe(401);
    const missing = await curl('0c1105ab0fff.cfg', '--digest', '-u', `${USER}:${PASSWORD}`);
    expect(missing.statuses).toEqual([401, 404]);
  });

  it('turned off again, serves without credentials and the URLs lose them', async () => {
    updatePhoneAccess(db, tenantId, { authMode: 'off' });
    const open = await curl(fileName);
    expect(open.status).toBe(200);
    expect(open.text).not.toContain(PASSWORD);
  });
});

describe('a stale nonce', () => {
  it('with the right credentials gets 401 with stale=true and a fresh nonce; with wrong ones, a plain 401', async () => {
    updatePhoneAccess(db, tenantId, { authMode: 'digest' });
    const { checkFetch } = await import('@/lib/provisioning/protection/gate');
    const { credentialsFor } = await import('@/lib/provisioning/protection/http-auth');
    const { digestNonceKey } = await import('@/lib/provisioning/protection/snapshot');
    const made = Date.now() - NONCE_LIFETIME_MS - 1000;
    const nonce = makeNonce(digestNonceKey(), made);
    const path = `/provisioning/${fileName}`;
    const header = (password: string) => {
      const p = { method: 'GET', uri: path, nonce, nc: '00000001', cnonce: 'abc', qop: 'auth' };
      const response = digestResponse('SHA-256', credentialsFor(USER, password).ha1['SHA-256'], p);
      return `Digest username="${USER}", realm="Provisio", nonce="${nonce}", uri="${path}", algorithm=SHA-256, qop=auth, nc=00000001, cnonce="abc", response="${response}"`;
    };
    const ask = (password: string) =>
      checkFetch(db, {
        tenantUuid: null,
        fileName,
        channel: 'http',
        clientIp: '192.0.2.1',
        userAgent: null,
        auth: { header: header(password), method: 'GET', path },
      });
    const stale = ask(PASSWORD);
    expect(stale).toMatchObject({ status: 401, attempted: false });
    expect((stale as { challenges: string[] }).challenges.every((c) => c.endsWith(', stale=true'))).toBe(true);
    expect((stale as { challenges: string[] }).challenges[0]).not.toContain(nonce);
    const wrong = ask('not-the-password');
    expect(wrong).toMatchObject({ status: 401, attempted: true });
    expect((wrong as { challenges: string[] }).challenges.some((c) => c.includes('stale'))).toBe(false);
    updatePhoneAccess(db, tenantId, { authMode: 'off' });
  });
});

describe('MAC ↔ User-Agent check', () => {
  // User-Agents as the vendors send them, from lib/provisioning/user-agent.test.ts (sources cited there: Wazo plugins
  // wazo_yealink v83, wazo_snom, wazo_fanvil, wazo_cisco_sip v12_0_7; the Gigaset and Grandstream shapes of FusionPBX).
  const AGENTS: Array<[string, string]> = [
    ['Yealink SIP-T46G 28.83.0.120 00:15:65:4a:a9:37', '0015654aa937'],
    ['Mozilla/4.0 (compatible; snomD785-SIP 10.1.33.33 2010.12-00004-g9ba52f5 000413922D24 SXM:0 UXM:0)', '000413922d24'],
    ['N720 DM PRO/70.089.00.000.000;7C2F80CA21E4', '7c2f80ca21e4'],
    ['GRANDSTREAM MODEL HW GRP2614 SW 1.0.5.15 DEVID C074AD0B63EE', 'c074ad0b63ee'],
    ['Fanvil X4 2.10.2.6887 0c383e07e16c', '0c383e07e16c'],
    ['Cisco-CP-7832-3PCC/11.0.1 (00562b043615)', '00562b043615'],
  ];
  const serve = (userAgent: string | null, path = fileName) => serveProvisioningFile(db, { path, channel: 'http', clientIp: '192.0.2.44', userAgent }).status;

  it.each(AGENTS)('refuses %s asking for another MAC’s file (403, logged), serves it its own', (agent, mac) => {
    updatePhoneAccess(db, tenantId, { checkUserAgentMac: true });
    expect(serve(agent)).toBe(403);
    expect(serve(agent, `${mac}.cfg`)).toBe(404);
    flushFetchLog();
    const [refused] = recentFetches(db, { id: tenantId, isDefault: true }, 2).slice(1);
    expect(refused).toMatchObject({ fileName, clientIp: '192.0.2.44', status: 403, refusal: 'user-agent' });
  });

  it('lets through agents without a MAC, common files, and everything while the option is off', () => {
    updatePhoneAccess(db, tenantId, { checkUserAgentMac: true });
    expect(serve('Mozilla/4.0 (compatible; snom320-SIP 8.4.18 1.1.3-s)')).toBe(200);
    expect(serve(null)).toBe(200);
    updatePhoneAccess(db, tenantId, { checkUserAgentMac: false });
    expect(serve(AGENTS[0][0])).toBe(200);
  });
});
