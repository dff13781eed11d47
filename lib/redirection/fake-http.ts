/**
 * The node:http plumbing the redirection fakes share (contract: ../shared/domain/redirection-servers.md §6):
 * a listener on 127.0.0.1 that can go down and come back on the same port, so a client configured once keeps
 * working; a call log; and the failure modes. Free of test-runner imports, so Playwright can start the fakes too.
 */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FakeFailure = 'none' | 'http500' | 'http429' | 'hang' | 'down';

/** An answer as sent: each fake picks its own body encoding and Content-Type. */
export type FakeReply = { status: number; body?: string; headers?: Record<string, string> };
/** The answer of a JSON vendor before encoding; see jsonReply. */
export type JsonReply = { status: number; body?: unknown; headers?: Record<string, string> };

/** A request with its whole body; `target` is the path and query exactly as sent (signatures cover it). */
export type FakeRequest = { method: string; target: string; url: URL; headers: IncomingHttpHeaders; body: Buffer };

/**
 * What a fake makes of a request. `call`, when set, goes to the log; `answer` runs only when no failure mode
 * is set, so requests refused by one leave nonces, tokens and state untouched. A `reply` instead answers at
 * once whatever the failure mode, unlogged.
 */
export type FakeIntake<Call> = { call?: Call; answer(): FakeReply | Promise<FakeReply> } | { reply: FakeReply };

export type FakeHttpOptions<Call> = {
  /** A fixed port (e.g. for a Playwright webServer config); random otherwise. */
  port?: number;
  intake(request: FakeRequest): FakeIntake<Call>;
  /** The vendor's answer under `http500` and `http429`; the latter gets `Retry-After: 1`. */
  failureReply(status: 500 | 429): FakeReply;
  /** The answer when the fake itself throws; without it the connection is cut. */
  crashReply?(error: unknown): FakeReply;
  /** Sees every reply to a logged call, failure modes included. */
  onReply?(call: Call, reply: FakeReply): void;
};

/** What every fake hands on to its tests unchanged. */
export type FakeHttpControls<Call> = {
  readonly calls: Call[];
  /** `down` stops listening (connections cut); any other mode listens again on the same port unless closed. Leaving `hang` cuts the hung requests. */
  setFailure(mode: FakeFailure): Promise<void>;
  /** Drops every connection and listens again on the same port, even after `close()`; state is kept, the failure mode reset. */
  restart(): Promise<void>;
  /** Stops listening and cuts every connection, hung ones included. Idempotent. */
  close(): Promise<void>;
};

export type FakeHttpServer<Call> = {
  /** `http://127.0.0.1:<port>`, the same after `down` and `restart()`. */
  origin: string;
  port: number;
  controls: FakeHttpControls<Call>;
};

/** Encodes a JSON answer; an empty one goes without Content-Type, as the vendors send a 204. */
export function jsonReply({ status, body, headers }: JsonReply, contentType = 'application/json'): FakeReply {
  const text = body === undefined ? '' : JSON.stringify(body);
  return { status, body: text, headers: { ...(text ? { 'Content-Type': contentType } : {}), ...headers } };
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Starts listening on 127.0.0.1 and resolves once it does. */
export async function startFakeHttpServer<Call>(options: FakeHttpOptions<Call>): Promise<FakeHttpServer<Call>> {
  const calls: Call[] = [];
  const hung = new Set<ServerResponse>();
  let failure: FakeFailure = 'none';
  let port = options.port ?? 0;
  let isClosed = false;

  const server = createServer((req, res) => {
    let call: Call | undefined;
    const send = (reply: FakeReply) => {
      if (call !== undefined) options.onReply?.(call, reply);
      res.writeHead(reply.status, reply.headers).end(reply.body ?? '');
    };
    const respond = async () => {
      const target = req.url ?? '/';
      const url = new URL(target, 'http://127.0.0.1');
      const intake = options.intake({ method: req.method ?? 'GET', target, url, headers: req.headers, body: await readBody(req) });
      if ('reply' in intake) return send(intake.reply);
      call = intake.call;
      if (call !== undefined) calls.push(call);
      if (failure === 'hang') return void hung.add(res);
      if (failure === 'http500') return send(options.failureReply(500));
      if (failure === 'http429') {
        const reply = options.failureReply(429);
        return send({ ...reply, headers: { ...reply.headers, 'Retry-After': '1' } });
      }
      send(await intake.answer());
    };
    respond().catch((error: unknown) => {
      if (options.crashReply && !res.headersSent) send(options.crashReply(error));
      else res.destroy();
    });
  });

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      if (server.listening) return resolve();
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        port = (server.address() as AddressInfo).port;
        resolve();
      });
    });

  // A hung request is cut once the fake stops hanging, as a vendor's proxy would eventually do.
  const releaseHung = () => {
    for (const res of hung) res.destroy();
    hung.clear();
  };

  const stop = () =>
    new Promise<void>((resolve) => {
      releaseHung();
      if (!server.listening) return resolve();
      server.close(() => resolve());
      server.closeAllConnections(); // idle keep-alive sockets would hold close() open
    });

  await listen();
  const controls: FakeHttpControls<Call> = {
    calls,
    async setFailure(mode) {
      if (mode !== 'hang') releaseHung();
      failure = mode;
      if (mode === 'down') await stop();
      else if (!isClosed) await listen();
    },
    async restart() {
      await stop();
      failure = 'none';
      isClosed = false;
      await listen();
    },
    close() {
      isClosed = true;
      return stop();
    },
  };
  return { origin: `http://127.0.0.1:${port}`, port, controls };
}
