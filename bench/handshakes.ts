/**
 * bench/handshakes: new TLS handshakes per second on the phone path — every request a new HTTPS connection with a full
 * handshake (wrk with "Connection: close" resumes no session), the way 2,000 rebooting phones arrive. Ours with 1 web
 * worker and with N (default: the core count), beside nginx with 1 and N worker processes on the same certificate and
 * files, in turns, `--runs` times; medians and the ratios ours/nginx at equal process counts are printed.
 *   npm run bench:handshakes [-- --devices 1000 --duration 10 --connections 64 --runs 3 --workers N]
 * On a machine where wrk shares the cores with the servers, N workers cannot scale by N: compare with nginx's N.
 */
import { type ChildProcess, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { benchWorkspace, cleanUp, runBench, startNginx, waitFor, which } from './support';

const { values: args } = parseArgs({
  options: {
    devices: { type: 'string', default: '1000' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '64' },
    runs: { type: 'string', default: '3' },
    workers: { type: 'string', default: String(os.availableParallelism()) },
  },
});
const N = Number(args.workers);
const COUNTS = [...new Set([1, N])];
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'provisio-bench-'));
const PORTS = { http: 19280, https: 19643, nginx1: 19644, nginxN: 19645 };

function wrk(port: number, files: string[]): number {
  const lua = path.join(work, 'paths.lua');
  fs.writeFileSync(
    lua,
    `local paths = {${files.map((f) => `"${f}"`).join(',')}}\nrequest = function()\n  return wrk.format("GET", "/provisioning/" .. paths[math.random(#paths)], {["Connection"] = "close"})\nend\n`,
  );
  const out = execFileSync('wrk', ['-t', '2', '-c', args.connections, '-d', `${args.duration}s`, '-s', lua, `https://127.0.0.1:${port}`], { encoding: 'utf8' });
  const non2xx = /Non-2xx or 3xx responses: (\d+)/.exec(out);
  if (non2xx) throw new Error(`wrk saw ${non2xx[1]} error responses:\n${out}`);
  const rps = /Requests\/sec:\s+([\d.]+)/.exec(out);
  if (!rps) throw new Error(`could not read wrk output:\n${out}`);
  return Number(rps[1]);
}

/** Resolves once something accepts TCP connections on `port` of 127.0.0.1. */
async function listening(port: number, timeoutMs = 10_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => resolve(true)).on('error', () => resolve(false));
      socket.unref();
      setTimeout(() => socket.destroy(), 500).unref();
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nothing listens on ${port}`);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const figures = (values: number[]) => `${median(values).toFixed(0)} handshakes/s (median of ${values.map((v) => v.toFixed(0)).join(', ')})`;

async function main() {
  if (!which('wrk')) throw new Error('wrk is required: apt-get install -y wrk');
  const { deviceFiles, root, startProvisio } = await benchWorkspace(work, Number(args.devices), {
    HTTP_PORT: String(PORTS.http),
    HTTPS_PORT: String(PORTS.https),
    TFTP_ENABLED: 'false',
  });
  const tls = { cert: path.join(work, 'tls', 'cert.pem'), key: path.join(work, 'tls', 'key.pem') };
  const children: (ChildProcess | null)[] = [];
  const ours = async (workers: number) => {
    const server = startProvisio({ WORKERS: String(workers) });
    children.push(server);
    await waitFor(`http://127.0.0.1:${PORTS.http}/api/health`);
    return { name: `provisio, ${workers} worker(s)`, port: PORTS.https, stop: () => new Promise((resolve) => server.once('exit', resolve).kill('SIGTERM')) };
  };
  try {
    // The first start makes the self-signed certificate nginx then uses too.
    const first = await ours(1);
    await first.stop();
    const nginx = which('nginx')
      ? COUNTS.map((workers) => {
          const port = workers === 1 ? PORTS.nginx1 : PORTS.nginxN;
          children.push(startNginx({ work, port, root, workers, tls, resumption: false }));
          return { name: `nginx, ${workers} worker(s)`, port };
        })
      : [];
    for (const target of nginx) await listening(target.port);
    const results = new Map<string, number[]>();
    const record = (name: string, value: number) => results.set(name, [...(results.get(name) ?? []), value]);
    for (let run = 0; run < Number(args.runs); run++) {
      for (const workers of COUNTS) {
        const target = await ours(workers);
        wrk(target.port, deviceFiles.slice(0, 50)); // warm-up: files in memory, JIT
        record(target.name, wrk(target.port, deviceFiles));
        await target.stop();
      }
      for (const target of nginx) record(target.name, wrk(target.port, deviceFiles));
    }
    console.log(
      `new HTTPS connection per request (full handshake), ${args.connections} connections, ${args.runs} × ${args.duration} s each, ${os.availableParallelism()} cores:`,
    );
    for (const [name, values] of results) console.log(`${name.padEnd(24)} ${figures(values)}`);
    const m = (name: string) => median(results.get(name) ?? [NaN]);
    console.log(`scaling provisio ${N}/1 workers: ${(m(`provisio, ${N} worker(s)`) / m('provisio, 1 worker(s)')).toFixed(2)}`);
    if (nginx.length) {
      console.log(`scaling nginx ${N}/1 workers: ${(m(`nginx, ${N} worker(s)`) / m('nginx, 1 worker(s)')).toFixed(2)}`);
      for (const workers of COUNTS)
        console.log(`ratio provisio/nginx at ${workers} worker(s): ${(m(`provisio, ${workers} worker(s)`) / m(`nginx, ${workers} worker(s)`)).toFixed(2)}`);
    } else console.log('nginx is not installed: no reference run (apt-get install -y nginx-light)');
  } finally {
    await cleanUp(work, children);
  }
}

runBench(main);
