/**
 * The one Provisio process: migrations and first-start setup, Next (console + API) over HTTP and
 * HTTPS, the /provisioning/ fast path for phones, and the TFTP / SIP PnP daemons.
 */
import type http from 'node:http';
import type https from 'node:https';
import type { AddressInfo } from 'node:net';
import next from 'next';
import { closeDatabase, getDb } from '@/db/client';
import { bootstrap, regenerateEverything } from '@/lib/bootstrap';
import { startDaemons } from '@/lib/daemons';
import { env } from '@/lib/env';
import { log } from '@/lib/logger';
import { getTenant } from '@/db/queries/tenants';
import { redirectionUrl } from '@/lib/provisioning/channels';
import { setDaemonsStatus } from '@/lib/provisioning/daemon-status';
import { createRedirectionWorker } from '@/lib/redirection/worker';
import { flushFetchLog } from '@/lib/provisioning/fetch-log';
import { serverFacts } from '@/lib/provisioning/server-facts';
import { httpLimits, logConnectionLimits } from '@/lib/http-limits';
import { createWebServers } from '@/lib/web-listeners';
import { loadOrCreateTls } from '@/lib/tls';
import { loadOuiRegistry } from '@/lib/provisioning/oui';

async function main() {
  const settings = env();
  process.env.DATABASE_PATH = settings.databasePath;
  const db = getDb();
  await bootstrap(db);
  const tls = await loadOrCreateTls();
  // The IEEE registry (vendor of a MAC) is read now, not by the first phone's fetch.
  loadOuiRegistry();

  const dev = process.env.NODE_ENV === 'development';
  // Next fetches the target of an action's redirect() from its own hostname/port: point it at our HTTP listener.
  const internalHost = settings.BIND_ADDRESS === '0.0.0.0' || settings.BIND_ADDRESS === '::' ? '127.0.0.1' : settings.BIND_ADDRESS;
  const app = next({ dev, dir: process.cwd(), hostname: internalHost, port: settings.HTTP_PORT });
  await app.prepare();
  const handleNext = app.getRequestHandler();

  const listen = (server: http.Server | https.Server, port: number, label: string) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, settings.BIND_ADDRESS, () => resolve((server.address() as AddressInfo).port));
    }).then((bound) => {
      log.info(`${label} listening on ${settings.BIND_ADDRESS}:${bound}`);
      return bound;
    });

  const limits = httpLimits(settings);
  logConnectionLimits(limits);
  const { plain, secure } = createWebServers({ db, settings, limits, tls, handleNext });
  await listen(plain, settings.HTTP_PORT, 'HTTP');
  await listen(secure, settings.HTTPS_PORT, `HTTPS (${tls.source} certificate)`);
  const daemons = await startDaemons(db);
  setDaemonsStatus(daemons.status);
  const redirection = createRedirectionWorker({
    db,
    pollMs: settings.REDIRECTION_POLL_MS,
    defaultUrl: (tenantId) => {
      const tenant = getTenant(db, tenantId);
      return tenant ? redirectionUrl(tenant) : '';
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
    for (const server of [plain, secure]) server.closeIdleConnections();
    await Promise.all([plain, secure].map((server) => new Promise((resolve) => server.close(resolve))));
    await Promise.all([daemons.stop(), redirection.stop()]);
    flushFetchLog();
    closeDatabase(db);
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  log.error('Provisio could not start', { error: error instanceof Error ? error.message : String(error) });
  process.exit(1);
});
