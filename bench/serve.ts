/**
 * bench/serve: loads 10,000 devices, then drives GET /provisioning/<file> with a new connection
 * per request (wrk + "Connection: close", random file per request, fetch log on). In the same run a
 * bare `node:http` server (a child, like ours) answers the same bytes and headers for every path: the
 * ceiling of the stack. A second bare server does the least this job takes: each path its own file, from a Map
 * filled at start, and the peer's address read (a log of who fetched what needs it). When nginx is installed it
 * serves the same 10,000 files from disk. They take turns `--runs` times, after every file was fetched once from
 * each (ours then holds them all in memory); the medians and the ratios to ours are printed.
 *   npm run bench:serve [-- --devices 10000 --duration 10 --connections 32 --runs 3 --workers 1 --side-by-side]
 * On a small, shared machine the servers and wrk take CPU from each other unevenly, and the ratio moves by ±0.15 from run
 * to run. Pinned, every server gets one core and wrk another: `taskset -c 0 npm run bench:serve -- --wrk-cpu 1`.
 * With `--main-cpu 1` too, our main process (console, daemons, the fetch log's writer) leaves the servers' core for
 * wrk's once started: the web worker answers alone there, like the bare server — the response path with the log's work
 * off it. It takes CPU from wrk, never from the servers.
 * `--side-by-side`: instead of taking turns, ours and one reference at a time are loaded together, one wrk each, so both
 * share the core and the machine's swings; each round's ratio is printed, and they hold within a few hundredths
 * (`taskset -c 0 npm run bench:serve -- --wrk-cpu 1 --main-cpu 1 --side-by-side`).
 */
import { execFile, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { benchWorkspace, cleanUp, runBench, serverCpuMs, startNginx, waitFor, which } from './support';

const { values: args } = parseArgs({
  options: {
    devices: { type: 'string', default: '10000' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '32' },
    runs: { type: 'string', default: '3' },
    path: { type: 'string', default: '/provisioning/' },
    // One web worker (the main process writes the fetch log it sends): one process answers, like the bare server.
    workers: { type: 'string', default: '1' },
    // The processor wrk runs on (taskset); the servers run where this process may.
    'wrk-cpu': { type: 'string' },
    // The processor our main process (console, daemons, the fetch log's writer) moves to once up; its web workers stay
    // where this process may run, like the bare server: the response path alone on those processors.
    'main-cpu': { type: 'string' },
    // Ours and each reference loaded at the same time, one wrk each, instead of in turns (below).
    'side-by-side': { type: 'boolean', default: false },
  },
});
const DEVICES = Number(args.devices);
const RUNS = Number(args.runs);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'provisio-bench-'));
const HTTP_PORT = 19080;
const NGINX_PORT = 19090;
const BARE_PORT = 19091;
const BARE_PER_FILE_PORT = 19092;

/**
 * BENCH_PHONE_AUTH=basic: the default tenant's files behind HTTP Basic authentication (wrk sends the header; Digest needs
 * a handshake per request, which wrk cannot do), with the anti-enumeration limit on as always. Run it beside a run
 * without to read the cost of the protection (lib/provisioning/protection).
 */
const PROTECTED = process.env.BENCH_PHONE_AUTH === 'basic';
const BENCH_USER = 'bench';
const BENCH_PASSWORD = 'bench-password';
async function protect(dir: string) {
  const { openDatabase, closeDatabase } = await import('@/db/client');
  const { getDefaultTenant } = await import('@/db/queries/tenants');
  const { updatePhoneAccess } = await import('@/lib/domain/phone-access');
  const db = openDatabase(path.join(dir, 'provisio.db'));
  updatePhoneAccess(db, getDefaultTenant(db)!.id, { authMode: 'basic', username: BENCH_USER, password: BENCH_PASSWORD });
  closeDatabase(db);
}
const basicAuth = () => `Basic ${Buffer.from(`${BENCH_USER}:${BENCH_PASSWORD}`).toString('base64')}`;
const PHONE_USER_AGENT = 'Yealink SIP-T46U 108.86.0.20 80:5e:c0:00:00:01';
const authHeader = () => (PROTECTED ? `, ["Authorization"] = "${basicAuth()}"` : '');

