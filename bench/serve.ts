/**
 * bench/serve: loads 10,000 devices, then drives GET /provisioning/<file> with a new connection
 * per request (wrk + "Connection: close", random file per request). When nginx is installed it
 * serves the same 10,000 files from disk in the same run, and the ratio ours/nginx is printed.
 *   npm run bench:serve [-- --devices 10000 --duration 10 --connections 32]
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '@/db/client';
import { generatedFiles } from '@/db/schema';
import { bootstrap } from '@/lib/bootstrap';
import { seedDevices } from './seed-devices';
import { waitFor, which } from './support';

const { values: args } = parseArgs({
  options: {
    devices: { type: 'string', default: '10000' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '32' },
    path: { type: 'string', default: '/provisioning/' },
  },
});
const DEVICES = Number(args.devices);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'provisio-bench-'));
const HTTP_PORT = 19080;
const NGINX_PORT = 19090;

function wrk(baseUrl: string, files: string[]): number {
  const lua = path.join(work, 'paths.lua');
  fs.writeFileSync(
    lua,
    `local paths = {${files.map((f) => `"${f}"`).join(',')}}\nrequest = function()\n  return wrk.format("GET", "${args.path}" .. paths[math.random(#paths)], {["Connection"] = "close", ["User-Agent"] = "Yealink SIP-T46U 108.86.0.20 80:5e:c0:00:00:01"})\nend\n`,
  );
  const out = execFileSync('wrk', ['-t', '2', '-c', String(args.connections), '-d', `${args.duration}s`, '-s', lua, baseUrl], { encoding: 'utf8' });
  const non2xx = /Non-2xx or 3xx responses: (\d+)/.exec(out);
  if (non2xx) throw new Error(`wrk saw ${non2xx[1]} error responses:\n${out}`);
  const rps = /Requests\/sec:\s+([\d.]+)/.exec(out);
  if (!rps) throw new Error(`could not read wrk output:\n${out}`);
  return Number(rps[1]);
}

function startNginx(root: string): ChildProcess {
  const conf = path.join(work, 'nginx.conf');
  fs.writeFileSync(
    conf,
    `worker_processes 1;\ndaemon off;\npid ${work}/nginx.pid;\nerror_log ${work}/nginx-error.log;\nevents { worker_connections 1024; }\nhttp {\n  access_log off;\n  default_type text/plain;\n  client_body_temp_path ${work}/nginx-body;\n  proxy_temp_path ${work}/nginx-proxy;\n  fastcgi_temp_path ${work}/nginx-fcgi;\n  uwsgi_temp_path ${work}/nginx-uwsgi;\n  scgi_temp_path ${work}/nginx-scgi;\n  server { listen 127.0.0.1:${NGINX_PORT}; location /provisioning/ { alias ${root}/; } }\n}\n`,
  );
  return spawn('nginx', ['-c', conf, '-e', `${work}/nginx-error.log`], { stdio: 'inherit' });
}

async function main() {
  if (!which('wrk')) throw new Error('wrk is required: apt-get install -y wrk');
  const env = {
    ...process.env,
    DATA_DIR: work,
    HTTP_PORT: String(HTTP_PORT),
    HTTPS_PORT: '19443',
    TFTP_ENABLED: 'false',
    SIP_PNP_ENABLED: 'false',
    PUBLIC_HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
  };
  Object.assign(process.env, env);
  const db = openDatabase(path.join(work, 'provisio.db'));
  await bootstrap(db);
  const started = Date.now();
  const files = seedDevices(db, DEVICES);
  console.log(`seeded ${DEVICES} devices and generated their files in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  fs.chmodSync(work, 0o755);
  const root = path.join(work, 'files');
  fs.mkdirSync(root);
  for (const f of db.select({ fileName: generatedFiles.fileName, body: generatedFiles.body }).from(generatedFiles).all())
    fs.writeFileSync(path.join(root, f.fileName), f.body);
  db.$client.close();

  const server = spawn(process.execPath, ['--import', 'tsx', 'server.ts'], { env: { ...env, NODE_ENV: 'production' }, stdio: 'inherit' });
  const nginx = which('nginx') ? startNginx(root) : null;
  try {
    await waitFor(`http://127.0.0.1:${HTTP_PORT}/api/health`);
    wrk(`http://127.0.0.1:${HTTP_PORT}`, files.slice(0, 100)); // warm-up
    const ours = wrk(`http://127.0.0.1:${HTTP_PORT}`, files);
    console.log(`provisio: ${ours.toFixed(0)} req/s (new connection per request, ${DEVICES} files, ${args.connections} connections)`);
    if (nginx) {
      await waitFor(`http://127.0.0.1:${NGINX_PORT}/provisioning/${files[0]}`);
      const theirs = wrk(`http://127.0.0.1:${NGINX_PORT}`, files);
      console.log(`nginx:    ${theirs.toFixed(0)} req/s (1 worker, same files from disk)`);
      console.log(`ratio provisio/nginx: ${(ours / theirs).toFixed(2)} (target >= 0.5)`);
    } else {
      console.log('nginx is not installed: no reference run (apt-get install -y nginx-light)');
    }
  } finally {
    server.kill('SIGTERM');
    nginx?.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
