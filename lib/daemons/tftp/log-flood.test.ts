import { afterEach, expect, it } from 'vitest';
import { LOG_BURST } from '@/lib/log-limit';
import { makeFiles, RawClient, startTestServer } from './test-support';

// Issue 12, finding 7, over real UDP sockets: every miss or malformed packet wrote a log line, so one
// sender filled the disk (10.9 MB in 10 s). Now a kind of line is written a few times per interval.

const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

it('a flood of malformed packets and of misses writes a few lines of each kind, and every packet is still answered', async () => {
  const { port, server, logs } = await startTestServer(makeFiles());
  const client = await new RawClient().open();
  cleanup.push(
    () => server.stop(),
    () => client.close(),
  );
  // Lock-step, so the loopback buffer drops nothing: each packet is answered before the next goes.
  for (let i = 0; i < 300; i++) {
    await client.send(Buffer.from([0, 9, i & 0xff]), port);
    expect((await client.next()).packet).toMatchObject({ op: 'error', message: 'Malformed packet' });
  }
  for (let i = 0; i < 80; i++) {
    await client.rrq(port, `001565${String(i).padStart(6, '0')}.cfg`);
    expect((await client.next()).packet).toMatchObject({ op: 'error', message: 'File not found' });
  }

  expect(logs.filter((l) => l.message.includes('malformed'))).toHaveLength(LOG_BURST);
  expect(logs.filter((l) => l.message.includes('not found'))).toHaveLength(LOG_BURST);
  expect(logs.every((l) => l.message.startsWith('tftp: '))).toBe(true);
});
