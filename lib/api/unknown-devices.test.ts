import { expect, it } from 'vitest';
import { flushFetchLog, recordFetch } from '@/lib/provisioning/fetch-log';
import { freshDatabase } from '@/lib/test-db';
import { RESOURCES } from './resources';

it('GET /api/v1/unknown-devices answers one page with its total, searchable like the console list (issue 12, finding 6)', async () => {
  const { db, tenantId } = await freshDatabase();
  const at = Date.UTC(2026, 0, 1);
  for (let n = 0; n < 120; n++) {
    const fileName = `0c1105${n.toString(16).padStart(6, '0')}.cfg`;
    recordFetch(db, { at: at + n, channel: 'http', tenantId, fileName, clientIp: '192.0.2.9', userAgent: null, status: 404, deviceId: null });
  }
  flushFetchLog();
  const list = (query: string) => RESOURCES['unknown-devices'].list(db, tenantId, new URLSearchParams(query));

  const first = list('');
  expect(first).toMatchObject({ total: 120, page: 1, pageSize: 50 });
  expect(first.items).toHaveLength(50);
  expect(first.items[0]).toMatchObject({ mac: '0c1105000077', lastChannel: 'http' });

  const last = list('page=3&pageSize=50');
  expect(last).toMatchObject({ total: 120, page: 3 });
  expect(last.items.map((u) => u.mac)).toEqual(Array.from({ length: 20 }, (_, i) => `0c1105${(19 - i).toString(16).padStart(6, '0')}`));

  expect(list('pageSize=100000').items).toHaveLength(50);
  expect(list('q=0c:11:05:00:00:0a')).toMatchObject({ total: 1, items: [{ mac: '0c110500000a' }] });
});
