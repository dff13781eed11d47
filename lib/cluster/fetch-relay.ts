import type { FetchChannel, FetchRefusal } from '@/db/schema';
import { type FetchRecord, relayFetchLog } from '@/lib/provisioning/fetch-log';
import type { WorkerMessage } from './messages';

const SEND_EVERY_MS = 100;
const SEND_AT = 500;

/** A record as it crosses the IPC channel: by position, so the JSON carries no field names (a third smaller, faster both ways). */
export type PackedFetch = [
  at: number,
  channel: FetchChannel,
  tenantId: number | null,
  fileName: string,
  clientIp: string,
  userAgent: string | null,
  status: number,
  deviceId: number | null,
  sha256: string | null,
  refusal: FetchRefusal | null,
];

const pack = (r: FetchRecord): PackedFetch => [
  r.at,
  r.channel,
  r.tenantId,
  r.fileName,
  r.clientIp,
  r.userAgent,
  r.status,
  r.deviceId,
  r.sha256 ?? null,
  r.refusal ?? null,
];

export const unpackFetch = ([at, channel, tenantId, fileName, clientIp, userAgent, status, deviceId, sha256, refusal]: PackedFetch): FetchRecord => ({
  at,
  channel,
  tenantId,
  fileName,
  clientIp,
  userAgent,
  status,
  deviceId,
  sha256,
  refusal,
});

/**
 * In a web worker: the fetch log's records go to the main process in batches (one IPC message per 100 ms or
 * 500 records), off the response path. `flush` sends what is waiting (before the worker exits).
 */
export function relayFetchesToPrimary(send: (message: WorkerMessage, sent?: () => void) => void) {
  let batch: PackedFetch[] = [];
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
    batch.push(pack(record));
    if (batch.length >= SEND_AT) void flush();
    else if (!timer) {
      timer = setTimeout(() => void flush(), SEND_EVERY_MS);
      timer.unref();
    }
  });
  return { flush };
}
