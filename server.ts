/**
 * The one Provisio process: migrations and first-start setup, Next (console + API) over HTTP and
 * HTTPS, the /provisioning/ fast path for phones, and the TFTP / SIP PnP daemons.
 */
import http from 'node:http';
import https from 'node:https';
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
import { answerProvisioningRequest } from '@/lib/provisioning/http';
import { CLIENT_IP_HEADER, SECURE_HEADER } from '@/lib/request-meta';
import { loadOrCreateTls } from '@/lib/tls';
import { loadOuiRegistry } from '@/lib/provisioning/oui';

const PROVISIONING_PREFIX = '/provisioning/';
/** Liveness stays reachable on plain HTTP for monitoring, whatever the HTTPS-only settings. */
const HEALTH_PATH = '/api/health';

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

  const handler = (secure: boolean) => (req: http.IncomingMessage, res: http.ServerResponse) => {
    const clientIp = (req.socket.remoteAddress ?? 'unknown').replace(/^::ffff:/, '');
    const url = req.url ?? '/';
    const isProvisioning = url.startsWith(PROVISIONING_PREFIX);
    const isHealth = url === HEALTH_PATH || url.startsWith(`${HEALTH_PATH}?`);
    if (!secure && !isHealth && (isProvisioning ? !settings.PROVISIONING_HTTP_ENABLED : settings.CONSOLE_HTTPS_ONLY)) {
      redirectToHttps(req, res, settings.HTTPS_PORT);
      return;
    }
    if (isProvisioning) {
      const answer = answerProvisioningRequest(db, {
        method: req.method ?? 'GET',
        path: url.slice(PROVISIONING_PREFIX.length).split('?')[0],
        secure,
        clientIp,
        userAgent: req.headers['user-agent'] ?? null,
        ifNoneMatch: req.headers['if-none-match'] ?? null,
      });
      res.writeHead(answer.status, answer.headers);
      res.end(answer.body ?? undefined);
      return;
    }
    req.headers[CLIENT_IP_HEADER] = clientIp;
    req.headers[SECURE_HEADER] = secure ? '1' : '0';
    handleNext(req, res).catch((error: unknown) => {
      log.error('request failed', { url, error: String(error) });
      if (!res.headersSent) res.writeHead(500).end();
    });
  };

  const listen = (server: http.Server | https.Server, port: number, label: string) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, settings.BIND_ADDRESS, () => resolve((server.address() as AddressInfo).port));
    }).then((bound) => {
      log.info(`${label} listening on ${settings.BIND_ADDRESS}:${bound}`);
      return bound;
    });

  const plain = http.createServer(handler(false));
  const secure = https.createServer({ cert: tls.cert, key: tls.key }, handler(true));
  for (const server of [plain, secure]) server.keepAliveTimeout = 5_000;
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
  log.info(`Provisio is ready: console at https://localhost:${settings.HTTPS_PORT}/ (and http://localhost:${settings.HTTP_PORT}/)`);

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

function redirectToHttps(req: http.IncomingMessage, res: http.ServerResponse, httpsPort: number) {
  const host = (req.headers.host ?? 'localhost').replace(/:\d+$/, '');
  res.writeHead(308, { Location: `https://${host}${httpsPort === 443 ? '' : `:${httpsPort}`}${req.url ?? '/'}` });
  res.end();
}

main().catch((error: unknown) => {
  log.error('Provisio could not start', { error: error instanceof Error ? error.message : String(error) });
  process.exit(1);
});
