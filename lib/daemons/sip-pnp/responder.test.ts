import os from 'node:os';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSipPnpResponder, type PnpSubscribe, type SipPnpOptions } from './responder';
import { paramValue, parseNameAddr, parseVia } from './sip-headers';
import { getHeader, type SipRequest, type SipResponse } from './sip-message';
import { openUdpPhone, type UdpPhone } from './udp-phone.fixture';
import { renderSubscribe, VENDOR_SUBSCRIBES } from './vendor-subscribes.fixture';
import { pnpUrlFor } from './vendor-url';

const BASE_URL = 'http://127.0.0.1:8080/provisioning/';
const snom = VENDOR_SUBSCRIBES[0];
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

type Logged = { level: 'info' | 'warn'; message: string };

async function setup(overrides: Partial<SipPnpOptions> = {}) {
  const seen: PnpSubscribe[] = [];
  const logs: Logged[] = [];
  const responder = createSipPnpResponder({
    port: 0,
    host: '127.0.0.1',
    multicastGroup: '',
    advertisedHost: '127.0.0.1',
    t1Ms: 50,
    log: (e) => logs.push(e),
    resolveUrl: (sub) => {
      seen.push(sub);
      return pnpUrlFor({ vendor: sub.vendor, mac: sub.mac, fileName: null, baseUrl: BASE_URL });
    },
    ...overrides,
  });
  const { port } = await responder.start();
  const phone = await openUdpPhone();
  cleanups.push(
    () => responder.stop(),
    () => phone.close(),
  );
  return { responder, port, phone, seen, logs };
}

const tagOf = (nameAddr: string | null) => paramValue(parseNameAddr(nameAddr ?? '')?.params ?? [], 'tag');

async function expectOk(phone: UdpPhone, port: number) {
  const ok = await phone.next();
  expect(ok.from).toEqual({ address: '127.0.0.1', port });
  expect(ok.message.kind).toBe('response');
  return ok.message as SipResponse;
}

async function expectNotify(phone: UdpPhone) {
  const notify = await phone.next();
  expect(notify.message).toMatchObject({ kind: 'request', method: 'NOTIFY' });
  return { request: notify.message as SipRequest, from: notify.from };
}

