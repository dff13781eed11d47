/**
 * bench/reboot: a mass reboot. 10,000 Yealink phones (default) each fetch their factory boot sequence over
 * HTTPS on one keep-alive connection of their own (`<mac>.boot` 404, `y000000000000.boot` 404, the model
 * common file, `<mac>.cfg`), at most 256 phones at once, with the fetch log on. Then nginx (1 worker, the
 * same certificate, the same files from disk) gets the same run. Prints the time to serve every phone, the
 * p50/p99 request latency and the ratios ours/nginx.
 *   npm run bench:reboot [-- --devices 10000 --concurrency 256]
 */
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { benchWorkspace, cleanUp, runBench, startNginx, waitFor, which } from './support';

const { values: args } = parseArgs({
  options: {
    devices: { type: 'string', default: '10000' },
    concurrency: { type: 'string', default: '256' },
  },
});
const DEVICES = Number(args.devices);
const CONCURRENCY = Number(args.concurrency);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'provisio-bench-reboot-'));
const HTTP_PORT = 19280;
const HTTPS_PORT = 19643;
const NGINX_PORT = 19644;
/** A T46U: hardware id 108 (lib/provisioning/builtin/families/yealink.md). */
const COMMON = 'y000000000108.cfg';

type Run = { seconds: number; latencies: number[]; statuses: Map<number, number> };

function get(agent: https.Agent, port: number, file: string, userAgent: string): Promise<{ status: number; ms: number }> {
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const req = https.get(
      { host: '127.0.0.1', port, path: `/provisioning/${file}`, agent, rejectUnauthorized: false, headers: { 'User-Agent': userAgent } },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: Number(process.hrtime.bigint() - started) / 1e6 }));
      },
    );
    req.on('error', reject);
  });
}

async function reboot(port: number, macs: string[]): Promise<Run> {
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  let next = 0;
  const started = process.hrtime.bigint();
  const phone = async (mac: string) => {
    const agent = new https.Agent({ keepAlive: true, maxSockets: 1 });
    const colon = mac.match(/../g)!.join(':');
    const ua = `Yealink SIP-T46U 108.86.0.20 ${colon}`;
    for (const file of [`${mac}.boot`, 'y000000000000.boot', COMMON, `${mac}.cfg`]) {
      const { status, ms } = await get(agent, port, file, ua);
      latencies.push(ms);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
    agent.destroy();
  };
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < macs.length) await phone(macs[next++]);
    }),
  );
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, latencies: latencies.sort((a, b) => a - b), statuses };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const describe = (name: string, run: Run) =>
  `${name}: ${run.seconds.toFixed(1)} s for ${DEVICES} phones (${((DEVICES * 4) / run.seconds).toFixed(0)} req/s), p50 ${percentile(run.latencies, 50).toFixed(1)} ms, p99 ${percentile(run.latencies, 99).toFixed(1)} ms, statuses ${JSON.stringify(Object.fromEntries(run.statuses))}`;

async function main() {
  const { deviceFiles, root, startProvisio } = await benchWorkspace(work, DEVICES, {
    HTTP_PORT: String(HTTP_PORT),
    HTTPS_PORT: String(HTTPS_PORT),
    TFTP_ENABLED: 'false',
    // Every simulated phone comes from 127.0.0.1; real phones are thousands of addresses.
    HTTP_MAX_CONNECTIONS_PER_ADDRESS: '100000',
  });
  const macs = deviceFiles.map((f) => f.replace(/\.cfg$/, ''));
  const server = startProvisio();
  let nginx: ChildProcess | null = null;
  try {
    await waitFor(`http://127.0.0.1:${HTTP_PORT}/api/health`);
    await reboot(HTTPS_PORT, macs.slice(0, 200)); // warm-up
    const ours = await reboot(HTTPS_PORT, macs);
    console.log(describe('provisio', ours));
    if (which('nginx')) {
      nginx = startNginx({
        work,
        port: NGINX_PORT,
        root,
        tls: { cert: path.join(work, 'tls', 'cert.pem'), key: path.join(work, 'tls', 'key.pem') },
        accessLog: true,
      });
      await new Promise((r) => setTimeout(r, 500));
      await reboot(NGINX_PORT, macs.slice(0, 200));
      const theirs = await reboot(NGINX_PORT, macs);
      console.log(describe('nginx (1 worker)', theirs));
      console.log(
        `ratio provisio/nginx: time ${(ours.seconds / theirs.seconds).toFixed(2)}, p99 ${(percentile(ours.latencies, 99) / percentile(theirs.latencies, 99)).toFixed(2)}`,
      );
    } else {
      console.log('nginx is not installed: no reference run (apt-get install -y nginx-light)');
    }
  } finally {
    await cleanUp(work, [server, nginx]);
  }
}

runBench(main);
