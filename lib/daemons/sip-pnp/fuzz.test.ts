import dgram from 'node:dgram';
import { afterEach, describe, expect, it, onTestFailed } from 'vitest';
import { fuzzCases, fuzzSeed, mutateMessage, replayHint, seededRng } from '@/lib/fuzz-support';
import { createSipPnpResponder } from './responder';
import { getHeader, parseSipMessage } from './sip-message';
import { renderSubscribe, VENDOR_SUBSCRIBES } from './vendor-subscribes.fixture';
import { pnpUrlFor } from './vendor-url';

// Issue 12, tests: a seeded fuzz pass over real UDP. Thousands of datagrams mutated from real SUBSCRIBEs
// (byte flips, truncation, duplicated/removed/huge headers, bad Content-Length, unicode, binary) from 16
// loopback hosts; a 17th host (127.0.0.99) is named in forged Contact/Via headers and must hear nothing.

const SENDERS = 16;
const VICTIM = '127.0.0.99';
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

type Host = { address: string; port: number; received: Buffer[]; send(data: Buffer, port: number): Promise<void>; close(): Promise<void> };

/** A UDP socket that keeps every datagram it receives, parseable or not. */
async function openHost(address: string): Promise<Host> {
  const socket = dgram.createSocket('udp4');
  const received: Buffer[] = [];
  socket.on('message', (data) => received.push(data));
  await new Promise<void>((resolve) => socket.bind(0, address, resolve));
  return {
    address,
    port: socket.address().port,
    received,
    send: (data, port) => new Promise((resolve) => socket.send(data, port, '127.0.0.1', () => resolve())),
    close: () => new Promise((resolve) => socket.close(() => resolve())),
  };
}

/**
 * Independent of our parser: a SUBSCRIBE start line and an Event of ua-profile, the only requests we may answer.
 * Stray CRs are tolerated, as the parser does; folded lines are joined first.
 */
const unfolded = (text: string) => text.replace(/[ \t]*\r*\n[ \t]+/g, ' ').replaceAll('\r', '');
const looksLikePnpSubscribe = (text: string) => /^\n*SUBSCRIBE \S+ SIP\/2\.0\n/i.test(text) && /^(?:event|o)[ \t]*:[ \t]*ua-profile/im.test(text);

describe('SIP PnP responder fuzz (issue 12)', () => {
  it('survives mutated SUBSCRIBEs, answers only ua-profile SUBSCRIBEs, only their source, and still answers afterwards', async () => {
    const seed = fuzzSeed();
    const cases = fuzzCases(3000);
    onTestFailed(() => console.error(replayHint('SIP PnP fuzz', seed)));
    const rng = seededRng(seed);

    const responder = createSipPnpResponder({
      port: 0,
      host: '127.0.0.1',
      multicastGroup: '',
      advertisedHost: '127.0.0.1',
      t1Ms: 50,
      resolveUrl: (sub) => pnpUrlFor({ vendor: sub.vendor, mac: sub.mac, fileName: null, baseUrl: 'http://127.0.0.1:8080/provisioning/' }),
    });
    const { port } = await responder.start();
    cleanups.push(() => responder.stop());
    const hosts = await Promise.all(Array.from({ length: SENDERS }, (_, i) => openHost(`127.0.0.${2 + i}`)));
    const victim = await openHost(VICTIM);
    cleanups.push(...[...hosts, victim].map((h) => () => h.close()));

    const victimValues = [
      `<sip:${VICTIM}:${victim.port}>`,
      `<sip:MAC%3a00135E874B49@${VICTIM}:${victim.port}>`,
      `SIP/2.0/UDP ${VICTIM}:${victim.port};branch=z9hG4bK-v;rport`,
      `SIP/2.0/UDP ${VICTIM}:${victim.port};branch=z9hG4bK-v;received=${VICTIM};rport=${victim.port}`,
      `sip:${VICTIM}:${victim.port};maddr=${VICTIM}`,
    ];
    const sent = new Map<Host, string[]>(hosts.map((h) => [h, []]));
    let maxPending = 0;
    for (let i = 0; i < cases; i++) {
      const host = hosts[i % SENDERS];
      const fixture = rng.pick(VENDOR_SUBSCRIBES);
      const forged = rng.chance(0.2);
      const valid = renderSubscribe(fixture, forged ? VICTIM : host.address, forged ? victim.port : host.port);
      const withCallId = Buffer.from(valid.toString('latin1').replace(/^(Call-ID|call-id|CALL-ID|i): .*$/m, `$1: fuzz-${seed}-${i}`), 'latin1');
      const data = mutateMessage(rng, withCallId, [valid], victimValues).subarray(0, 65_507);
      sent.get(host)!.push(unfolded(data.toString('utf8')));
      await host.send(data, port);
      if (i % 64 === 63) {
        maxPending = Math.max(maxPending, responder.pendingNotifies());
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    maxPending = Math.max(maxPending, responder.pendingNotifies());

    expect(victim.received, 'nothing may reach a host that did not send').toEqual([]);
    expect(maxPending).toBeLessThanOrEqual(1024);
    let answered = 0;
    for (const host of hosts) {
      for (const raw of host.received) {
        const message = parseSipMessage(raw);
        expect(message, `unparseable datagram sent to ${host.address}: ${raw.toString('latin1').slice(0, 200)}`).not.toBeNull();
        const kind = message!.kind === 'response' ? `${message!.status}` : message!.method;
        expect(['200', 'NOTIFY']).toContain(kind);
        // A lone CR inside a value is kept by the parser and echoed to the sender (lenient, harmless): compared without.
        const callId = (getHeader(message!, 'call-id') ?? '').replaceAll('\r', '');
        const cause = sent.get(host)!.filter((text) => text.includes(callId) && looksLikePnpSubscribe(text));
        expect(
          cause.length,
          `${kind} to ${host.address} for Call-ID ${JSON.stringify(callId)} that no ua-profile SUBSCRIBE of that host carried`,
        ).toBeGreaterThan(0);
        answered++;
      }
    }
    expect(answered).toBeGreaterThan(0); // the mutations left some SUBSCRIBEs intact: the test sees the answering path

    const late = await openHost('127.0.0.200');
    cleanups.push(() => late.close());
    const check = renderSubscribe(VENDOR_SUBSCRIBES[1], late.address, late.port).toString().replaceAll('000413A1B2C3', '000413FFEE01');
    await late.send(Buffer.from(check.replace(/Call-ID: .*/, 'Call-ID: after-fuzz')), port);
    await expect.poll(() => late.received.slice(0, 2).map((r) => parseSipMessage(r)?.kind), { timeout: 2000 }).toEqual(['response', 'request']);
  }, 40_000);
});
