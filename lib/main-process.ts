/**
 * Provisio's main process, started by server.ts: migrations and first-start setup, Next (console + API), the TFTP /
 * SIP PnP daemons and every write. Phones' HTTP and HTTPS are answered by WORKERS web worker processes (lib/cluster)
 * that own the public ports and pass console requests back here; with WORKERS=0 this process also owns the ports and
 * does it all. A render thread (lib/provisioning/render-worker.ts) renders regenerations beside this process's writes.
 */
import next from 'next';
import { closeDatabase, getDb } from '@/db/client';
import { bootstrap, regenerateEverything } from '@/lib/bootstrap';
import { startDaemons } from '@/lib/daemons';
import { env } from '@/lib/env';
import { log } from '@/lib/logger';
import { getTenant } from '@/db/queries/tenants';
import { redirectionUrl } from '@/lib/provisioning/channels';
import { phoneUrlCredentials } from '@/lib/provisioning/protection/url-credentials';
import { setDaemonsStatus } from '@/lib/provisioning/daemon-status';
import { createRedirectionWorker } from '@/lib/redirection/worker';
import { flushFetchLog } from '@/lib/provisioning/fetch-log';
import { serverFacts } from '@/lib/provisioning/server-facts';
import { startWebServers } from '@/lib/web-listeners';
import { startWebWorkers } from '@/lib/cluster/primary';
import { loadOrCreateTls } from '@/lib/tls';
import { loadOuiRegistry } from '@/lib/provisioning/oui';
import { limitUnrecognizedActionWarnings } from '@/lib/next-warnings';
import { startRenderThread } from '@/lib/provisioning/render-worker';

export async function main() {
  const settings = env();
  process.env.DATABASE_PATH = settings.databasePath;
  const db = getDb();
  // Regenerations (the first one at every start) render in this thread while the main thread writes.
  const renderThread = await startRenderThread(db).catch((error: unknown) => {
    log.error('the render thread could not start: regenerations render in the main thread', { error: String(error) });
    return null;
  });
  await bootstrap(db);
  const tls = await loadOrCreateTls();
  // The IEEE registry (vendor of a MAC) is read now, not by the first phone's fetch.
  loadOuiRegistry();

  const dev = process.env.NODE_ENV === 'development';
  // Next fetches the target of an action's redirect() from its own hostname/port: point it at our HTTP listener.
  const internalHost = settings.BIND_ADDRESS === '0.0.0.0' || settings.BIND_ADDRESS === '::' ? '127.0.0.1' : settings.BIND_ADDRESS;
  limitUnrecognizedActionWarnings();
  const app = next({ dev, dir: process.cwd(), hostname: internalHost, port: settings.HTTP_PORT });
  await app.prepare();
  const handleNext = app.getRequestHandler();

  // Next's development server needs WebSocket upgrades the workers do not pass on: one process in development.
  const workers = dev ? 0 : settings.WORKERS;
  const web =
    workers === 0
      ? await startWebServers({ db, settings, tls, handleNext })
      : await startWebWorkers({ db, count: workers, handleNext, describe: `${settings.BIND_ADDRESS}, HTTPS with a ${tls.source} certificate` });
  const daemons = await startDaemons(db);
  setDaemonsStatus(daemons.status);
  const redirection = createRedirectionWorker({
    db,
    pollMs: settings.REDIRECTION_POLL_MS,
    defaultUrl: (tenantId) => {
      const tenant = getTenant(db, tenantId);
      return tenant ? redirectionUrl({ ...tenant, credentials: phoneUrlCredentials(db, tenantId) }) : '';
    },
  });
  redirection.start();
  // TFTP may have fallen back from port 69: files that quote the TFTP URL must say where it really is.
  if (serverFacts().tftpPort !== settings.TFTP_PORT) regenerateEverything(db);
  const plainConsole = settings.CONSOLE_HTTPS_ONLY ? '' : ` (and http://localhost:${settings.HTTP_PORT}/)`;
  log.info(`Provisio is ready: console at https://localhost:${settings.HTTPS_PORT}/${plainConsole}`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal} received, shutting down`);
    await web.stop();
    await Promise.all([daemons.stop(), redirection.stop(), renderThread?.stop()]);
    flushFetchLog();
    closeDatabase(db);
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}
