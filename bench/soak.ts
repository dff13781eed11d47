/**
 * bench/soak: the fuzz generators of lib/fuzz-support.ts (the same as the CI fuzz tests) run for a while against a
 * real `server.ts` on a seeded workspace: malformed SIP PnP datagrams, TFTP packets, raw HTTP requests for
 * /provisioning/ and random API write bodies, from 16 loopback addresses, with a health probe between rounds.
 * Prints cases run, crashes, 5xx answers, failed health probes, and the server's RSS and open descriptors over
 * time; exits 1 on a crash, a 5xx or a failed probe.
 *   npm run bench:soak [-- --minutes 5 --seed 123 --devices 200]
 */
import dgram from 'node:dgram';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fuzzSeed, jsonBody, mutateMessage, rawHttpRequest, seededRng, tftpPacket, type Rng } from '@/lib/fuzz-support';
import { renderSubscribe, VENDOR_SUBSCRIBES } from '@/lib/daemons/sip-pnp/vendor-subscribes.fixture';
import { benchWorkspace, cleanUp, runBench, waitFor } from './support';

const { values: args } = parseArgs({
  options: {
    minutes: { type: 'string', default: '5' },
    seed: { type: 'string', default: String(fuzzSeed()) },
    devices: { type: 'string', default: '200' },
  },
});
const MINUTES = Number(args.minutes);
const SEED = Number(args.seed) >>> 0;
const HTTP_PORT = 19280;
const TFTP_PORT = 19269;
const SIP_PORT = 19260;
const TOKEN = 'soak-api-token-0123456789abcdef';
const SOURCES = Array.from({ length: 16 }, (_, i) => `127.0.0.${2 + i}`);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'provisio-bench-soak-'));

const totals = { sip: 0, tftp: 0, http: 0, api: 0, http5xx: 0, api5xx: 0, healthFailures: 0 };

/** Resident set (MB) and open descriptors of a process, from /proc. */
function usage(pid: number) {
  const rss = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return { rssMb: Math.round(Number(rss) / 1024), fds: fs.readdirSync(`/proc/${pid}/fd`).length };
}

async function udpSockets() {
  return Promise.all(
    SOURCES.map(
      (address) =>
        new Promise<dgram.Socket>((resolve) => {
          const socket = dgram.createSocket('udp4');
          socket.on('message', () => {}); // answers are not checked here: the CI fuzz tests do that
          socket.bind(0, address, () => resolve(socket));
        }),
    ),
  );
}

const sendUdp = (socket: dgram.Socket, data: Buffer, port: number) => new Promise<void>((resolve) => socket.send(data, port, '127.0.0.1', () => resolve()));

/** One raw exchange; the status of every response in what came back. */
function rawHttp(data: Buffer, localAddress: string): Promise<number[]> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port: HTTP_PORT, localAddress });
    const chunks: Buffer[] = [];
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve(
        [
          ...Buffer.concat(chunks)
            .toString('latin1')
            .matchAll(/HTTP\/1\.[01] (\d{3}) /g),
        ].map((m) => Number(m[1])),
      );
    };
    const timer = setTimeout(done, 5000);
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', done);
    socket.on('close', done);
    socket.end(data);
  });
}

const API_BODIES: Array<[string, Record<string, string | number>]> = [
  ['accounts', { extension: '700', sipUsername: 'soak', sipPassword: 'pw', displayName: 'Soak' }],
  ['placeholders', { name: 'SOAK', kind: 'static', value: 'v' }],
  ['tenants', { name: 'Soak site' }],
  ['brands', { name: 'Soak brand' }],
];

async function apiCase(rng: Rng) {
  const [resource, valid] = rng.pick(API_BODIES);
  const body = jsonBody(rng, valid);
  const method = rng.chance(0.7) ? 'POST' : 'PATCH';
  const target = method === 'POST' ? resource : `${resource}/${rng.between(1, 30)}`;
  try {
    const response = await fetch(`http://127.0.0.1:${HTTP_PORT}/api/v1/${target}`, {
      method,
      headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
      body: new Uint8Array(body),
    });
    await response.arrayBuffer();
    if (response.status >= 500) {
      totals.api5xx++;
      console.log(`5xx ${response.status} for ${method} /api/v1/${target} ${body.toString('latin1').slice(0, 200)}`);
    }
  } catch {
    totals.api5xx++;
  }
  totals.api++;
}

