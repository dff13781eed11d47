/** Loopback clients for the web-listener tests; 127.0.0.2… play other hosts than 127.0.0.1. */
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';

export type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string };

/** One request on its own connection (or on `agent`'s), from `localAddress`; fails after `timeoutMs`. */
export function request(
  port: number,
  path: string,
  { tls = false, localAddress = '127.0.0.1', headers = {}, agent = false as http.Agent | false, timeoutMs = 5_000 } = {},
): Promise<Answer & { socket: net.Socket }> {
  return new Promise((resolve, reject) => {
    const options = { host: '127.0.0.1', port, path, localAddress, headers, agent, rejectUnauthorized: false, timeout: timeoutMs };
    const req = (tls ? https : http).get(options, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body, socket: res.socket }));
    });
    req.on('timeout', () => req.destroy(new Error(`no answer to ${path} in ${timeoutMs} ms`)));
    req.on('error', reject);
  });
}

/** A TCP connection that never sends a byte; `closed` settles with the ms it stayed open (counting from the attempt). */
export function silentConnection(port: number, localAddress = '127.0.0.1') {
  const started = Date.now();
  const socket = net.connect({ host: '127.0.0.1', port, localAddress });
  socket.on('error', () => {});
  socket.resume();
  const closed = new Promise<number>((resolve) => socket.once('close', () => resolve(Date.now() - started)));
  return { socket, closed, isClosed: () => socket.closed };
}
