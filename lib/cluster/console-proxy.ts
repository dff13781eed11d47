import http from 'node:http';
import { log } from '@/lib/logger';

/** Hop-by-hop headers (RFC 9110 §7.6.1): they describe one connection and are not forwarded. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'te', 'trailer', 'upgrade']);

function forwardedHeaders(raw: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < raw.length; i += 2) if (!HOP_BY_HOP.has(raw[i].toLowerCase())) out.push(raw[i], raw[i + 1]);
  return out;
}

/**
 * A web worker's way to the console and the API: the request goes as it came (with the client address and
 * channel the worker stamped on it) to the main process's Next server on a Unix socket only this user can
 * open, and the answer streams back.
 */
export function consoleProxy(socketPath: string) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  return (req: http.IncomingMessage, res: http.ServerResponse) =>
    new Promise<void>((resolve) => {
      const upstream = http.request({ socketPath, agent, method: req.method, path: req.url, headers: req.headers }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.statusMessage, forwardedHeaders(answer.rawHeaders));
        answer.pipe(res);
        answer.on('end', resolve);
        answer.on('error', () => {
          res.destroy();
          resolve();
        });
      });
      upstream.on('error', (error) => {
        log.warn('console request could not reach the main process', { url: req.url, error: error.message });
        if (!res.headersSent) res.writeHead(502, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' }).end('Bad gateway\n');
        else res.destroy();
        resolve();
      });
      // A client that goes away mid-request takes the upstream request with it.
      res.on('close', () => {
        if (!res.writableFinished) upstream.destroy();
      });
      req.pipe(upstream);
    });
}
