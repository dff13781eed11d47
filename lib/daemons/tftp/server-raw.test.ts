import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { encodeAck, encodeError, encodeRequest, type TftpOptions, type TftpPacket } from './packets';
import { eventually, makeFiles, RawClient, startTestServer } from './test-support';

// Protocol-level behaviour a real client cannot be made to show on demand: lost and duplicate
// ACKs, OACK contents, strangers on a transfer socket, garbage, block-number wrap.

const files = makeFiles();
const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

async function setup(overrides: Parameters<typeof startTestServer>[1] = {}, fileSet = files) {
  const ctx = await startTestServer(fileSet, overrides);
  const client = await new RawClient().open();
  cleanup.push(
    () => ctx.server.stop(),
    () => client.close(),
  );
  return { ...ctx, client };
}

const expectPacket = <T extends TftpPacket['op']>(p: TftpPacket | null, op: T) => {
  expect(p?.op).toBe(op);
  return p as Extract<TftpPacket, { op: T }>;
};

/** Runs a whole read with prompt ACKs; returns the body, the OACK (if any) and the transfer port. */
async function download(client: RawClient, port: number, name: string, options: TftpOptions = {}, mode = 'octet') {
  await client.rrq(port, name, options, mode);
  let blksize = 512;
  let oack: TftpOptions | null = null;
  const chunks: Buffer[] = [];
  for (;;) {
    const { packet, port: tid } = await client.next();
    if (packet?.op === 'oack') {
      oack = packet.options;
      blksize = Number(oack.blksize ?? 512);
      await client.send(encodeAck(0), tid);
      continue;
    }
    const data = expectPacket(packet, 'data');
    // A retransmission of the block just ACKed (the server timed out while this busy test was slow):
    // ignored without a second ACK, as RFC 1350 clients do (no Sorcerer's Apprentice).
    if (chunks.length > 0 && data.block === (chunks.length & 0xffff)) continue;
    expect(data.block).toBe((chunks.length + 1) & 0xffff);
    chunks.push(data.data);
    await client.send(encodeAck(data.block), tid);
    if (data.data.length < blksize) return { body: Buffer.concat(chunks), oack, tid, blocks: chunks.length };
  }
}

describe('lock-step transfer', () => {
  it('retransmits DATA 1 when its ACK is lost, then completes', async () => {
    const { client, port, server } = await setup();
    await client.rrq(port, 'exact512.bin');
    const first = await client.next();
    expectPacket(first.packet, 'data');
    const again = await client.next(1000); // no ACK sent: the server must resend after timeoutMs
    expect(again.port).toBe(first.port);
    expect(expectPacket(again.packet, 'data')).toMatchObject({ block: 1, data: files.get('exact512.bin') });
    await client.send(encodeAck(1), first.port);
    // On a busy machine a second resend of DATA 1 may already be on its way when ACK 1 arrives.
    let last = expectPacket((await client.next()).packet, 'data');
    while (last.block === 1) last = expectPacket((await client.next()).packet, 'data');
    expect(last).toMatchObject({ block: 2, data: Buffer.alloc(0) }); // size is an exact multiple of 512
    await client.send(encodeAck(2), first.port);
    await eventually(() => server.activeTransfers() === 0);
  });

  it("sends DATA 2 only once when ACK 1 is duplicated (no Sorcerer's Apprentice)", async () => {
    const { client, port } = await setup({ timeoutMs: 1000 });
    await client.rrq(port, 'random100k.bin');
    const { port: tid } = await client.next();
    await client.send(encodeAck(1), tid);
    await client.send(encodeAck(1), tid);
    const received = await client.collect(400);
    expect(received.map((r) => r.packet)).toEqual([{ op: 'data', block: 2, data: files.get('random100k.bin')!.subarray(512, 1024) }]);
  });

  it('gives up after the configured retries with ERROR 0 once the client has acknowledged a block', async () => {
    const { client, port, server, logs } = await setup({ timeoutMs: 50, retries: 3 });
    await client.rrq(port, 'random100k.bin');
    const { port: tid } = await client.next();
    await client.send(encodeAck(1), tid);
    const received = await client.collect(500);
    expect(received.map((r) => r.packet?.op)).toEqual(['data', 'data', 'data', 'data', 'error']);
    expect(received[0].packet).toMatchObject({ op: 'data', block: 2 });
    expect(server.activeTransfers()).toBe(0);
    expect(logs.some((l) => l.level === 'warn' && l.message.includes('timeout'))).toBe(true);
  });

  it('wraps block numbers past 65535', async () => {
    const big = randomBytes(8 * 65_540 + 3);
    const { client, port } = await setup({}, new Map([['big.bin', big]]));
    const result = await download(client, port, 'big.bin', { blksize: '8' });
    expect(result.blocks).toBe(65_541);
    expect(result.body.equals(big)).toBe(true);
  }, 60_000);

  it('answers a retransmitted RRQ with the same transfer, not a second one', async () => {
    const { client, port, server } = await setup({ timeoutMs: 1000 });
    await client.rrq(port, 'text.cfg');
    await client.rrq(port, 'text.cfg');
    const received = await client.collect(300);
    expect(received).toHaveLength(1);
    expect(server.activeTransfers()).toBe(1);
  });
});

