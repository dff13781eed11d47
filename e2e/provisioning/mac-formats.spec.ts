import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type APIRequestContext, expect, test } from '@playwright/test';
import { apiJson, factory, unique } from '../support/api';
import { E2E } from '../support/e2e-env.mjs';
import { rawGet } from '../support/raw-http';

/**
 * Issue 8, tried as a new user would: a model whose file-name rule is `akv-` + MAC + `.cfg`, once per
 * MAC notation the console offers, and a phone fetching its file the way the file manager prints
 * it — over HTTP, HTTPS and TFTP; raw, with ':' as %3A (HTTP only: TFTP names are raw) and with the
 * MAC's hex digits in the other case. Anything else (prefix or suffix in another case) is the
 * uniform miss.
 */

const FORMATS = ['lower', 'upper', 'colon-lower', 'colon-upper', 'hyphen-lower', 'hyphen-upper', 'dotted'] as const;
type Format = (typeof FORMATS)[number];

/** The notations of lib/mac.ts, spelled out here so the spec checks the names, not reuses them. */
function notation(mac: string, format: Format): string {
  const pairs = mac.match(/../g)!;
  switch (format) {
    case 'lower':
      return mac;
    case 'upper':
      return mac.toUpperCase();
    case 'colon-lower':
      return pairs.join(':');
    case 'colon-upper':
      return pairs.join(':').toUpperCase();
    case 'hyphen-lower':
      return pairs.join('-');
    case 'hyphen-upper':
      return pairs.join('-').toUpperCase();
    case 'dotted':
      return `${mac.slice(0, 4)}.${mac.slice(4, 8)}.${mac.slice(8)}`;
  }
}

const PREFIX = 'akv-';
const SUFFIX = '.cfg';
const flipCase = (s: string) => [...s].map((c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase())).join('');
/** The same name with the MAC's letters in the other case (and a MAC with no letters gains none). */
const flipMac = (name: string) => `${PREFIX}${flipCase(name.slice(PREFIX.length, -SUFFIX.length))}${SUFFIX}`;
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-mac-'));

async function deviceWithRule(request: APIRequestContext, format: Format) {
  const { tag, mac } = unique();
  // The unique MAC under an Akuvox-like OUI: its 'c' makes the case flip change something.
  const deviceMac = `0c11${mac.slice(4)}`;
  const brand = await apiJson<{ id: number }>(request, 'POST', '/brands', { name: `Akuvox ${tag}` }, 201);
  const model = await apiJson<{ id: number }>(
    request,
    'POST',
    '/device-models',
    {
      name: `Akuvox ${format} ${tag}`,
      brandId: brand.id,
      newFilenameRule: { name: `akv ${format} ${tag}`, prefix: PREFIX, macFormat: format, suffix: SUFFIX },
    },
    201,
  );
  const template = await apiJson<{ id: number }>(
    request,
    'POST',
    '/templates',
    { name: `akv ${format} ${tag}`, modelId: model.id, format: 'text', body: `format=${format}\nuser=%%ACCOUNT_SIP_USERNAME%%\n` },
    201,
  );
  const account = await factory.account(request);
  const device = await apiJson<{ id: number; mac: string; file: { fileName: string } | null }>(
    request,
    'POST',
    '/devices',
    { mac: deviceMac, modelId: model.id, templateId: template.id, lines: [account.id] },
    201,
  );
  return { device, account, fileName: device.file!.fileName };
}

/** HTTPS as a phone does it: curl verifying the server's certificate; the path is sent as written. */
function httpsGet(target: string) {
  const cert = path.resolve(E2E.dataDir, 'tls', 'cert.pem');
  const out = execFileSync('curl', ['-sS', '--path-as-is', '--cacert', cert, '-w', '\n%{http_code}', `https://127.0.0.1:${E2E.httpsPort}${target}`], {
    encoding: 'utf8',
  });
  const cut = out.lastIndexOf('\n');
  return { status: Number(out.slice(cut + 1)), body: out.slice(0, cut) };
}

