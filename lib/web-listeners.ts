/**
 * The HTTP and HTTPS servers of server.ts with their routing: /provisioning/ for phones answered here,
 * /api/health for monitoring, the console and the API handed to Next. Connection limits from lib/http-limits.ts.
 */
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Db } from '@/db/client';
import type { Env } from '@/lib/env';
import { connectionGuard, type HttpLimits, httpLimits, logConnectionLimits, serverOptions, unmappedAddress } from '@/lib/http-limits';
import { log } from '@/lib/logger';
import { answerProvisioningRequest } from '@/lib/provisioning/http';
import { CLIENT_IP_HEADER, SECURE_HEADER } from '@/lib/request-meta';
import type { TlsMaterial } from '@/lib/tls';

const PROVISIONING_PREFIX = '/provisioning/';
/** Liveness stays reachable on plain HTTP for monitoring, whatever the HTTPS-only settings. */
const HEALTH_PATH = '/api/health';

export type WebServersOptions = {
  db: Db;
  settings: Pick<Env, 'HTTPS_PORT' | 'PROVISIONING_HTTP_ENABLED' | 'CONSOLE_HTTPS_ONLY'>;
  limits: HttpLimits;
  /** `ticketKeys`: shared by the web workers, so a session resumes on any of them. */
  tls: { cert: string; key: string; ticketKeys?: Buffer };
  /** Everything but /provisioning/ (Next's request handler in server.ts). */
  handleNext: (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>;
};

/** Both servers, not yet listening; they share one connection count. */
export function createWebServers({ db, settings, limits, tls, handleNext }: WebServersOptions) {
  const handler = (overTls: boolean) => (req: http.IncomingMessage, res: http.ServerResponse) => {
    const clientIp = unmappedAddress(req.socket.remoteAddress) ?? 'unknown';
    const url = req.url ?? '/';
    const isProvisioning = url.startsWith(PROVISIONING_PREFIX);
    const isHealth = url === HEALTH_PATH || url.startsWith(`${HEALTH_PATH}?`);
    if (!overTls && !isHealth && (isProvisioning ? !settings.PROVISIONING_HTTP_ENABLED : settings.CONSOLE_HTTPS_ONLY)) {
      redirectToHttps(req, res, (secure.address() as AddressInfo | null)?.port ?? settings.HTTPS_PORT);
      return;
    }
    if (isProvisioning) {
      const query = url.indexOf('?');
      const headers = req.headers;
      const answer = answerProvisioningRequest(db, {
        method: req.method ?? 'GET',
        path: url.slice(PROVISIONING_PREFIX.length, query < 0 ? undefined : query),
        secure: overTls,
        clientIp,
        userAgent: headers['user-agent'] ?? null,
        ifNoneMatch: headers['if-none-match'] ?? null,
        authorization: headers.authorization ?? null,
      });
      res.writeHead(answer.status, answer.headers);
      res.end(answer.body ?? undefined);
      return;
    }
    req.headers[CLIENT_IP_HEADER] = clientIp;
    req.headers[SECURE_HEADER] = overTls ? '1' : '0';
    handleNext(req, res).catch((error: unknown) => {
      log.error('request failed', { url, error: String(error) });
      if (!res.headersSent) res.writeHead(500).end();
    });
  };

  const options = serverOptions(limits);
  const plain = http.createServer(options, handler(false));
  const secure = https.createServer({ ...options, cert: tls.cert, key: tls.key, ...(tls.ticketKeys ? { ticketKeys: tls.ticketKeys } : {}) }, handler(true));
  const guard = connectionGuard(limits);
  guard.watch(plain);
  guard.watch(secure);
  return { plain, secure, openConnections: guard.openConnections };
}

/** Listens on `port` of `host`; resolves with the port bound (the one asked, or the one picked for 0). */
export const listenOn = (server: http.Server | https.Server, port: number, host: string) =>
  new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });

/** With WORKERS=0: both servers in this process, listening on the configured ports; `stop` closes them. */
export async function startWebServers({
  db,
  settings,
  tls,
  handleNext,
}: Omit<WebServersOptions, 'limits' | 'settings' | 'tls'> & { settings: Env; tls: TlsMaterial }) {
  const limits = httpLimits(settings);
  logConnectionLimits(limits);
  const { plain, secure } = createWebServers({ db, settings, limits, tls, handleNext });
  const httpPort = await listenOn(plain, settings.HTTP_PORT, settings.BIND_ADDRESS);
  const httpsPort = await listenOn(secure, settings.HTTPS_PORT, settings.BIND_ADDRESS);
  log.info(`HTTP listening on ${settings.BIND_ADDRESS}:${httpPort}, HTTPS (${tls.source} certificate) on :${httpsPort}`);
  return {
    stop: async () => {
      for (const server of [plain, secure]) server.closeIdleConnections();
      await Promise.all([plain, secure].map((server) => new Promise((resolve) => server.close(resolve))));
    },
  };
}

function redirectToHttps(req: http.IncomingMessage, res: http.ServerResponse, httpsPort: number) {
  const host = (req.headers.host ?? 'localhost').replace(/:\d+$/, '');
  res.writeHead(308, { Location: `https://${host}${httpsPort === 443 ? '' : `:${httpsPort}`}${req.url ?? '/'}` });
  res.end();
}