describe('options', () => {
  it('sends OACK with blksize and the real tsize, then DATA 1 of blksize after ACK 0', async () => {
    const { client, port } = await setup();
    await client.rrq(port, 'random100k.bin', { blksize: '1024', tsize: '0', windowsize: '4' });
    const { packet, port: tid } = await client.next();
    expect(packet).toEqual({ op: 'oack', options: { blksize: '1024', tsize: '102400' } });
    await client.send(encodeAck(0), tid);
    const data = expectPacket((await client.next()).packet, 'data');
    expect(data.block).toBe(1);
    expect(data.data.equals(files.get('random100k.bin')!.subarray(0, 1024))).toBe(true);
  });

  it('completes a negotiated transfer byte for byte', async () => {
    const { client, port } = await setup();
    const result = await download(client, port, 'random100k.bin', { blksize: '1024', tsize: '0', timeout: '1' });
    expect(result.oack).toEqual({ blksize: '1024', tsize: '102400', timeout: '1' });
    expect(result.body.equals(files.get('random100k.bin')!)).toBe(true);
  });

  it('ends quietly when the client refuses the OACK with ERROR 8', async () => {
    const { client, port, server } = await setup();
    await client.rrq(port, 'text.cfg', { blksize: '1024' });
    const { port: tid } = await client.next();
    await client.send(encodeError(8, 'option refused'), tid);
    expect(await client.collect(400)).toEqual([]);
    expect(server.activeTransfers()).toBe(0);
  });

  it('starts with DATA 1 when only unknown options are sent', async () => {
    const { client, port } = await setup();
    await client.rrq(port, 'text.cfg', { windowsize: '8' });
    expect(expectPacket((await client.next()).packet, 'data').block).toBe(1);
  });
});

describe('requests', () => {
  it('converts netascii on the wire', async () => {
    const { client, port } = await setup();
    const { body } = await download(client, port, 'text.cfg', {}, 'NETASCII');
    expect(body.toString('latin1')).toBe('[account]\r\nuser=201\r\0\r\npass=secret\r\0last line\r\n');
  });

  it.each([
    ['unknown mode', encodeRequest('rrq', 'text.cfg', 'mail'), 4],
    ['write request', encodeRequest('wrq', 'text.cfg', 'octet'), 2],
    ['traversal', encodeRequest('rrq', 'dir/../../etc/passwd', 'octet'), 2],
    ['name over 255 bytes', encodeRequest('rrq', 'a'.repeat(256), 'octet'), 2],
    ['missing file', encodeRequest('rrq', 'nope.cfg', 'octet'), 1],
    ['ACK on the main port', encodeAck(1), 4],
  ])('answers %s with ERROR %i', async (_name, request, code) => {
    const { client, port } = await setup();
    await client.send(request, port);
    expect(expectPacket((await client.next()).packet, 'error').code).toBe(code);
  });

  it('passes the name to read() with one leading slash removed', async () => {
    const { client, port, reads } = await setup();
    await download(client, port, '/dir/sub.cfg');
    expect(reads).toEqual(['dir/sub.cfg']);
  });

  it('maps access_violation from read() to ERROR 2', async () => {
    const { client, port } = await setup({ read: () => ({ ok: false, error: 'access_violation' }) });
    await client.rrq(port, 'secret.cfg');
    expect(expectPacket((await client.next()).packet, 'error').code).toBe(2);
  });

  it('answers ERROR 0 and logs a warning when read() throws, and keeps serving', async () => {
    let isBroken = true;
    const { client, port, logs } = await setup({
      read: async () => {
        if (isBroken) throw new Error('database is locked');
        return { ok: true, body: Buffer.from('ok') };
      },
    });
    await client.rrq(port, 'a.cfg');
    expect(expectPacket((await client.next()).packet, 'error').code).toBe(0);
    expect(logs.some((l) => l.level === 'warn' && l.message.includes('database is locked'))).toBe(true);
    isBroken = false;
    const retry = await new RawClient().open();
    cleanup.push(() => retry.close());
    expect((await download(retry, port, 'a.cfg')).body.toString()).toBe('ok');
  });
});

describe('robustness', () => {
  it('answers a stranger on the transfer socket with ERROR 5 and carries on', async () => {
    const { client, port } = await setup({ timeoutMs: 1000 });
    await client.rrq(port, 'exact512.bin');
    const { port: tid } = await client.next();
    const stranger = await new RawClient().open();
    cleanup.push(() => stranger.close());
    await stranger.send(encodeAck(1), tid);
    expect(expectPacket((await stranger.next()).packet, 'error').code).toBe(5);
    await client.send(encodeAck(1), tid);
    expect(expectPacket((await client.next()).packet, 'data').block).toBe(2);
  });

  it('survives garbage and still serves a file', async () => {
    const { client, port } = await setup();
    for (const junk of [Buffer.alloc(0), Buffer.from([1]), randomBytes(600), Buffer.from([0, 1, 0x41]), Buffer.from([0, 9, 0, 0])]) {
      await client.send(junk, port);
    }
    await client.collect(100);
    const fresh = await new RawClient().open();
    cleanup.push(() => fresh.close());
    expect((await download(fresh, port, 'random100k.bin')).body.equals(files.get('random100k.bin')!)).toBe(true);
  });
});
