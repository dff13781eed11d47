import { type FetchRecord, relayFetchLog } from '@/lib/provisioning/fetch-log';
import type { WorkerMessage } from './messages';

const SEND_EVERY_MS = 100;
const SEND_AT = 500;

/**
 * In a web worker: the fetch log's records go to the main process in batches (one IPC message per 100 ms or
 * 500 records), off the response path. `flush` sends what is waiting (before the worker exits).
 */
export function relayFetchesToPrimary(send: (message: WorkerMessage, sent?: () => void) => void) {
  let batch: FetchRecord[] = [];
  let timer: NodeJS.Timeout | null = null;
  /** Sends what is waiting; resolves once it has left this process. */
  const flush = () =>
    new Promise<void>((resolve) => {
      if (timer) clearTimeout(timer);
      timer = null;
      if (batch.length === 0) return resolve();
      const records = batch;
      batch = [];
      send({ type: 'provisio:fetches', records }, resolve);
    });
  relayFetchLog((record) => {
    batch.push(record);
    if (batch.length >= SEND_AT) void flush();
    else if (!timer) {
      timer = setTimeout(() => void flush(), SEND_EVERY_MS);
      timer.unref();
    }
  });
  return { flush };
}
