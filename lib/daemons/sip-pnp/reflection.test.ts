import { afterEach, describe, expect, it } from 'vitest';
import { createSipPnpResponder, type SipPnpOptions } from './responder';
import { openUdpPhone } from './udp-phone.fixture';
import { renderSubscribe, VENDOR_SUBSCRIBES } from './vendor-subscribes.fixture';

// Issue 12, finding 3: one forged SUBSCRIBE must not make the responder an amplifier. Over real UDP
// sockets on loopback: 127.0.0.1 is the sender, 127.0.0.2 plays the victim named in the Contact.

const snom = VENDOR_SUBSCRIBES[0];
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function setup(overrides: Partial<SipPnpOptions> = {}) {
  const responder = createSipPnpResponder({
    port: 0,
    host: '127.0.0.1',
    multicastGroup: '',
    advertisedHost: '127.0.0.1',
    t1Ms: 20,
    resolveUrl: () => 'http://127.0.0.1:8080/provisioning/',
    ...overrides,
  });
  const { port } = await responder.start();
  const sender = await openUdpPhone('127.0.0.1');
  const victim = await openUdpPhone('127.0.0.2');
  cleanups.push(
    () => responder.stop(),
    () => sender.close(),
    () => victim.close(),
  );
  return { responder, port, sender, victim };
}

/** A SUBSCRIBE whose Via (without rport) and Contact name `contactIp:contactPort`, with its own Call-ID. */
const forged = (contactIp: string, contactPort: number, callId: string, mac = '00135E874B49') =>
  Buffer.from(
    renderSubscribe(snom, contactIp, contactPort)
      .toString()
      .replace(';rport', '')
      .replace(/Call-ID: .*/, `Call-ID: ${callId}`)
      .replaceAll('00135E874B49', mac),
  );

const notifies = (received: { message: { kind: string } }[]) => received.filter((r) => r.message.kind === 'request');

describe('SIP PnP does not reflect or amplify', () => {
  it('never sends a NOTIFY to a Contact on another host: it goes back to the source', async () => {
    const { port, sender, victim } = await setup();
    await sender.send(forged('127.0.0.2', victim.port, 'reflect-1'), port);
    const atSender = await sender.collect(300);
    expect(notifies(atSender).length).toBeGreaterThan(0);
    expect(await victim.collect(1500)).toEqual([]);
  });

  it('caps NOTIFYs per source: twenty SUBSCRIBEs with new Call-IDs start at most six', async () => {
    const { port, sender } = await setup({ t1Ms: 5000 });
    for (let i = 0; i < 20; i++) await sender.send(forged('127.0.0.1', sender.port, `burst-${i}`, `00135E87${(0x4b00 + i).toString(16).toUpperCase()}`), port);
    const received = notifies(await sender.collect(400));
    expect(received.length).toBeLessThanOrEqual(6);
    expect(received.length).toBeGreaterThan(0);
  });

  it('caps NOTIFYs per MAC, whatever the source port', async () => {
    const { port, sender } = await setup({ t1Ms: 5000 });
    const others = await Promise.all([openUdpPhone(), openUdpPhone(), openUdpPhone(), openUdpPhone()]);
    cleanups.push(...others.map((o) => () => o.close()));
    for (const [i, phone] of [sender, ...others].entries()) await phone.send(forged('127.0.0.1', phone.port, `mac-${i}`), port);
    const counts = await Promise.all([sender, ...others].map(async (p) => notifies(await p.collect(300)).length));
    expect(counts.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(3);
  });

  it('stops retransmitting toward an address that left a NOTIFY unanswered', async () => {
    const { port, sender, responder } = await setup({ t1Ms: 20 });
    await sender.send(forged('127.0.0.1', sender.port, 'quiet-1'), port);
    await sender.collect(64 * 20 + 300);
    expect(responder.pendingNotifies()).toBe(0);
    await sender.send(forged('127.0.0.1', sender.port, 'quiet-2', '00135E874B4A'), port);
    expect(notifies(await sender.collect(64 * 20 + 300))).toHaveLength(1);
  });
});
