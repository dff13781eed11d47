/**
 * The real HTTP + HTTPS listeners of server.ts (routing, limits, /provisioning/) on loopback, with a stub in
 * Next's place that echoes what it received, for tests. Run as a script (`node --import tsx lib/test-web-servers.ts`,
 * e.g. under a lowered `ulimit -n`) it starts them from the environment and prints `{"http":…,"https":…}`.
 */
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { generate } from 'selfsigned';
import { closeDatabase } from '@/db/client';
import { type Env, parseEnv } from '@/lib/env';
import { type HttpLimits, httpLimits } from '@/lib/http-limits';
import { CLIENT_IP_HEADER, SECURE_HEADER } from '@/lib/request-meta';
import { freshDatabase } from '@/lib/test-db';
import { createWebServers } from '@/lib/web-listeners';

/** What the stub "Next" saw: answers 200 with this as JSON; `/slow` answers after SLOW_ANSWER_MS. */
export type EchoedRequest = { url: string; secure: string | undefined; clientIp: string | undefined };
export const SLOW_ANSWER_MS = 2_500;

async function echo(req: http.IncomingMessage, res: http.ServerResponse) {
  if (req.url === '/slow') await new Promise((resolve) => setTimeout(resolve, SLOW_ANSWER_MS));
  const seen: EchoedRequest = { url: req.url ?? '', secure: req.headers[SECURE_HEADER] as string, clientIp: req.headers[CLIENT_IP_HEADER] as string };
  res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(seen));
}

export async function startWebServers(settings: Env, limits: HttpLimits = httpLimits(settings)) {
  const { db } = await freshDatabase();
  const pems = await generate([{ name: 'commonName', value: 'localhost' }], { keySize: 2048 });
  const servers = createWebServers({ db, settings, limits, tls: { cert: pems.cert, key: pems.private }, handleNext: echo });
  const listen = (server: http.Server) =>
    new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
  const httpPort = await listen(servers.plain);
  const httpsPort = await listen(servers.secure);
  return {
    db,
    httpPort,
    httpsPort,
    openConnections: servers.openConnections,
    async close() {
      for (const server of [servers.plain, servers.secure]) server.closeAllConnections();
      await Promise.all([servers.plain, servers.secure].map((server) => new Promise((resolve) => server.close(resolve))));
      closeDatabase(db);
    },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const settings = parseEnv(process.env);
  const limits = httpLimits(settings);
  const { httpPort, httpsPort } = await startWebServers(settings, limits);
  process.stdout.write(`${JSON.stringify({ http: httpPort, https: httpsPort, limits })}\n`);
}