describe('SIP PnP responder over UDP', () => {
  it('answers a Snom SUBSCRIBE with 200 OK then a NOTIFY, and stops once the NOTIFY is answered', async () => {
    const { responder, port, phone, seen } = await setup();
    await phone.send(renderSubscribe(snom, '127.0.0.1', phone.port), port);

    const ok = await expectOk(phone, port);
    expect(ok.status).toBe(200);
    expect(ok.reason).toBe('OK');
    expect(getHeader(ok, 'via')).toBe(`SIP/2.0/UDP 127.0.0.1:${phone.port};received=127.0.0.1;rport=${phone.port}`);
    expect(getHeader(ok, 'from')).toBe('<sip:MAC%3a00135E874B49@intern.snom.de>;tag=658512961');
    const serverTag = tagOf(getHeader(ok, 'to'));
    expect(serverTag).toMatch(/^[0-9a-f]{12}$/);
    expect(getHeader(ok, 'call-id')).toBe('1930770594@127.0.0.1');
    expect(getHeader(ok, 'cseq')).toBe('1 SUBSCRIBE');
    expect(getHeader(ok, 'expires')).toBe('0');
    expect(getHeader(ok, 'contact')).toBe(`<sip:127.0.0.1:${port}>`);

    const { request: notify } = await expectNotify(phone);
    const url = `${BASE_URL}{mac}.htm`;
    expect(notify.uri).toBe(`sip:127.0.0.1:${phone.port}`);
    const via = parseVia(getHeader(notify, 'via') ?? '');
    expect(via).toMatchObject({ transport: 'UDP', host: '127.0.0.1', port });
    expect(paramValue(via!.params, 'branch')).toMatch(/^z9hG4bK/);
    expect(getHeader(notify, 'max-forwards')).toBe('70');
    expect(getHeader(notify, 'call-id')).toBe('1930770594@127.0.0.1');
    expect(getHeader(notify, 'cseq')).toBe('1 NOTIFY');
    expect(getHeader(notify, 'from')).toBe(`<sip:MAC%3a00135E874B49@intern.snom.de>;tag=${serverTag}`);
    expect(getHeader(notify, 'to')).toBe('<sip:MAC%3a00135E874B49@intern.snom.de>;tag=658512961');
    expect(getHeader(notify, 'event')).toBe('ua-profile;profile-type="device";vendor="OEM";model="OEM";version="7.1.19"');
    expect(getHeader(notify, 'subscription-state')).toBe('terminated;reason=timeout');
    expect(getHeader(notify, 'content-type')).toBe('application/url');
    expect(getHeader(notify, 'content-length')).toBe(String(Buffer.byteLength(url)));
    expect(notify.body.toString()).toBe(url);
    expect(seen).toEqual([
      { mac: '00135e874b49', vendor: 'snom', model: 'OEM', firmware: '7.1.19', profileType: 'device', source: { address: '127.0.0.1', port: phone.port } },
    ]);

    expect(responder.pendingNotifies()).toBe(1);
    await phone.answer(notify, { address: '127.0.0.1', port });
    expect(await phone.collect(500)).toEqual([]);
    expect(responder.pendingNotifies()).toBe(0);
  });

  it('retransmits an unanswered NOTIFY per timer E and gives up at timer F with a warning', async () => {
    const { responder, port, phone, logs } = await setup({ t1Ms: 50 });
    await phone.send(renderSubscribe(snom, '127.0.0.1', phone.port), port);
    await expectOk(phone, port);
    const first = await expectNotify(phone);
    const branch = paramValue(parseVia(getHeader(first.request, 'via')!)!.params, 'branch');
    const later = await phone.collect(64 * 50 + 400);
    expect(later.length).toBeGreaterThanOrEqual(5);
    for (const r of later) {
      expect(r.message).toMatchObject({ kind: 'request', method: 'NOTIFY' });
      expect(paramValue(parseVia(getHeader(r.message, 'via')!)!.params, 'branch')).toBe(branch);
      expect(r.raw.equals(later[0].raw)).toBe(true);
    }
    await vi.waitFor(() => expect(responder.pendingNotifies()).toBe(0), { timeout: 3000 });
    expect(logs.some((l) => l.level === 'warn' && /NOTIFY .* unanswered/.test(l.message))).toBe(true);
  });

  it('sends nothing when resolveUrl returns null (unknown MAC), sync or async', async () => {
    for (const resolveUrl of [() => null, async () => null]) {
      const { port, phone, seen } = await setup({
        resolveUrl: (sub) => {
          seen.push(sub);
          return resolveUrl();
        },
      });
      await phone.send(renderSubscribe(snom, '127.0.0.1', phone.port), port);
      expect(await phone.collect(300)).toEqual([]);
      expect(seen).toHaveLength(1);
    }
  });

  it('survives garbage, binary, truncated and oversized datagrams and still answers afterwards', async () => {
    const { port, phone, logs } = await setup();
    await expect(phone.send(Buffer.alloc(70 * 1024, 0x41), port)).rejects.toThrow(/EMSGSIZE/);
    const valid = renderSubscribe(snom, '127.0.0.1', phone.port);
    const junk = [
      Buffer.from('hello'),
      Buffer.from([0x00, 0xff, 0x16, 0x03, 0x01, 0x0d, 0x0a, 0x0d, 0x0a]),
      Buffer.from('\r\n\r\n'),
      valid.subarray(0, 120),
      Buffer.concat([Buffer.from(valid.toString().replace('Content-Length: 0', 'Content-Length: 65000')), Buffer.alloc(64_000, 0x61)]),
      Buffer.alloc(65_507, 0x53),
      Buffer.from(valid.toString().replace('CSeq: 1 SUBSCRIBE', 'CSeq: one SUBSCRIBE')),
      Buffer.from(valid.toString().replace('Event: ua-profile', 'Event: presence')),
      Buffer.from(
        valid
          .toString()
          .replace(/^SUBSCRIBE/, 'OPTIONS')
          .replace('1 SUBSCRIBE', '1 OPTIONS'),
      ),
      Buffer.from(
        valid
          .toString()
          .replace(/^SUBSCRIBE/, 'INVITE')
          .replace('1 SUBSCRIBE', '1 INVITE'),
      ),
      Buffer.from('SIP/2.0 200 OK\r\nVia: SIP/2.0/UDP 1.2.3.4;branch=z9hG4bKnone\r\nFrom: <sip:a@b>\r\nTo: <sip:a@b>\r\nCall-ID: x\r\nCSeq: 1 NOTIFY\r\n\r\n'),
    ];
    for (const data of junk) await phone.send(data, port);
    for (let i = 0; i < 200; i++) await phone.send(Buffer.from(Array.from({ length: 1 + ((i * 37) % 900) }, () => Math.floor(Math.random() * 256))), port);
    expect(await phone.collect(200)).toEqual([]);

    await phone.send(valid, port);
    expect((await expectOk(phone, port)).status).toBe(200);
    await expectNotify(phone);
    expect(logs.filter((l) => l.level === 'warn')).toEqual([]);
  });

  it('repeats the 200 OK for a retransmitted SUBSCRIBE but sends only one NOTIFY', async () => {
    const { port, phone, seen } = await setup();
    const data = renderSubscribe(snom, '127.0.0.1', phone.port);
    await phone.send(data, port);
    await phone.send(data, port);
    const received = await phone.collect(40);
    const more = await phone.collect(300);
    const all = [...received, ...more];
    const oks = all.filter((r) => r.message.kind === 'response');
    const notifies = all.filter((r) => r.message.kind === 'request');
    expect(oks).toHaveLength(2);
    expect(oks[0].raw.equals(oks[1].raw)).toBe(true);
    expect(new Set(notifies.map((n) => getHeader(n.message, 'via'))).size).toBe(1);
    expect(seen).toHaveLength(1);
  });

  it.each(VENDOR_SUBSCRIBES.map((f) => [f.name, f] as const))('round trip: %s', async (_name, fixture) => {
    const { port, phone, seen, responder } = await setup();
    await phone.send(renderSubscribe(fixture, '127.0.0.1', phone.port), port);
    const ok = await expectOk(phone, port);
    expect(ok.status).toBe(200);
    expect(getHeader(ok, 'cseq')).toMatch(/^\d+ SUBSCRIBE$/);
    const { request: notify } = await expectNotify(phone);
    expect(seen[0]).toMatchObject({ ...fixture.expected });
    expect(notify.body.toString()).toBe(pnpUrlFor({ vendor: seen[0].vendor, mac: seen[0].mac, fileName: null, baseUrl: BASE_URL }));
    expect(tagOf(getHeader(notify, 'from'))).toBe(tagOf(getHeader(ok, 'to')));
    await phone.answer(notify, { address: '127.0.0.1', port });
    await phone.collect(150);
    expect(responder.pendingNotifies()).toBe(0);
  });
});

