import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { getTenant } from '@/db/queries/tenants';
import { listUnknownDevices } from '@/db/queries/unknown-devices';
import { listDeviceModels } from '@/db/queries/device-models';
import { listTemplates } from '@/db/queries/templates';
import { MAC_FORMATS, type MacFormat } from '@/lib/mac';
import { filesOf, freshDatabase } from '@/lib/test-db';
import { flushFetchLog } from '@/lib/provisioning/fetch-log';
import { answerProvisioningRequest } from '@/lib/provisioning/http';
import { serveProvisioningFile } from '@/lib/provisioning/serve';
import { createAccount } from './accounts';
import { createBrand } from './brands';
import { createDeviceModel } from './device-models';
import { createDevice } from './devices';
import { updatePhoneAccess } from './phone-access';
import { createTemplate } from './templates';

// Issue 8: a model with rule `akv-` + MAC + `.cfg` in each of the 7 notations the console offers;
// each device's file must be served over HTTP, HTTPS and TFTP by its raw name, by its
// percent-encoded name (HTTP only: TFTP names are raw), with the MAC's hex digits in another case,
// and under the tenant's UUID; anything else is the uniform miss.

let db: Db;
let tenantId: number;
let tenantUuid: string;
const devices = new Map<MacFormat, { id: number; mac: string; fileName: string; body: string }>();

const macOf = (i: number) => `0c1105aabb${i.toString(16).padStart(2, '0')}`;
const flipCase = (s: string) => [...s].map((c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase())).join('');
/** The name with the MAC's letters in the other case: prefix `akv-` (4) and suffix `.cfg` (4) untouched. */
const flipMac = (name: string) => `${name.slice(0, 4)}${flipCase(name.slice(4, -4))}${name.slice(-4)}`;
const serve = (path: string, channel: 'http' | 'https' | 'tftp', userAgent: string | null = null) =>
  serveProvisioningFile(db, { path, channel, clientIp: '192.0.2.10', userAgent });

beforeAll(async () => {
  ({ db, tenantId } = await freshDatabase());
  tenantUuid = getTenant(db, tenantId)!.uuid;
  // Every request here comes from one address and many are misses on MAC-shaped names: not an enumeration to block.
  updatePhoneAccess(db, tenantId, { enumerationThreshold: 10_000 });
  const brand = createBrand(db, tenantId, { name: 'Akuvox' });
  const account = createAccount(db, tenantId, { extension: '401', sipUsername: 'u401', sipPassword: 'Secret-401' });
  MAC_FORMATS.forEach((macFormat, i) => {
    const model = createDeviceModel(db, tenantId, {
      name: `Akuvox ${macFormat}`,
      brandId: brand.id,
      newFilenameRule: { name: `akv ${macFormat}`, prefix: 'akv-', macFormat, suffix: '.cfg' },
    });
    const template = createTemplate(db, tenantId, {
      name: `akv ${macFormat}`,
      modelId: model.id,
      format: 'text',
      body: `format=${macFormat}\nuser=%%ACCOUNT_SIP_USERNAME%%\n`,
    });
    const device = createDevice(db, tenantId, { mac: macOf(i), modelId: model.id, templateId: template.id, lines: [account.id] });
    const file = Object.values(filesOf(db, tenantId)).find((f) => f.deviceId === device.id)!;
    devices.set(macFormat, { id: device.id, mac: device.mac, fileName: file.fileName, body: file.body });
  });
});

afterAll(() => flushFetchLog());

describe('every MAC notation the console offers is servable', () => {
  it('generates the names a new user sees in the file manager', () => {
    expect(Object.fromEntries([...devices].map(([format, d]) => [format, d.fileName]))).toEqual({
      lower: 'akv-0c1105aabb00.cfg',
      upper: 'akv-0C1105AABB01.cfg',
      'colon-lower': 'akv-0c:11:05:aa:bb:02.cfg',
      'colon-upper': 'akv-0C:11:05:AA:BB:03.cfg',
      'hyphen-lower': 'akv-0c-11-05-aa-bb-04.cfg',
      'hyphen-upper': 'akv-0C-11-05-AA-BB-05.cfg',
      dotted: 'akv-0c11.05aa.bb06.cfg',
    });
  });

  describe.each(MAC_FORMATS)('%s', (format) => {
    const device = () => devices.get(format)!;
    const expectServed = (path: string, channel: 'http' | 'https' | 'tftp') => {
      const result = serve(path, channel);
      expect(result, `${channel} ${path}`).toMatchObject({ status: 200, fileName: device().fileName, contentType: 'text/plain' });
      if (result.status === 200) expect(result.body.toString('utf8')).toBe(device().body);
    };

    it.each(['http', 'https'] as const)('%s: raw, %3A-encoded, MAC case flipped, under the tenant UUID', (channel) => {
      const { fileName } = device();
      for (const name of [fileName, flipMac(fileName), fileName.toLowerCase(), `akv-${fileName.slice(4, -4).toUpperCase()}.cfg`]) {
        expectServed(name, channel);
        expectServed(encodeURIComponent(name), channel);
        expectServed(name.replaceAll(':', '%3a'), channel);
        expectServed(`${tenantUuid}/${encodeURIComponent(name)}`, channel);
      }
    });

    it('tftp: raw, with a leading slash, MAC case flipped, under the tenant UUID; never percent-decoded', () => {
      const { fileName } = device();
      for (const name of [fileName, flipMac(fileName)]) {
        expectServed(name, 'tftp');
        expectServed(`/${name}`, 'tftp');
        expectServed(`${tenantUuid}/${name}`, 'tftp');
      }
      if (fileName.includes(':')) expect(serve(encodeURIComponent(fileName), 'tftp')).toEqual({ status: 404 });
    });

    it.each(['http', 'https', 'tftp'] as const)('%s: prefix or suffix in another case, or another MAC, is a plain 404', (channel) => {
      const { fileName } = device();
      const otherMac = `${fileName.slice(0, -5)}9.cfg`;
      for (const name of [
        `AKV-${fileName.slice(4)}`,
        `Akv-${fileName.slice(4)}`,
        `${fileName.slice(0, -4)}.CFG`,
        flipCase(fileName),
        otherMac,
        flipMac(otherMac),
      ]) {
        expect(serve(name, channel), `${channel} ${name}`).toEqual({ status: 404 });
      }
    });
  });
});

