import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { consoleProxy } from './console-proxy';

// The main process closes a kept-alive socket of the proxy just as the proxy sends the next request on it: the
// request fails with ECONNRESET or EPIPE. A page's script chunk was lost so once (CI), and the page never came alive.
const servers: http.Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

const listen = (server: http.Server, where: string | number) =>
  new Promise<void>((resolve) => {
    servers.push(server);
    server.listen(where, resolve);
  });

/** The main process's side: answers the first request of each connection, and drops the connection on its second one unanswered. */
async function upstreamDroppingReusedSockets() {
  const socketPath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'provisio-proxy-')), 'console.sock');
  const served = new WeakMap<object, number>();
  const received: string[] = [];
  const upstream = http.createServer((req, res) => {
    const count = (served.get(req.socket) ?? 0) + 1;
    served.set(req.socket, count);
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      received.push(`${req.method} ${req.url} ${body}`);
      if (count > 1) return req.socket.destroy();
      res.end(`answer to ${req.method} ${req.url}`);
    });
  });
  await listen(upstream, socketPath);
  return { socketPath, received };
}

async function proxyTo(socketPath: string) {
  const proxy = http.createServer(consoleProxy(socketPath));
  await listen(proxy, 0);
  return `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
}

describe('the console proxy of a web worker', () => {
  it('sends a GET again on a new socket when the kept-alive one was closed under it', async () => {
    const { socketPath, received } = await upstreamDroppingReusedSockets();
    const base = await proxyTo(socketPath);
    expect(await (await fetch(`${base}/first`)).text()).toBe('answer to GET /first');
    const second = await fetch(`${base}/_next/static/chunks/page.js`);
    expect(second.status).toBe(200);
    expect(await second.text()).toBe('answer to GET /_next/static/chunks/page.js');
    expect(received.filter((line) => line.startsWith('GET /_next/static/chunks/page.js'))).toHaveLength(2);
  });

  it('never sends a request with a body twice: a POST that fails so is a 502', async () => {
    const { socketPath, received } = await upstreamDroppingReusedSockets();
    const base = await proxyTo(socketPath);
    expect((await fetch(`${base}/first`)).status).toBe(200);
    const post = await fetch(`${base}/login`, { method: 'POST', body: 'user=admin' });
    expect(post.status).toBe(502);
    expect(received.filter((line) => line.startsWith('POST /login'))).toEqual(['POST /login user=admin']);
  });
});
