import cluster from 'node:cluster';
import { closeDatabase, getDb, shrinkToReaderPageCache } from '@/db/client';
import { env } from '@/lib/env';
import { httpLimits } from '@/lib/http-limits';
import { log } from '@/lib/logger';
import { followServingGeneration } from '@/lib/provisioning/file-cache';
import { loadOuiRegistry } from '@/lib/provisioning/oui';
import { loadOrCreateTls } from '@/lib/tls';
import { createWebServers, listenOn } from '@/lib/web-listeners';
import { consoleProxy } from './console-proxy';
import { relayFetchesToPrimary } from './fetch-relay';
import { CONSOLE_SOCKET_ENV, type PrimaryMessage, TICKET_KEYS_ENV, type WorkerMessage } from './messages';
import { shareOfLimits } from './limits';

const send = (message: WorkerMessage, sent?: () => void) => {
  if (process.connected && process.send) process.send(message, undefined, {}, () => sent?.());
  else sent?.();
};

/**
 * A web worker: the HTTP and HTTPS listeners (shared with the other workers by node:cluster), phones answered
 * here from the database read-only and from memory, everything else proxied to the main process.
 */
export async function runWebWorker() {
  // Until the listeners are up there is nothing to close: a stop asked meanwhile (or the main process gone) ends the worker at once.
  let stop = async (): Promise<void> => process.exit(0);
  process.on('message', (message: PrimaryMessage) => {
    if (message?.type === 'provisio:shutdown') void stop();
  });
  // The main process gone (killed) leaves nobody to proxy to or to log for: stop too.
  process.on('disconnect', () => void stop());
  // Signals go to the whole process group (Ctrl-C): the main process decides when workers stop.
  process.on('SIGINT', () => {});
  process.on('SIGTERM', () => {});
  try {
    const settings = env();
    const socketPath = process.env[CONSOLE_SOCKET_ENV];
    if (!socketPath) throw new Error(`${CONSOLE_SOCKET_ENV} is not set: web workers are started by the main process`);
    process.env.DATABASE_PATH = settings.databasePath;
    const db = getDb();
    followServingGeneration(db);
    shrinkToReaderPageCache(db);
    const tls = await loadOrCreateTls();
    const ticketKeys = process.env[TICKET_KEYS_ENV] ? Buffer.from(process.env[TICKET_KEYS_ENV], 'base64') : undefined;
    loadOuiRegistry();
    const relay = relayFetchesToPrimary(send);
    const limits = shareOfLimits(httpLimits(settings), settings.WORKERS);
    const { plain, secure } = createWebServers({ db, settings, limits, tls: { ...tls, ticketKeys }, handleNext: consoleProxy(socketPath) });
    await listenOn(plain, settings.HTTP_PORT, settings.BIND_ADDRESS);
    await listenOn(secure, settings.HTTPS_PORT, settings.BIND_ADDRESS);
    send({ type: 'provisio:ready' });

    let stopping = false;
    stop = async () => {
      if (stopping) return;
      stopping = true;
      for (const server of [plain, secure]) server.closeIdleConnections();
      await Promise.all([plain, secure].map((server) => new Promise((resolve) => server.close(resolve))));
      await relay.flush();
      closeDatabase(db);
      cluster.worker?.disconnect();
      process.exit(0);
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log.error('web worker could not start', { error: message });
    send({ type: 'provisio:failed', error: message });
    process.exit(1);
  }
}