describe('lifecycle and multicast', () => {
  it('binds nothing at creation, start is idempotent, stop is repeatable', async () => {
    const responder = createSipPnpResponder({ port: 0, host: '127.0.0.1', multicastGroup: '', advertisedHost: '127.0.0.1', resolveUrl: () => null });
    expect(responder.pendingNotifies()).toBe(0);
    await responder.stop();
    const [a, b] = await Promise.all([responder.start(), responder.start()]);
    expect(a.port).toBe(b.port);
    await responder.stop();
    await responder.stop();
    const again = await responder.start();
    expect(again.port).toBeGreaterThan(0);
    await responder.stop();
  });

  it('rejects start() when it cannot bind, leaving nothing open', async () => {
    const responder = createSipPnpResponder({ port: 0, host: '203.0.113.77', multicastGroup: '', advertisedHost: '127.0.0.1', resolveUrl: () => null });
    await expect(responder.start()).rejects.toThrow(/EADDRNOTAVAIL/);
    await expect(responder.stop()).resolves.toBeUndefined();
  });

  it('logs but survives a failure to join the group', async () => {
    const { logs, port, phone } = await setup({ multicastGroup: '224.0.1.75', multicastInterface: '203.0.113.77' });
    expect(logs.some((l) => l.level === 'warn' && /cannot join 224\.0\.1\.75 on 203\.0\.113\.77/.test(l.message))).toBe(true);
    await phone.send(renderSubscribe(snom, '127.0.0.1', phone.port), port);
    expect((await expectOk(phone, port)).status).toBe(200);
  });

  const lan = Object.values(os.networkInterfaces())
    .flat()
    .find((i) => i?.family === 'IPv4' && !i.internal);
  it.runIf(lan)('answers a SUBSCRIBE multicast to 224.0.1.75 by unicast', async () => {
    const address = lan!.address;
    const { port, logs } = await setup({ host: '0.0.0.0', multicastGroup: '224.0.1.75', multicastInterface: address });
    expect(logs.some((l) => /joined 224\.0\.1\.75/.test(l.message))).toBe(true);
    const phone = await openUdpPhone('0.0.0.0');
    cleanups.push(() => phone.close());
    await phone.send(renderSubscribe(snom, address, phone.port), port, '224.0.1.75');
    const ok = await phone.next();
    expect(ok.message).toMatchObject({ kind: 'response', status: 200 });
    expect((await phone.next()).message).toMatchObject({ kind: 'request', method: 'NOTIFY' });
  });
});