describe('other files keep their exact names', () => {
  it('a built-in Snom model (upper-case hex) answers a lower-case MAC, never a lower-case model name', () => {
    const snom = listDeviceModels(db, tenantId).find((m) => m.name === 'Snom D785')!;
    const device = createDevice(db, tenantId, { mac: '000413aabbcc', modelId: snom.id, templateId: listTemplates(db, tenantId, snom.id)[0].id });
    expect(Object.values(filesOf(db, tenantId)).find((f) => f.deviceId === device.id)?.fileName).toBe('snomD785-000413AABBCC.htm');
    for (const channel of ['http', 'https', 'tftp'] as const) {
      expect(serve('snomD785-000413aabbcc.htm', channel)).toMatchObject({ status: 200, contentType: 'application/xml' });
      expect(serve('snomD785-000413AaBbCc.htm', channel)).toMatchObject({ status: 200 });
      expect(serve('snomd785-000413AABBCC.htm', channel)).toEqual({ status: 404 });
      expect(serve('SNOMD785-000413AABBCC.HTM', channel)).toEqual({ status: 404 });
    }
  });

  it('a common file matches its name exactly', () => {
    const yealink = listDeviceModels(db, tenantId).find((m) => m.name === 'Yealink T4x')!;
    createDevice(db, tenantId, { mac: '001565000123', modelId: yealink.id, templateId: listTemplates(db, tenantId, yealink.id)[0].id });
    expect(filesOf(db, tenantId)['y000000000000.cfg']).toBeDefined();
    expect(serve('y000000000000.cfg', 'http')).toMatchObject({ status: 200 });
    expect(serve('Y000000000000.cfg', 'http')).toEqual({ status: 404 });
    expect(serve('y000000000000.CFG', 'tftp')).toEqual({ status: 404 });
  });
});

describe('the fetch log', () => {
  it('links a case-flipped hit to its device and records MAC-shaped misses as unknown devices', () => {
    const { id, fileName } = devices.get('colon-upper')!;
    expect(serve(flipMac(fileName), 'tftp')).toMatchObject({ status: 200 });
    expect(serve('akv-0C:11:05:99:99:99.cfg', 'http', 'Akuvox R29C 29.30.1.1 0C:11:05:99:99:99')).toEqual({ status: 404 });
    expect(serve('akv-0c%3A11%3A05%3A99%3A99%3A98.cfg', 'https')).toEqual({ status: 404 });
    // A device's own MAC asked with the wrong prefix case is a miss, but not an unknown device.
    expect(serve(`AKV-${fileName.slice(4)}`, 'http')).toEqual({ status: 404 });
    flushFetchLog();
    const device = db.$client.prepare('SELECT last_fetched_at AS at FROM devices WHERE id = ?').get(id) as { at: number | null };
    expect(device.at).not.toBeNull();
    const unknown = listUnknownDevices(db, tenantId);
    expect(unknown.find((u) => u.mac === '0c1105999999')).toMatchObject({ lastFileName: 'akv-0C:11:05:99:99:99.cfg', lastChannel: 'http' });
    expect(unknown.find((u) => u.mac === '0c1105999998')).toMatchObject({ lastFileName: 'akv-0c:11:05:99:99:98.cfg', lastChannel: 'https' });
    expect(unknown.find((u) => u.mac === '0c1105aabb03')).toBeUndefined();
  });
});

describe('over a real HTTP socket, wired as server.ts wires /provisioning/', () => {
  let server: http.Server;
  let port: number;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const answer = answerProvisioningRequest(db, {
        method: req.method ?? 'GET',
        path: (req.url ?? '/').slice('/provisioning/'.length).split('?')[0],
        secure: false,
        clientIp: '127.0.0.1',
        userAgent: req.headers['user-agent'] ?? null,
        ifNoneMatch: req.headers['if-none-match'] ?? null,
      });
      res.writeHead(answer.status, answer.headers);
      res.end(answer.body ?? undefined);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  /** Sends the path exactly as given (Node's client does not normalise ':' or '%3A'). */
  const rawGet = (path: string) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      http
        .get({ host: '127.0.0.1', port, path, agent: false }, (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (body += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        })
        .on('error', reject);
    });

  it.each(MAC_FORMATS)('%s: raw, percent-encoded, MAC case flipped and under the tenant UUID', async (format) => {
    const { fileName, body } = devices.get(format)!;
    for (const target of [fileName, encodeURIComponent(fileName), flipMac(fileName), `${tenantUuid}/${fileName}`]) {
      expect(await rawGet(`/provisioning/${target}`), target).toEqual({ status: 200, body });
    }
    expect(await rawGet(`/provisioning/AKV-${fileName.slice(4)}`)).toEqual({ status: 404, body: 'Not found\n' });
  });

  it('still refuses traversal around a colon MAC', async () => {
    expect((await rawGet('/provisioning/0c:11:05:aa:bb:01%2f..%2f..%2fpackage.json')).status).toBe(400);
    expect((await rawGet('/provisioning/..%5c0c:11:05:aa:bb:01.cfg')).status).toBe(400);
    expect((await rawGet('/provisioning/a:b.cfg')).status).toBe(404);
  });
});
