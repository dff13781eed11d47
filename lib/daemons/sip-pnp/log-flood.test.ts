import { afterEach, expect, it } from 'vitest';
import { LOG_BURST } from '@/lib/log-limit';
import { createSipPnpResponder } from './responder';
import { openUdpPhone } from './udp-phone.fixture';
import { renderSubscribe, VENDOR_SUBSCRIBES } from './vendor-subscribes.fixture';

// Issue 12, finding 7, over real UDP sockets: each SUBSCRIBE from an unknown phone wrote a line.

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function eventually(check: () => boolean, timeoutMs = 2000) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}

it('a flood of SUBSCRIBEs nobody answers writes a few "no URL" lines, all prefixed', async () => {
  const logs: Array<{ level: string; message: string }> = [];
  let resolved = 0;
  const responder = createSipPnpResponder({
    port: 0,
    host: '127.0.0.1',
    multicastGroup: '',
    advertisedHost: '127.0.0.1',
    log: (e) => logs.push(e),
    resolveUrl: () => {
      resolved++;
      return null;
    },
  });
  const { port } = await responder.start();
  const phone = await openUdpPhone();
  cleanups.push(
    () => responder.stop(),
    () => phone.close(),
  );

  const subscribe = renderSubscribe(VENDOR_SUBSCRIBES[0], '127.0.0.1', phone.port).toString();
  // One at a time, so the loopback buffer drops nothing.
  for (let i = 0; i < 200; i++) {
    await phone.send(subscribe.replace(/^Call-ID: .*$/m, `Call-ID: flood-${i}@127.0.0.1`), port);
    await eventually(() => resolved === i + 1);
  }

  expect(resolved).toBe(200);
  expect(logs.filter((l) => l.message.includes('no URL'))).toHaveLength(LOG_BURST);
  expect(logs.every((l) => l.message.startsWith('SIP PnP: '))).toBe(true);
});
