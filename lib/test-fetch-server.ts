import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A real HTTP server on loopback in front of a fetch-style handler, as Next runs the app/api route handlers: each
 * request becomes a `Request`, the `Response` is written back; `undefined` answers 404 (test support).
 */
export async function startFetchServer(handle: (request: Request) => Promise<Response | undefined>) {
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers = Object.entries(req.headers).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v] as [string, string]] : []));
    const body = chunks.length > 0 ? new Uint8Array(Buffer.concat(chunks)) : undefined;
    const answer = await handle(new Request(`http://127.0.0.1${req.url}`, { method: req.method, headers, body }));
    if (!answer) return void res.writeHead(404).end();
    res.writeHead(answer.status, Object.fromEntries(answer.headers));
    res.end(Buffer.from(await answer.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
