import cluster, { type Worker } from 'node:cluster';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { Db } from '@/db/client';
import { env } from '@/lib/env';
import { httpLimits, logConnectionLimits } from '@/lib/http-limits';
import { log } from '@/lib/logger';
import { recordFetch } from '@/lib/provisioning/fetch-log';
import { unpackFetch } from './fetch-relay';
import { CONSOLE_SOCKET_ENV, isWorkerMessage, type PrimaryMessage, TICKET_KEYS_ENV } from './messages';

const RESTART_DELAY_MS = 1000;
const STOP_GRACE_MS = 10_000;

export type WebWorkersOptions = {
  db: Db;
  count: number;
  /** Next's request handler: the console and the API, for requests the workers pass on. */
  handleNext: (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>;
  /** For the start-up line: where the workers listen. */
  describe: string;
};

/**
 * The main process's side of the web workers: Next behind a Unix socket in a directory only this user can
 * open, `count` workers that own the public HTTP/HTTPS ports, the fetch log they send written here, and a
 * worker that dies replaced. Resolves once every worker listens; rejects when one cannot start.
 */
export async function startWebWorkers({ db, count, handleNext, describe }: WebWorkersOptions) {
  const socketDir = fs.mkdtempSync(path.join(os.tmpdir(), 'provisio-'));
  const socketPath = path.join(socketDir, 'console.sock');
  const internal = http.createServer((req, res) => {
    handleNext(req, res).catch((error: unknown) => {
      log.error('request failed', { url: req.url, error: String(error) });
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  // Only the workers' proxies connect here, a bounded pool each: idle sockets stay open rather than close under a request
  // the proxy is sending (which it then has to send again, lib/cluster/console-proxy.ts).
  internal.keepAliveTimeout = 0;
  await new Promise<void>((resolve, reject) => {
    internal.once('error', reject);
    internal.listen(socketPath, resolve);
  });

  // Workers accept their connections themselves from the shared socket. Round robin would have this process accept
  // each one and hand it over with two IPC messages: measured (bench/handshakes), 2 workers then did fewer TLS
  // handshakes than 1.
  cluster.schedulingPolicy = cluster.SCHED_NONE;
  // One set of TLS session-ticket keys for all workers: a phone that reconnects resumes its session whichever worker answers.
  const workerEnv = { [CONSOLE_SOCKET_ENV]: socketPath, [TICKET_KEYS_ENV]: randomBytes(48).toString('base64') };
  let stopping = false;
  const listening = new Set<Worker>();

  const fork = () =>
    new Promise<Worker>((resolve, reject) => {
      const worker = cluster.fork(workerEnv);
      let ready = false;
      worker.on('message', (message: unknown) => {
        if (!isWorkerMessage(message)) return;
        if (message.type === 'provisio:fetches') for (const packed of message.records) recordFetch(db, unpackFetch(packed));
        else if (message.type === 'provisio:ready') {
          ready = true;
          listening.add(worker);
          resolve(worker);
        } else if (message.type === 'provisio:failed') reject(new Error(`web worker could not start: ${message.error}`));
      });
      worker.on('exit', (code, signal) => {
        listening.delete(worker);
        if (stopping) return;
        if (!ready) return reject(new Error(`web worker exited before listening (code ${code}, signal ${signal})`));
        log.error('web worker died, starting another', { pid: worker.process.pid, code, signal });
        setTimeout(() => {
          if (!stopping) fork().catch((error: unknown) => log.error('could not replace a web worker', { error: String(error) }));
        }, RESTART_DELAY_MS).unref();
      });
    });

  try {
    await Promise.all(Array.from({ length: count }, fork));
  } catch (error) {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill();
    internal.close();
    fs.rmSync(socketDir, { recursive: true, force: true });
    throw error;
  }

  logConnectionLimits(httpLimits(env()));
  log.info(`HTTP and HTTPS answered by ${count} web worker(s) on ${describe}`);

  const stop = async () => {
    stopping = true;
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w && !w.isDead());
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve) => {
            const force = setTimeout(() => worker.kill('SIGKILL'), STOP_GRACE_MS);
            worker.once('exit', () => {
              clearTimeout(force);
              resolve();
            });
            // One still starting has nothing to close (and may not listen to messages yet).
            if (listening.has(worker)) worker.send({ type: 'provisio:shutdown' } satisfies PrimaryMessage);
            else worker.kill('SIGKILL');
          }),
      ),
    );
    internal.closeIdleConnections();
    await new Promise((resolve) => internal.close(resolve));
    fs.rmSync(socketDir, { recursive: true, force: true });
  };
  return { stop, socketPath };
}
