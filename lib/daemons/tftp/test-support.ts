/**
 * Test helpers for the TFTP server: an in-memory file set, a server started on an ephemeral port,
 * the real Debian clients (tftp-hpa `tftp`, `atftp`) run as child processes, and a raw dgram
 * client for protocol-level checks (RFC 1350 lock-step, RFC 2347 OACK). Used only by *.test.ts.
 */
import { execFile, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import dgram from 'node:dgram';
import { decodePacket, encodeRequest, type TftpOptions, type TftpPacket } from './packets';
import { createTftpServer, type TftpServerOptions } from './server';

export const TEXT_FILE = Buffer.from('[account]\nuser=201\r\npass=secret\rlast line\n');

export function makeFiles(): Map<string, Buffer> {
  return new Map([
    ['empty.cfg', Buffer.alloc(0)],
    ['exact512.bin', randomBytes(512)],
    ['random100k.bin', randomBytes(100 * 1024)],
    ['text.cfg', TEXT_FILE],
    ['dir/sub.cfg', Buffer.from('in a directory\n')],
  ]);
}

export type LogEvent = { level: 'info' | 'warn'; message: string };

export async function startTestServer(files: Map<string, Buffer>, overrides: Partial<TftpServerOptions> = {}) {
  const logs: LogEvent[] = [];
  const reads: string[] = [];
  const server = createTftpServer({
    port: 0,
    host: '127.0.0.1',
    timeoutMs: 200,
    retries: 5,
    log: (e) => logs.push(e),
    read: (path) => {
      reads.push(path);
      const body = files.get(path);
      return body ? { ok: true, body } : { ok: false, error: 'not_found' };
    },
    ...overrides,
  });
  const { port } = await server.start();
  return { server, port, logs, reads };
}

/** Fails (never skips) when a client is missing, because CI installs both packages. */
export function requireClient(binary: 'tftp' | 'atftp') {
  const probe = spawnSync(binary, ['-V'], { encoding: 'utf8' });
  if ((probe.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') {
    throw new Error(`TFTP client "${binary}" is not installed; these tests need the real clients: apt-get install -y tftp-hpa atftp`);
  }
}

export type ClientRun = { code: number | null; output: string };

/** Runs a client; never rejects, so tests can assert on exit code and combined output. */
export function runClient(binary: string, args: string[], timeoutMs = 15_000): Promise<ClientRun> {
  return new Promise((resolve) => {
    execFile(binary, args, { timeout: timeoutMs, encoding: 'utf8' }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : null) : 0;
      resolve({ code, output: `${stdout}${stderr}` });
    });
  });
}

/** A bare TFTP peer: sends what it is told and queues what comes back, with the sender's port. */
export class RawClient {
  readonly socket = dgram.createSocket('udp4');
  private queue: Array<{ packet: TftpPacket | null; port: number }> = [];
  private waiters: Array<() => void> = [];

  /** `address`: another loopback address (127.0.0.2…) plays another host. */
  async open(address = '127.0.0.1') {
    this.socket.on('message', (msg, rinfo) => {
      const decoded = decodePacket(msg);
      this.queue.push({ packet: decoded.ok ? decoded.packet : null, port: rinfo.port });
      for (const wake of this.waiters.splice(0)) wake();
    });
    await new Promise<void>((resolve) => this.socket.bind(0, address, resolve));
    return this;
  }

  send(buf: Buffer, port: number) {
    return new Promise<void>((resolve, reject) => this.socket.send(buf, port, '127.0.0.1', (err) => (err ? reject(err) : resolve())));
  }

  rrq(port: number, filename: string, options: TftpOptions = {}, mode = 'octet') {
    return this.send(encodeRequest('rrq', filename, mode, options), port);
  }

  /** Next packet, or an error naming what was awaited if none arrives in time. */
  async next(timeoutMs = 2000): Promise<{ packet: TftpPacket | null; port: number }> {
    const deadline = Date.now() + timeoutMs;
    while (this.queue.length === 0) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no packet within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.queue.shift()!;
  }

  /** Everything that arrives within `ms`. */
  async collect(ms: number) {
    await new Promise((resolve) => setTimeout(resolve, ms));
    return this.queue.splice(0);
  }

  close() {
    return new Promise<void>((resolve) => this.socket.close(() => resolve()));
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `check` holds, for state the server reaches asynchronously (e.g. transfer cleanup). */
export async function eventually(check: () => boolean, timeoutMs = 2000) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await sleep(10);
  }
}