const execFileAsync = promisify(execFile);
const wrkScript = path.join(work, 'paths.lua');
/** wrk's request: a random one of `files` each time, as a phone asks (its User-Agent, no keep-alive). */
const writeWrkScript = (files: string[]) =>
  fs.writeFileSync(
    wrkScript,
    `local paths = {${files.map((f) => `"${f}"`).join(',')}}\nrequest = function()\n  return wrk.format("GET", "${args.path}" .. paths[math.random(#paths)], {["Connection"] = "close", ["User-Agent"] = "${PHONE_USER_AGENT}"${authHeader()}})\nend\n`,
  );

async function wrk(baseUrl: string, duration = args.duration): Promise<{ rps: number; requests: number }> {
  const [command, ...pinning] = args['wrk-cpu'] === undefined ? ['wrk'] : ['taskset', '-c', args['wrk-cpu'], 'wrk'];
  const { stdout: out } = await execFileAsync(command, [...pinning, '-t', '2', '-c', args.connections, '-d', `${duration}s`, '-s', wrkScript, baseUrl], {
    encoding: 'utf8',
  });
  const non2xx = /Non-2xx or 3xx responses: (\d+)/.exec(out);
  if (non2xx) throw new Error(`wrk saw ${non2xx[1]} error responses:\n${out}`);
  const rps = /Requests\/sec:\s+([\d.]+)/.exec(out);
  const requests = /(\d+) requests in/.exec(out);
  if (!rps || !requests) throw new Error(`could not read wrk output:\n${out}`);
  return { rps: Number(rps[1]), requests: Number(requests[1]) };
}

/**
 * The bare references: plain node:http sending the headers ours sends. Given one file, its bytes answer every path: the
 * ceiling of the stack. Without, each path gets its own file from a Map filled at start (a 404 for a miss) and the
 * peer's address is read, as a log of who fetched what needs it: the least this job takes.
 */
const BARE_SERVER = `
const [root, prefix, port, one] = process.argv.slice(1);
const fs = require('node:fs'), path = require('node:path'), crypto = require('node:crypto');
const load = (name) => {
  const body = fs.readFileSync(path.join(root, name));
  const etag = '"' + crypto.createHash('sha256').update(body).digest('hex') + '"';
  return { body, headers: ['Cache-Control', 'no-store', 'X-Content-Type-Options', 'nosniff', 'Content-Type', 'text/plain; charset=utf-8', 'ETag', etag, 'Content-Length', String(body.length)] };
};
const only = one ? load(one) : null;
const files = new Map(one ? [] : fs.readdirSync(root).map((name) => [name, load(name)]));
let peers = 0; // counted, so reading the address is not optimised away
const perFile = (req, res) => {
  if (req.socket.remoteAddress) peers++;
  const file = req.url.startsWith(prefix) ? files.get(req.url.slice(prefix.length)) : undefined;
  if (!file) return res.writeHead(404).end();
  res.writeHead(200, file.headers);
  res.end(file.body);
};
require('node:http').createServer(only ? (req, res) => { res.writeHead(200, only.headers); res.end(only.body); } : perFile).listen(Number(port), '127.0.0.1');
`;
/** `oneFile`: that file for every path; otherwise each path its own. */
const startBare = (root: string, port: number, oneFile?: string) =>
  spawn(process.execPath, ['-e', BARE_SERVER, root, args.path, String(port), ...(oneFile ? [oneFile] : [])], { stdio: 'inherit' });

