import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase } from '@/db/client';
import { generatedFiles } from '@/db/schema';
import { bootstrap } from '@/lib/bootstrap';
import { SERVER_NODE_FLAGS } from '../scripts/server-node-flags.mjs';
import { seedDevices } from './seed-devices';

/** The path of a command on PATH, or null. */
export function which(cmd: string): string | null {
  try {
    return (
      execFileSync('sh', ['-c', `command -v ${cmd}`])
        .toString()
        .trim() || null
    );
  } catch {
    return null;
  }
}

/** Resolves once `url` answers below 500, or throws after `timeoutMs`. */
export async function waitFor(url: string, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not come up`);
}

/** The production build server.ts serves the console from: made now when missing or older than the sources (as `npm start` does). */
export const ensureProductionBuild = () => execFileSync(process.execPath, ['scripts/ensure-build.mjs'], { stdio: 'inherit' });

/**
 * A throw-away product for a benchmark: a fresh SQLite file under `work` with `devices` seeded Yealink phones
 * and their generated files, the same files written to `<work>/files` for a reference server, and a way to
 * start `server.ts` on that data. `env` is applied to this process too (the seeding reads it).
 */
export async function benchWorkspace(work: string, devices: number, env: Record<string, string>) {
  ensureProductionBuild();
  const fullEnv = { ...process.env, DATA_DIR: work, PUBLIC_HOST: '127.0.0.1', LOG_LEVEL: 'warn', SIP_PNP_ENABLED: 'false', ...env };
  Object.assign(process.env, fullEnv);
  const db = openDatabase(path.join(work, 'provisio.db'));
  await bootstrap(db);
  const started = Date.now();
  const deviceFiles = seedDevices(db, devices);
  console.log(`seeded ${devices} devices and generated their files in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const root = path.join(work, 'files');
  fs.mkdirSync(root);
  const sizes = new Map<string, number>();
  for (const f of db.select({ fileName: generatedFiles.fileName, body: generatedFiles.body }).from(generatedFiles).all()) {
    fs.writeFileSync(path.join(root, f.fileName), f.body);
    sizes.set(f.fileName, Buffer.byteLength(f.body));
  }
  db.$client.close();
  fs.chmodSync(work, 0o755);
  const startProvisio = (more: Record<string, string> = {}) =>
    spawn(process.execPath, [...SERVER_NODE_FLAGS, '--import', 'tsx', 'server.ts'], {
      env: { ...fullEnv, ...more, NODE_ENV: 'production' },
      stdio: 'inherit',
    });
  return { deviceFiles, sizes, root, startProvisio };
}

export type NginxOptions = {
  work: string;
  port: number;
  root: string;
  workers?: number;
  tls?: { cert: string; key: string };
  accessLog?: boolean;
  /** false: no TLS session cache nor tickets, so every connection is a full handshake. */
  resumption?: boolean;
};

/**
 * The reference: nginx serving `root` at /provisioning/ on 127.0.0.1:`port` (TLS with `tls`), `workers` processes
 * (default 1), its files under `work`. Without an access log unless asked (ours writes a fetch log: say which when comparing).
 */
export function startNginx({ work, port, root, workers = 1, tls, accessLog = false, resumption = true }: NginxOptions): ChildProcess {
  const dir = path.join(work, `nginx-${port}`);
  fs.mkdirSync(dir, { recursive: true });
  const conf = path.join(dir, 'nginx.conf');
  const noResumption = resumption ? '' : ' ssl_session_cache off; ssl_session_tickets off;';
  const listen = tls
    ? `listen 127.0.0.1:${port} ssl; ssl_certificate ${tls.cert}; ssl_certificate_key ${tls.key};${noResumption}`
    : `listen 127.0.0.1:${port};`;
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${dir}/${kind};`).join('\n');
  fs.writeFileSync(
    conf,
    `worker_processes ${workers};\ndaemon off;\npid ${dir}/nginx.pid;\nerror_log ${dir}/error.log;\nevents { worker_connections 4096; }\nhttp {\n  access_log ${accessLog ? `${dir}/access.log` : 'off'};\n  default_type text/plain;\n${temp}\n  server { ${listen} location /provisioning/ { alias ${root}/; } }\n}\n`,
  );
  return spawn('nginx', ['-c', conf, '-e', `${dir}/error.log`], { stdio: 'inherit' });
}

/** CPU time (user + system, every thread) of a process from /proc, in ms; 0 once it is gone. */
function processCpuMs(pid: number): number {
  try {
    // The fields after the command name, which may hold spaces: utime and stime are the 14th and 15th of the line.
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}
const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

function childrenOf(pid: number): number[] {
  try {
    return fs
      .readdirSync(`/proc/${pid}/task`)
      .flatMap((tid) => fs.readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number));
  } catch {
    return [];
  }
}

/** CPU time (ms) of a server: its own process and, apart, every process below it (web workers, nginx's workers). */
export function serverCpuMs(pid: number): { own: number; children: number } {
  const below = (p: number): number => childrenOf(p).reduce((sum, child) => sum + processCpuMs(child) + below(child), 0);
  return { own: processCpuMs(pid), children: below(pid) };
}

/** Stops the servers a benchmark started and removes its data. */
export async function cleanUp(work: string, children: readonly (ChildProcess | null)[]) {
  for (const child of children) child?.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 500));
  fs.rmSync(work, { recursive: true, force: true });
}

/** Runs a benchmark's main, printing only the message of a failure. */
export const runBench = (main: () => Promise<void>) =>
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
