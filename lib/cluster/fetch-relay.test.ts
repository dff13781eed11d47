import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { type FetchRecord, recordFetch, relayFetchLog } from '@/lib/provisioning/fetch-log';
import { relayFetchesToPrimary, unpackFetch } from './fetch-relay';
import type { WorkerMessage } from './messages';

const records: FetchRecord[] = [
  {
    at: 1_764_000_000_123,
    channel: 'https',
    tenantId: 3,
    fileName: 'y0c1105aabb01.cfg',
    clientIp: '192.0.2.10',
    userAgent: 'Yealink SIP-T46U 108.86.0.20 0c:11:05:aa:bb:01',
    status: 200,
    deviceId: 42,
    sha256: 'ab'.repeat(32),
    refusal: null,
  },
  {
    at: 1_764_000_000_124,
    channel: 'http',
    tenantId: 3,
    fileName: 'x.cfg',
    clientIp: '192.0.2.11',
    userAgent: 'Snom',
    status: 403,
    deviceId: null,
    sha256: null,
    refusal: 'network',
  },
  {
    at: 1_764_000_000_125,
    channel: 'tftp',
    tenantId: null,
    fileName: '../x',
    clientIp: '2001:db8::1',
    userAgent: null,
    status: 400,
    deviceId: null,
    sha256: null,
    refusal: null,
  },
];

afterEach(() => relayFetchLog(null));

describe('the fetch log across the IPC channel', () => {
  it('reaches the main process with every field, through JSON as process.send carries it', async () => {
    const sent: WorkerMessage[] = [];
    const relay = relayFetchesToPrimary((message, done) => {
      sent.push(JSON.parse(JSON.stringify(message)));
      done?.();
    });
    for (const record of records) recordFetch({} as Db, record);
    await relay.flush();
    const received = sent.flatMap((m) => (m.type === 'provisio:fetches' ? m.records.map(unpackFetch) : []));
    expect(received).toEqual(records);
  });
});
