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
      const send = (retried: boolean) => {
        const upstream = http.request({ socketPath, agent, method: req.method, path: req.url, headers: req.headers }, (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.statusMessage, forwardedHeaders(answer.rawHeaders));
          answer.pipe(res);
          answer.on('end', resolve);
          answer.on('error', () => {
            res.destroy();
            resolve();
          });
        });
        upstream.on('error', (error: NodeJS.ErrnoException) => {
          // A kept-alive socket the main process closed just as this request went out (a page's script chunk once
          // failed so, and the page never came alive): a request without a body is sent again on a new socket.
          if (!retried && upstream.reusedSocket && hasNoBody(req) && (error.code === 'ECONNRESET' || error.code === 'EPIPE')) return send(true);
          log.warn('console request could not reach the main process', { url: req.url, error: error.message });
          if (!res.headersSent) res.writeHead(502, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' }).end('Bad gateway\n');
          else res.destroy();
          resolve();
        });
        // A client that goes away mid-request takes the upstream request with it.
        res.on('close', () => {
          if (!res.writableFinished) upstream.destroy();
        });
        if (hasNoBody(req)) upstream.end();
        else req.pipe(upstream);
      };
      send(false);
    });
}

/** GET and HEAD carry no body here: such a request can be sent twice. */
const hasNoBody = (req: http.IncomingMessage) =>
  (req.method === 'GET' || req.method === 'HEAD') && !req.headers['content-length'] && !req.headers['transfer-encoding'];