async function round(rng: Rng, sockets: dgram.Socket[], knownFiles: string[]) {
  const subscribes = VENDOR_SUBSCRIBES.map((f) => renderSubscribe(f, '127.0.0.2', 5060));
  for (let i = 0; i < 200; i++) {
    await sendUdp(rng.pick(sockets), mutateMessage(rng, rng.pick(subscribes), subscribes).subarray(0, 65_507), SIP_PORT);
    totals.sip++;
  }
  for (let i = 0; i < 200; i++) {
    await sendUdp(rng.pick(sockets), tftpPacket(rng, knownFiles), TFTP_PORT);
    totals.tftp++;
  }
  await Promise.all(
    SOURCES.slice(0, 8).map(async (address) => {
      for (let i = 0; i < 12; i++) {
        const request = rawHttpRequest(rng, '/provisioning/', knownFiles);
        const statuses = await rawHttp(request, address);
        totals.http++;
        if (statuses.some((s) => s >= 500)) {
          totals.http5xx++;
          console.log(`5xx for ${JSON.stringify(request.toString('latin1').slice(0, 200))}`);
        }
      }
    }),
  );
  for (let i = 0; i < 20; i++) await apiCase(rng);
}

async function main() {
  const { deviceFiles, startProvisio } = await benchWorkspace(work, Number(args.devices), {
    HTTP_PORT: String(HTTP_PORT),
    HTTPS_PORT: '19643',
    TFTP_PORT: String(TFTP_PORT),
    SIP_PNP_PORT: String(SIP_PORT),
    SIP_PNP_ENABLED: 'true',
    TFTP_ENABLED: 'true',
    CONSOLE_HTTPS_ONLY: 'false',
    PROVISIO_API_TOKEN: TOKEN,
    PROVISIO_ADMIN_PASSWORD: 'soak-admin-password',
    LOG_LEVEL: 'error', // the daemons' own rate-limited warnings would drown the report
  });
  const server = startProvisio();
  let crashed: string | null = null;
  server.on('exit', (code, signal) => (crashed = `server exited (code ${code}, signal ${signal})`));
  const sockets = await udpSockets();
  try {
    await waitFor(`http://127.0.0.1:${HTTP_PORT}/api/health`);
    const rng = seededRng(SEED);
    const start = usage(server.pid!);
    const started = Date.now();
    const until = started + MINUTES * 60_000;
    let nextReport = started;
    console.log(`soak: ${MINUTES} min, seed ${SEED} (replay: --seed ${SEED}); server pid ${server.pid}, RSS ${start.rssMb} MB, ${start.fds} descriptors`);
    while (Date.now() < until && !crashed) {
      await round(rng, sockets, deviceFiles);
      const health = await fetch(`http://127.0.0.1:${HTTP_PORT}/api/health`).catch(() => null);
      if (health?.status !== 200) totals.healthFailures++;
      await health?.arrayBuffer();
      if (Date.now() >= nextReport && !crashed) {
        const now = usage(server.pid!);
        const cases = totals.sip + totals.tftp + totals.http + totals.api;
        console.log(
          `${((Date.now() - started) / 1000).toFixed(0).padStart(5)} s  ${cases} cases (sip ${totals.sip}, tftp ${totals.tftp}, http ${totals.http}, api ${totals.api})  5xx ${totals.http5xx + totals.api5xx}  health failures ${totals.healthFailures}  RSS ${now.rssMb} MB  fds ${now.fds}`,
        );
        nextReport += 30_000;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 3000)); // let retransmissions and transfers end
    const end = crashed ? null : usage(server.pid!);
    console.log(
      `\nseed ${SEED}: ${totals.sip + totals.tftp + totals.http + totals.api} cases, crashes ${crashed ? 1 : 0}${crashed ? ` (${crashed})` : ''}, ` +
        `5xx ${totals.http5xx} HTTP + ${totals.api5xx} API, health failures ${totals.healthFailures}` +
        (end
          ? `, RSS ${start.rssMb} → ${end.rssMb} MB (${end.rssMb - start.rssMb >= 0 ? '+' : ''}${end.rssMb - start.rssMb}), descriptors ${start.fds} → ${end.fds}`
          : ''),
    );
    if (crashed || totals.http5xx || totals.api5xx || totals.healthFailures) process.exitCode = 1;
  } finally {
    for (const socket of sockets) socket.close();
    await cleanUp(work, [server]);
  }
}

runBench(main);
