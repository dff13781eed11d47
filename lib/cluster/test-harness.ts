/**
 * For lib/web-workers.test.ts: the main process of server.ts without Next — the real web workers (lib/cluster) on
 * HTTP_PORT/HTTPS_PORT over the database in DATA_DIR, and in Next's place a stub console that echoes what it got.
 * Prints `{"ready":true}` once every worker listens; SIGTERM stops it the way server.ts does.
 *   node --import tsx lib/cluster/test-harness.ts
 */
import cluster from 'node:cluster';
import type http from 'node:http';
import { closeDatabase, getDb } from '@/db/client';
import { env } from '@/lib/env';
import { flushFetchLog } from '@/lib/provisioning/fetch-log';
import { CLIENT_IP_HEADER, SECURE_HEADER } from '@/lib/request-meta';
import { loadOrCreateTls } from '@/lib/tls';
import { startWebWorkers } from './primary';
import { runWebWorker } from './worker';

/** The stub console: the request as it arrived (through a worker), and two cookies to show headers come back whole. */
async function console_(req: http.IncomingMessage, res: http.ServerResponse) {
  let body = '';
  for await (const chunk of req) body += chunk;
  const seen = { method: req.method, url: req.url, body, secure: req.headers[SECURE_HEADER], clientIp: req.headers[CLIENT_IP_HEADER], host: req.headers.host };
  res.setHeader('Set-Cookie', ['a=1; Path=/', 'b=2; Path=/']);
  res.writeHead(201, { 'Content-Type': 'application/json', 'X-Console-Pid': String(process.pid) }).end(JSON.stringify(seen));
}

async function main() {
  const settings = env();
  process.env.DATABASE_PATH = settings.databasePath;
  const db = getDb();
  await loadOrCreateTls();
  const web = await startWebWorkers({ db, count: settings.WORKERS, handleNext: console_, describe: 'the test harness' });
  process.stdout.write(`${JSON.stringify({ ready: true, socketPath: web.socketPath })}\n`);
  process.on('SIGTERM', async () => {
    await web.stop();
    flushFetchLog();
    closeDatabase(db);
    process.exit(0);
  });
}

if (cluster.isWorker) void runWebWorker();
else
  main().catch((error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exit(1);
  });