/** Every file once, 32 at a time: ours holds them all in memory afterwards, nginx's are in the page cache. */
async function fetchEveryFile(baseUrl: string, files: string[]) {
  let next = 0;
  const fetchNext = async (): Promise<void> => {
    const file = files[next++];
    if (file === undefined) return;
    const response = await fetch(`${baseUrl}${args.path}${file}`, {
      headers: { 'User-Agent': PHONE_USER_AGENT, ...(PROTECTED ? { Authorization: basicAuth() } : {}) },
    });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`warm-up: ${baseUrl}${args.path}${file} answered ${response.status}`);
    return fetchNext();
  };
  await Promise.all(Array.from({ length: 32 }, fetchNext));
}

/** CPU µs per request: of the server's own process and of the processes below it (our web workers, nginx's worker). */
type Cpu = { own: number; children: number };
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const figures = (values: number[]) => `${median(values).toFixed(0)} req/s (median of ${values.map((v) => v.toFixed(0)).join(', ')})`;

type Target = { name: string; port: number; pid: number };
/** One wrk run against `t`: its throughput, and the CPU time per request of its own process and of the processes below it. */
async function measure(t: Target): Promise<{ rps: number; cpu: Cpu }> {
  const before = serverCpuMs(t.pid);
  const { rps, requests } = await wrk(`http://127.0.0.1:${t.port}`);
  const after = serverCpuMs(t.pid);
  return { rps, cpu: { own: ((after.own - before.own) * 1000) / requests, children: ((after.children - before.children) * 1000) / requests } };
}
const total = (c: Cpu) => c.own + c.children;
/** Ours is measured by its web workers' CPU (the response path); a reference by all of its processes'. */
const webWorkersCpu = (c: Cpu) => c.children;

/** Each server alone, one after the other, `--runs` times: their medians and the ratios of the medians. */
async function inTurns([ours, ...references]: Target[]) {
  const results = new Map<Target, { rps: number; cpu: Cpu }[]>([ours, ...references].map((t) => [t, []]));
  for (let run = 0; run < RUNS; run++) for (const t of [ours, ...references]) results.get(t)!.push(await measure(t));
  const rps = (t: Target) => median(results.get(t)!.map((r) => r.rps));
  const cpu = (t: Target, part: (c: Cpu) => number) => median(results.get(t)!.map((r) => part(r.cpu)));
  console.log(
    `provisio: ${figures(results.get(ours)!.map((r) => r.rps))}; CPU per request ${cpu(ours, total).toFixed(0)} µs (web workers ${cpu(ours, webWorkersCpu).toFixed(0)}, main process ${cpu(ours, (c) => c.own).toFixed(0)})`,
  );
  for (const t of references) {
    console.log(`${t.name}: ${figures(results.get(t)!.map((r) => r.rps))}; CPU per request ${cpu(t, total).toFixed(0)} µs`);
    console.log(
      `  ratio provisio/${t.name}: ${(rps(ours) / rps(t)).toFixed(2)} by throughput, ${(cpu(t, total) / cpu(ours, webWorkersCpu)).toFixed(2)} by CPU (web workers alone)${t.port === BARE_PORT ? ' (target >= 0.9)' : ''}`,
    );
  }
}

/**
 * Ours and one reference at a time, loaded together (one wrk each) on the same processors, `--runs` rounds: both get
 * the machine's swings alike, so the ratio of one round holds steadier than the ratio of runs taken in turns.
 */
async function sideBySide([ours, ...references]: Target[]) {
  for (const t of references) {
    const rounds: { rps: number; cpu: number; oursRps: number; oursCpu: number }[] = [];
    for (let run = 0; run < RUNS; run++) {
      const [a, b] = await Promise.all([measure(ours), measure(t)]);
      rounds.push({ rps: b.rps, cpu: total(b.cpu), oursRps: a.rps, oursCpu: webWorkersCpu(a.cpu) });
    }
    const byThroughput = rounds.map((r) => r.oursRps / r.rps);
    const byCpu = rounds.map((r) => r.cpu / r.oursCpu);
    const list = (values: number[]) => values.map((v) => v.toFixed(2)).join(', ');
    console.log(
      `provisio beside ${t.name}: ${median(rounds.map((r) => r.oursRps)).toFixed(0)} and ${median(rounds.map((r) => r.rps)).toFixed(0)} req/s; CPU per request ${median(rounds.map((r) => r.oursCpu)).toFixed(0)} µs (web workers) and ${median(rounds.map((r) => r.cpu)).toFixed(0)} µs`,
    );
    console.log(
      `  ratio provisio/${t.name}: ${median(byThroughput).toFixed(2)} by throughput (${list(byThroughput)}), ${median(byCpu).toFixed(2)} by CPU (${list(byCpu)})${t.port === BARE_PORT ? ' (target >= 0.9)' : ''}`,
    );
  }
}

