/**
 * bench/tftp: 1,000 read requests (default) of the generated files (~3 KB Yealink configurations) against
 * Provisio's TFTP server and against tftpd-hpa serving the same files from disk, in the same run. The client
 * is the same for both: 32 workers (default), each on its own loopback address (127.0.0.2…, as phones are
 * separate hosts), each running RFC 1350 lock-step reads with 512-byte blocks and no options, as most
 * factory phones do. Prints requests/s for each and the ratio ours/tftpd-hpa. tftpd-hpa runs standalone
 * (`--listen`, a process per request); on this 2-core box it served ~60–85 reads/s with 32 concurrent clients
 * against ~10 ms for one read in sequence, so its fork-per-request is the cost measured, not the network.
 *   npm run bench:tftp [-- --requests 1000 --workers 32 --devices 1000]
 */
import { spawn } from 'node:child_process';
import dgram from 'node:dgram';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { decodePacket, encodeAck, encodeRequest } from '@/lib/daemons/tftp/packets';
import { benchWorkspace, cleanUp, runBench, waitFor, which } from './support';

const { values: args } = parseArgs({
  options: {
    requests: { type: 'string', default: '1000' },
    workers: { type: 'string', default: '32' },
    devices: { type: 'string', default: '1000' },
  },
});
const REQUESTS = Number(args.requests);
const WORKERS = Number(args.workers);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'provisio-bench-tftp-'));
const HTTP_PORT = 19180;
const OURS_PORT = 19169;
const THEIRS_PORT = 19170;

/** One lock-step read; resolves with the file's bytes. Retransmits the RRQ/ACK after 1 s, gives up after 5 s. */
function read(socket: dgram.Socket, port: number, name: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let tid = 0;
    let last = encodeRequest('rrq', name, 'octet');
    const send = () => socket.send(last, tid || port, '127.0.0.1');
    const retry = setInterval(send, 1000);
    const fail = setTimeout(() => done(new Error(`${name}: no answer`)), 5000);
    const done = (error: Error | null, body?: Buffer) => {
      clearInterval(retry);
      clearTimeout(fail);
      socket.off('message', onMessage);
      if (error) reject(error);
      else resolve(body!);
    };
    const onMessage = (msg: Buffer, rinfo: dgram.RemoteInfo) => {
      const decoded = decodePacket(msg);
      if (!decoded.ok) return;
      const packet = decoded.packet;
      if (packet.op === 'error') return done(new Error(`${name}: ERROR ${packet.code} ${packet.message}`));
      if (packet.op !== 'data') return;
      tid ||= rinfo.port;
      if (packet.block === chunks.length + 1) chunks.push(packet.data);
      last = encodeAck(packet.block);
      send();
      if (packet.block === chunks.length && packet.data.length < 512) done(null, Buffer.concat(chunks));
    };
    socket.on('message', onMessage);
    send();
  });
}

/** Runs `REQUESTS` reads over `WORKERS` addresses; returns requests per second. */
async function drive(port: number, files: { name: string; size: number }[]): Promise<number> {
  const sockets = await Promise.all(
    Array.from({ length: WORKERS }, (_, i) => {
      const socket = dgram.createSocket('udp4');
      return new Promise<dgram.Socket>((resolve) => socket.bind(0, `127.0.0.${2 + i}`, () => resolve(socket)));
    }),
  );
  let next = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    sockets.map(async (socket) => {
      while (next < REQUESTS) {
        const file = files[next++ % files.length];
        const body = await read(socket, port, file.name);
        if (body.length !== file.size) throw new Error(`${file.name}: ${body.length} bytes, expected ${file.size}`);
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  sockets.forEach((s) => s.close());
  return REQUESTS / seconds;
}

async function main() {
  const tftpd = which('in.tftpd');
  const { deviceFiles, sizes, root, startProvisio } = await benchWorkspace(work, Number(args.devices), {
    HTTP_PORT: String(HTTP_PORT),
    HTTPS_PORT: '19543',
    TFTP_ENABLED: 'true',
    TFTP_PORT: String(OURS_PORT),
  });
  const files = deviceFiles.map((name) => ({ name, size: sizes.get(name)! }));
  const average = files.reduce((sum, f) => sum + f.size, 0) / files.length;
  console.log(`${files.length} files of ${(average / 1024).toFixed(1)} KB on average; ${REQUESTS} reads over ${WORKERS} addresses`);

  const server = startProvisio();
  const reference = tftpd
    ? spawn(tftpd, ['--foreground', '--listen', '--address', `127.0.0.1:${THEIRS_PORT}`, '--secure', '--user', 'root', root], { stdio: 'inherit' })
    : null;
  try {
    await waitFor(`http://127.0.0.1:${HTTP_PORT}/api/health`);
    await drive(OURS_PORT, files.slice(0, 50)); // warm-up
    const ours = await drive(OURS_PORT, files);
    console.log(`provisio:   ${ours.toFixed(0)} reads/s`);
    if (reference) {
      const theirs = await drive(THEIRS_PORT, files);
      console.log(`tftpd-hpa:  ${theirs.toFixed(0)} reads/s (same files from disk)`);
      console.log(`ratio provisio/tftpd-hpa: ${(ours / theirs).toFixed(2)}`);
    } else {
      console.log('tftpd-hpa is not installed: no reference run (apt-get install -y tftpd-hpa)');
    }
  } finally {
    await cleanUp(work, [server, reference]);
  }
}

runBench(main);