/** atftp takes the remote name as it is (tftp-hpa would read "akv-0C:…" as host:file). */
function atftpGet(remote: string) {
  const local = path.join(tmp(), 'out');
  const run = spawnSync('atftp', ['--get', '-r', remote, '-l', local, '--option', 'blksize 1428', '127.0.0.1', String(E2E.tftpPort)], {
    encoding: 'utf8',
    timeout: 20_000,
  });
  expect(run.error, 'atftp is missing: apt-get install -y atftp').toBeUndefined();
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}`, body: run.status === 0 ? fs.readFileSync(local, 'utf8') : '' };
}

/** tftp-hpa, with the host spelled out so a ':' in the name is not taken for one. */
function tftpHpaGet(remote: string) {
  const local = path.join(tmp(), 'out');
  const run = spawnSync('tftp', ['127.0.0.1', String(E2E.tftpPort), '-m', 'binary', '-c', 'get', `127.0.0.1:${remote}`, local], {
    encoding: 'utf8',
    timeout: 20_000,
  });
  expect(run.error, 'tftp is missing: apt-get install -y tftp-hpa').toBeUndefined();
  return { output: `${run.stdout}${run.stderr}`, body: fs.existsSync(local) ? fs.readFileSync(local, 'utf8') : '' };
}

for (const format of FORMATS) {
  test(`${format}: the file is served over HTTP, HTTPS and TFTP, raw, %3A-encoded and with the MAC in either case`, async ({ request }) => {
    const { device, account, fileName } = await deviceWithRule(request, format);
    expect(fileName).toBe(`${PREFIX}${notation(device.mac, format)}${SUFFIX}`);
    const { items: tenants } = await apiJson<{ items: Array<{ uuid: string; isDefault: boolean }> }>(request, 'GET', '/tenants');
    const uuid = tenants.find((t) => t.isDefault)!.uuid;
    const expected = `user=${account.sipUsername}`;
    const encoded = encodeURIComponent(fileName);
    const asked = [fileName, flipMac(fileName), fileName.toLowerCase(), `${PREFIX}${fileName.slice(PREFIX.length, -SUFFIX.length).toUpperCase()}${SUFFIX}`];

    // HTTP: through Playwright's client, and as exact request lines (no client rewrites ':' or '%3A').
    for (const name of asked) {
      for (const target of [`/provisioning/${name}`, `/provisioning/${encodeURIComponent(name)}`, `/provisioning/${uuid}/${encodeURIComponent(name)}`]) {
        const res = await request.get(target);
        expect(res.status(), `HTTP ${target}`).toBe(200);
        expect(await res.text()).toContain(expected);
        const raw = await rawGet(target);
        expect(raw.status, `raw HTTP ${target}`).toBe(200);
        expect(raw.body).toContain(expected);
      }
    }
    expect((await rawGet(`/provisioning/${fileName.replaceAll(':', '%3a')}`)).status).toBe(200);

    // HTTPS.
    for (const target of [`/provisioning/${fileName}`, `/provisioning/${encoded}`, `/provisioning/${flipMac(fileName)}`, `/provisioning/${uuid}/${fileName}`]) {
      const res = httpsGet(target);
      expect(res.status, `HTTPS ${target}`).toBe(200);
      expect(res.body).toContain(expected);
    }

    // TFTP: raw names only.
    for (const name of [fileName, `/${fileName}`, flipMac(fileName), `${uuid}/${fileName}`]) {
      const res = atftpGet(name);
      expect(res.ok, `TFTP ${name}: ${res.output}`).toBe(true);
      expect(res.body).toContain(expected);
    }
    const hpa = tftpHpaGet(fileName);
    expect(hpa.output).not.toContain('Error');
    expect(hpa.body).toContain(expected);
    if (fileName.includes(':')) expect(atftpGet(encoded).output).toContain('File not found');

    // Everything else is the uniform miss, on every channel.
    const misses = [`AKV-${fileName.slice(PREFIX.length)}`, `${fileName.slice(0, -SUFFIX.length)}.CFG`, flipCase(fileName)];
    for (const name of misses) {
      const res = await request.get(`/provisioning/${encodeURIComponent(name)}`);
      expect(res.status(), `HTTP ${name}`).toBe(404);
      expect(await res.text()).toBe('Not found\n');
      expect(httpsGet(`/provisioning/${name}`)).toEqual({ status: 404, body: 'Not found\n' });
      expect(atftpGet(name).output).toContain('File not found');
    }
  });
}

test('traversal and odd names around a colon MAC are still refused', async () => {
  const cases: Array<[string, number[]]> = [
    ['/provisioning/akv-0C:11:05:AA:BB:01.cfg%2f..%2f..%2fpackage.json', [400]],
    ['/provisioning/..%2fakv-0C%3A11%3A05%3AAA%3ABB%3A01.cfg', [400]],
    ['/provisioning/akv-0C:11:05:AA:BB:01.cfg%5c..%5cpackage.json', [400]],
    ['/provisioning/akv-0C:11:05:AA:BB:01%00.cfg', [400]],
    ['/provisioning/C:%5cWindows', [400]],
    ['/provisioning/a:b.cfg', [404]],
    ['/provisioning/akv-0C:11:05:AA:BB.cfg', [404]],
    [`/provisioning/${'a'.repeat(300)}:0C:11:05:AA:BB:01.cfg`, [400]],
  ];
  for (const [target, statuses] of cases) {
    const res = await rawGet(target);
    expect(statuses, `${target} → ${res.status}`).toContain(res.status);
    expect(res.body).not.toContain('"name": "provisio"');
  }
  expect(atftpGet('../akv-0C:11:05:AA:BB:01.cfg').output).toContain('Access violation');
});

test('a colon-notation miss still records the unknown phone', async ({ request }) => {
  const stranger = `0c1106${unique().mac.slice(6)}`;
  const name = `${PREFIX}${notation(stranger, 'colon-upper')}${SUFFIX}`;
  expect((await request.get(`/provisioning/${encodeURIComponent(name)}`)).status()).toBe(404);
  expect(atftpGet(name).output).toContain('File not found');
  await expect
    .poll(async () =>
      (await apiJson<{ items: Array<{ mac: string; count: number }> }>(request, 'GET', '/unknown-devices')).items.find((u) => u.mac === stranger),
    )
    .toMatchObject({ count: 2, lastChannel: 'tftp', lastFileName: name });
});