async function main() {
  if (!which('wrk')) throw new Error('wrk is required: apt-get install -y wrk');
  const { deviceFiles, root, startProvisio } = await benchWorkspace(work, DEVICES, {
    HTTP_PORT: String(HTTP_PORT),
    HTTPS_PORT: '19443',
    TFTP_ENABLED: 'false',
    WORKERS: args.workers,
  });
  if (PROTECTED) await protect(work);
  const server = startProvisio();
  const bare = startBare(root, BARE_PORT, deviceFiles[0]);
  const barePerFile = startBare(root, BARE_PER_FILE_PORT);
  const nginx = which('nginx') ? startNginx({ work, port: NGINX_PORT, root }) : null;
  try {
    await waitFor(`http://127.0.0.1:${HTTP_PORT}/api/health`);
    // Every thread of the main process (the render thread too); the workers are processes of their own and stay.
    if (args['main-cpu'] !== undefined) execFileSync('taskset', ['-a', '-p', '-c', args['main-cpu'], String(server.pid)], { stdio: 'ignore' });
    await waitFor(`http://127.0.0.1:${BARE_PORT}/`);
    await waitFor(`http://127.0.0.1:${BARE_PER_FILE_PORT}${args.path}${deviceFiles[0]}`);
    if (nginx) await waitFor(`http://127.0.0.1:${NGINX_PORT}/provisioning/${deviceFiles[0]}`);
    const targets: Target[] = [
      { name: 'provisio', port: HTTP_PORT, pid: server.pid! },
      { name: 'bare node:http', port: BARE_PORT, pid: bare.pid! },
      { name: 'bare, per file', port: BARE_PER_FILE_PORT, pid: barePerFile.pid! },
      ...(nginx ? [{ name: 'nginx', port: NGINX_PORT, pid: nginx.pid! }] : []),
    ];
    // Every file once (wrk's random picks leave a sixth of them unfetched after 3 s), then wrk a while.
    writeWrkScript(deviceFiles);
    for (const t of targets) {
      await fetchEveryFile(`http://127.0.0.1:${t.port}`, deviceFiles);
      await wrk(`http://127.0.0.1:${t.port}`, '3');
    }
    const pinned = [
      args['wrk-cpu'] === undefined ? '' : `, wrk on CPU ${args['wrk-cpu']}`,
      args['main-cpu'] === undefined ? '' : `, our main process (the fetch log's writer) on CPU ${args['main-cpu']}`,
    ].join('');
    console.log(
      `new connection per request, ${DEVICES} files, ${args.connections} connections, ${RUNS} × ${args.duration} s each, ${args['side-by-side'] ? 'side by side' : 'in turns'}${pinned}:`,
    );
    console.log(`provisio: WORKERS=${args.workers}${PROTECTED ? ', HTTP Basic authentication and the anti-enumeration limit on' : ''}`);
    console.log(`bare node:http: one file's bytes and headers for every path; bare, per file: each path its file from a Map, the peer's address read`);
    if (nginx) console.log('nginx: 1 worker, the same files from disk');
    else console.log('nginx is not installed: no reference run (apt-get install -y nginx-light)');
    if (args['side-by-side']) await sideBySide(targets);
    else await inTurns(targets);
  } finally {
    await cleanUp(work, [server, bare, barePerFile, nginx]);
  }
}

runBench(main);
