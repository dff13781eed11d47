import type { PackedFetch } from './fetch-relay';

/** What the main process and its web workers tell each other over the cluster IPC channel. */
export type WorkerMessage = { type: 'provisio:ready' } | { type: 'provisio:failed'; error: string } | { type: 'provisio:fetches'; records: PackedFetch[] };
export type PrimaryMessage = { type: 'provisio:shutdown' };

/** Environment the main process gives each worker. */
export const CONSOLE_SOCKET_ENV = 'PROVISIO_CONSOLE_SOCKET';
export const TICKET_KEYS_ENV = 'PROVISIO_TLS_TICKET_KEYS';

export const isWorkerMessage = (message: unknown): message is WorkerMessage =>
  typeof message === 'object' &&
  message !== null &&
  typeof (message as { type?: unknown }).type === 'string' &&
  (message as { type: string }).type.startsWith('provisio:');
