import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { getHeader } from '../../lib/daemons/sip-pnp/sip-message';
import { openUdpPhone } from '../../lib/daemons/sip-pnp/udp-phone.fixture';
import { apiJson, factory, unique } from '../support/api';
import { E2E } from '../support/e2e-env.mjs';

const BASE = `http://127.0.0.1:${E2E.httpPort}/provisioning/`;

function subscribe(mac: string, vendor: string, port: number, callId = `${unique().tag}@127.0.0.1`) {
  return [
    `SUBSCRIBE sip:MAC%3a${mac.toUpperCase()}@224.0.1.75 SIP/2.0`,
    `Via: SIP/2.0/UDP 127.0.0.1:${port};branch=z9hG4bK${unique().tag};rport`,
    `From: <sip:MAC%3a${mac.toUpperCase()}@224.0.1.75>;tag=${unique().tag}`,
    `To: <sip:MAC%3a${mac.toUpperCase()}@224.0.1.75>`,
    `Call-ID: ${callId}`,
    'CSeq: 1 SUBSCRIBE',
    'Max-Forwards: 70',
    `Event: ua-profile;profile-type="device";vendor="${vendor}";model="T46U";version="108.86.0.20"`,
    'Expires: 0',
    'Accept: application/url',
    `Contact: <sip:127.0.0.1:${port}>`,
    'Content-Length: 0',
    '',
    '',
  ].join('\r\n');
}

/** Expects the 200 OK then the NOTIFY, answers the NOTIFY, and returns its URL. */
async function expectAnswered(phone: Awaited<ReturnType<typeof openUdpPhone>>) {
  const ok = await phone.next();
  expect('status' in ok.message && ok.message.status).toBe(200);
  const notify = await phone.next();
  expect('method' in notify.message && notify.message.method).toBe('NOTIFY');
  expect(getHeader(notify.message, 'content-type')).toBe('application/url');
  await phone.answer(notify.message, notify.from);
  return notify.message.body.toString();
}

test('sipp plays a Snom phone: SUBSCRIBE → 200 → NOTIFY with its file URL → 200, and the URL serves the file', async ({ request }) => {
  const version = spawnSync('sipp', ['-v'], { encoding: 'utf8' });
  expect(version.error, 'sipp is missing: apt-get install -y sip-tester').toBeUndefined();
  const { device, account } = await factory.device(request, 'Snom D785', { mac: `000413${unique().mac.slice(6)}` });
  const mac = device.mac.toUpperCase();
  const url = `${BASE}${device.file!.fileName}`;
  const scenario = fs
    .readFileSync(path.join(import.meta.dirname, 'sipp', 'snom-pnp.xml'), 'utf8')
    .replaceAll('__MAC__', mac)
    .replaceAll('__URL_REGEX__', url.replace(/[.]/g, '\\.'));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-sipp-'));
  fs.writeFileSync(path.join(dir, 'scenario.xml'), scenario);
  const run = spawnSync(
    'sipp',
    [
      `127.0.0.1:${E2E.sipPnpPort}`,
      '-sf',
      'scenario.xml',
      '-m',
      '1',
      '-l',
      '1',
      '-i',
      '127.0.0.1',
      '-p',
      '0',
      '-timeout',
      '15s',
      '-timeout_error',
      '-trace_err',
      '-nostdin',
    ],
    { cwd: dir, encoding: 'utf8', timeout: 30_000 },
  );
  expect(
    run.status,
    `${run.stdout}\n${run.stderr}\n${fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.log'))
      .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
      .join('\n')}`,
  ).toBe(0);

  const file = await request.get(url, { headers: { 'User-Agent': `Mozilla/4.0 (compatible; snomD785-SIP 10.1.54.13 ${mac})` } });
  expect(file.status()).toBe(200);
  expect(await file.text()).toContain(`pw-${account.sipUsername}-S3cret`);
});

test('a Yealink phone gets the provisioning directory; an unknown MAC gets nothing and is listed', async ({ request }) => {
  const { device } = await factory.device(request, 'Yealink T4x');
  const phone = await openUdpPhone();
  try {
    await phone.send(subscribe(device.mac, 'Yealink', phone.port), E2E.sipPnpPort);
    expect(await expectAnswered(phone)).toBe(BASE);

    const stranger = `805ec0${unique().mac.slice(6)}`;
    await phone.send(subscribe(stranger, 'Yealink', phone.port), E2E.sipPnpPort);
    expect(await phone.collect(1200)).toEqual([]);
    await expect
      .poll(
        async () =>
          (await apiJson<{ items: Array<{ mac: string; lastChannel: string }> }>(request, 'GET', '/unknown-devices')).items.find((u) => u.mac === stranger)
            ?.lastChannel,
      )
      .toBe('sip-pnp');

    // The admin chooses to answer unknown phones too.
    await apiJson(request, 'PATCH', '/pbx-settings', { pnpAnswerUnknown: true }, 200);
    await phone.send(subscribe(stranger, 'Yealink', phone.port), E2E.sipPnpPort);
    expect(await expectAnswered(phone)).toBe(BASE);
  } finally {
    await apiJson(request, 'PATCH', '/pbx-settings', { pnpAnswerUnknown: false }, 200);
    await phone.close();
  }
});

test('SIP PnP stays silent while more than one tenant exists', async ({ request }) => {
  const { device } = await factory.device(request, 'Yealink T4x');
  const tenant = await apiJson<{ id: number }>(request, 'POST', '/tenants', { name: `PnP ${unique().tag}` }, 201);
  const phone = await openUdpPhone();
  try {
    await phone.send(subscribe(device.mac, 'Yealink', phone.port), E2E.sipPnpPort);
    expect(await phone.collect(1200)).toEqual([]);
    await apiJson(request, 'DELETE', `/tenants/${tenant.id}`, undefined, 204);
    await phone.send(subscribe(device.mac, 'Yealink', phone.port), E2E.sipPnpPort);
    expect(await expectAnswered(phone)).toBe(BASE);
  } finally {
    await phone.close();
  }
});

test('garbage on the SIP port does not stop the responder', async ({ request }) => {
  const { device } = await factory.device(request, 'Yealink T4x');
  const phone = await openUdpPhone();
  try {
    for (const junk of ['', 'x', 'SUBSCRIBE', 'SUBSCRIBE sip:x SIP/2.0\r\n\r\n', Buffer.alloc(1400, 0xff)]) await phone.send(junk as string, E2E.sipPnpPort);
    await phone.send(subscribe(device.mac, 'Yealink', phone.port), E2E.sipPnpPort);
    expect(await expectAnswered(phone)).toBe(BASE);
  } finally {
    await phone.close();
  }
});
