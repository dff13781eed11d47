/** Test helper: a UDP "phone" that records every SIP message it receives. Test code only. */
import dgram from 'node:dgram';
import { buildResponse, getHeader, getHeaders, parseSipMessage, type SipMessage } from './sip-message';

export type Received = { message: SipMessage; raw: Buffer; from: { address: string; port: number } };

export type UdpPhone = {
  port: number;
  send(data: Buffer | string, port: number, address?: string): Promise<void>;
  /** Next message, waiting up to `timeoutMs`; rejects on timeout. */
  next(timeoutMs?: number): Promise<Received>;
  /** Everything received within `ms` from now (drains the queue). */
  collect(ms: number): Promise<Received[]>;
  answer(request: SipMessage, to: { address: string; port: number }, status?: number): Promise<void>;
  close(): Promise<void>;
};

export async function openUdpPhone(bindAddress = '127.0.0.1'): Promise<UdpPhone> {
  const socket = dgram.createSocket({ type: 'udp4', reuseAddr: true });
  const queue: Received[] = [];
  const waiters: Array<(r: Received) => void> = [];
  socket.on('message', (raw, rinfo) => {
    const message = parseSipMessage(raw);
    if (!message) return;
    const received = { message, raw, from: { address: rinfo.address, port: rinfo.port } };
    const waiter = waiters.shift();
    if (waiter) waiter(received);
    else queue.push(received);
  });
  await new Promise<void>((resolve) => socket.bind(0, bindAddress, resolve));
  const port = socket.address().port;

  const phone: UdpPhone = {
    port,
    send: (data, toPort, address = '127.0.0.1') =>
      new Promise((resolve, reject) => socket.send(data, toPort, address, (err) => (err ? reject(err) : resolve()))),
    next(timeoutMs = 2000) {
      const queued = queue.shift();
      if (queued) return Promise.resolve(queued);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(onMessage), 1);
          reject(new Error(`phone: nothing received within ${timeoutMs} ms`));
        }, timeoutMs);
        const onMessage = (r: Received) => {
          clearTimeout(timer);
          resolve(r);
        };
        waiters.push(onMessage);
      });
    },
    async collect(ms) {
      await new Promise((r) => setTimeout(r, ms));
      return queue.splice(0);
    },
    answer(request, to, status = 200) {
      const copy = (name: string) => getHeaders(request, name).map((v) => [name, v] as const);
      const to_ = getHeader(request, 'to') ?? '';
      const response = buildResponse(status, status === 200 ? 'OK' : 'Error', [
        ...copy('Via'),
        ...copy('From'),
        ['To', to_.includes('tag=') ? to_ : `${to_};tag=phone`],
        ...copy('Call-ID'),
        ...copy('CSeq'),
      ]);
      return phone.send(response, to.port, to.address);
    },
    close: () => new Promise((resolve) => socket.close(() => resolve())),
  };
  return phone;
}
