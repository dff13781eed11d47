import { randomBytes } from 'node:crypto';
import dgram from 'node:dgram';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, onTestFailed } from 'vitest';
import { fuzzCases, fuzzSeed, mutateBytes, replayHint, seededRng, tftpPacket } from '@/lib/fuzz-support';
import { decodePacket, encodeAck } from './packets';
import { createTftpServer } from './server';
import { RawClient } from './test-support';

// Issue 12, tests: a seeded fuzz pass over real UDP. Mutated RRQ/WRQ/DATA/ACK/ERROR/OACK packets with hostile
// names (traversal in every spelling, long, unicode) and random options from 24 loopback hosts, who also answer
// the transfers they get with good, mutated or no ACKs. The server reads from a real directory with a naive
// join, so only its own name checks stand between a request and the secret file next to that directory.

const CLIENTS = 24;
const MAX_TRANSFERS = 64;
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

const openDescriptors = () => fs.readdirSync('/proc/self/fd').length;
const readable = (n: number) => Buffer.from(randomBytes(n).toString('base64url').slice(0, n)); // no CR/LF: the same bytes in netascii

/** A directory of served files and, beside it, a secret that no request may reach. */
function fileTree() {
  const top = fs.mkdtempSync(path.join(os.tmpdir(), 'provisio-tftp-fuzz-'));
  const root = path.join(top, 'served');
  fs.mkdirSync(path.join(root, 'dir'), { recursive: true });
  const files = new Map([
    ['a.cfg', readable(300)],
    ['y000000000028.cfg', readable(3000)],
    ['001565aabbcc.cfg', readable(1500)],
    ['dir/sub.cfg', readable(40)],
    ['empty.cfg', Buffer.alloc(0)],
  ]);
  for (const [name, body] of files) fs.writeFileSync(path.join(root, name), body);
  const secret = Buffer.from(`SECRET-${randomBytes(16).toString('hex')}`);
  fs.writeFileSync(path.join(top, 'secret.cfg'), secret);
  cleanups.push(async () => fs.rmSync(top, { recursive: true, force: true }));
  return { root, files, secret };
}

type Client = { socket: dgram.Socket; received: Buffer[] };

describe('TFTP server fuzz (issue 12)', () => {
  it('survives hostile packets, never serves outside its files, stays within its transfer caps and still serves afterwards', async () => {
    const seed = fuzzSeed();
    const cases = fuzzCases(3000);
    onTestFailed(() => console.error(replayHint('TFTP fuzz', seed)));
    const rng = seededRng(seed);
    const { root, files, secret } = fileTree();
    const descriptorsBefore = openDescriptors();

    const escapes: string[] = [];
    const server = createTftpServer({
      port: 0,
      host: '127.0.0.1',
      timeoutMs: 100,
      retries: 2,
      maxTransfers: MAX_TRANSFERS,
      read: (name) => {
        const full = path.join(root, name);
        if (full !== root && !full.startsWith(`${root}${path.sep}`)) escapes.push(name);
        try {
          return fs.statSync(full).isFile() ? { ok: true, body: fs.readFileSync(full) } : { ok: false, error: 'not_found' };
        } catch {
          return { ok: false, error: 'not_found' };
        }
      },
    });
    const { port } = await server.start();
    let stopped = false;
    cleanups.push(() => (stopped ? Promise.resolve() : server.stop()));

    const names = [...files.keys()];
    const clients: Client[] = [];
    for (let i = 0; i < CLIENTS; i++) {
      const socket = dgram.createSocket('udp4');
      const client: Client = { socket, received: [] };
      // Each transfer is answered the way a hostile or broken client might: a good ACK, a mutated one, or silence.
      socket.on('message', (data, rinfo) => {
        client.received.push(data);
        const decoded = decodePacket(data);
        if (!decoded.ok || (decoded.packet.op !== 'data' && decoded.packet.op !== 'oack')) return;
        const ack = encodeAck(decoded.packet.op === 'data' ? decoded.packet.block : 0);
        const roll = rng.next();
        if (roll < 0.6) socket.send(ack, rinfo.port, rinfo.address);
        else if (roll < 0.8) socket.send(rng.chance(0.5) ? mutateBytes(rng, ack) : tftpPacket(rng, names), rinfo.port, rinfo.address);
      });
      await new Promise<void>((resolve) => socket.bind(0, `127.0.0.${2 + i}`, resolve));
      clients.push(client);
      cleanups.push(() => new Promise((resolve) => socket.close(() => resolve())));
    }

    let maxActive = 0;
    for (let i = 0; i < cases; i++) {
      const client = clients[i % CLIENTS];
      await new Promise<void>((resolve) => client.socket.send(tftpPacket(rng, names), port, '127.0.0.1', () => resolve()));
      if (i % 32 === 31) {
        maxActive = Math.max(maxActive, server.activeTransfers());
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    maxActive = Math.max(maxActive, server.activeTransfers());

    expect(escapes, 'names that reached read() and resolve outside the served directory').toEqual([]);
    expect(maxActive).toBeLessThanOrEqual(MAX_TRANSFERS);
    const bodies = [...files.values()];
    let dataPackets = 0;
    for (const client of clients) {
      for (const raw of client.received) {
        expect(raw.includes(secret), 'the secret beside the served directory was sent').toBe(false);
        const decoded = decodePacket(raw);
        expect(decoded.ok, `undecodable packet from the server: ${raw.toString('hex').slice(0, 80)}`).toBe(true);
        if (decoded.ok && decoded.packet.op === 'data' && decoded.packet.data.length > 0) {
          const { data } = decoded.packet;
          expect(
            bodies.some((body) => body.includes(data)),
            `DATA that is in none of the served files`,
          ).toBe(true);
          dataPackets++;
        }
      }
    }
    expect(dataPackets).toBeGreaterThan(0); // some requests were good enough to start transfers

    const late = await new RawClient().open('127.0.0.100');
    cleanups.push(() => late.close());
    await late.rrq(port, 'y000000000028.cfg', { blksize: '1024', tsize: '0' });
    const oack = await late.next(3000);
    expect(oack.packet).toEqual({ op: 'oack', options: { blksize: '1024', tsize: '3000' } });
    const chunks: Buffer[] = [];
    await late.send(encodeAck(0), oack.port);
    for (let block = 1; block <= 3; block++) {
      const { packet } = await late.next(3000);
      expect(packet).toMatchObject({ op: 'data', block });
      chunks.push((packet as { data: Buffer }).data);
      await late.send(encodeAck(block), oack.port);
    }
    expect(Buffer.concat(chunks).equals(files.get('y000000000028.cfg')!)).toBe(true);

    await server.stop();
    stopped = true;
    expect(server.activeTransfers()).toBe(0);
    // Every transfer socket is closed again: only the clients' own sockets remain over the start.
    await expect.poll(() => openDescriptors() - descriptorsBefore, { timeout: 3000 }).toBeLessThanOrEqual(CLIENTS + 1);
  }, 40_000);
});
