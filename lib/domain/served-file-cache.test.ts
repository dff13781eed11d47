import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@/db/client';
import { listDeviceModels } from '@/db/queries/device-models';
import { listTemplates } from '@/db/queries/templates';
import { generatedFiles } from '@/db/schema';
import { parseEnv } from '@/lib/env';
import { OTHER_PROCESS_DELAY_MS } from '@/lib/provisioning/file-cache';
import { request } from '@/lib/test-http-client';
import { startWebServers } from '@/lib/test-web-servers';
import { createDevice, deleteDevice, updateDevice } from './devices';

// Phones are served from copies of their files held in memory (lib/provisioning/file-cache.ts, issue 12 "Scale"):
// over a real socket, a change made in the console is what the very next request gets, and so is a delete.

let servers: Awaited<ReturnType<typeof startWebServers>>;
beforeAll(async () => {
  servers = await startWebServers(parseEnv({}));
});
afterAll(() => servers.close());

let nextMac = 0x10;
function yealink() {
  const { db } = servers;
  const tenantId = 1;
  const model = listDeviceModels(db, tenantId).find((m) => m.name === 'Yealink T4x')!;
  const mac = `001565ab${(nextMac++).toString(16).padStart(4, '0')}`;
  const device = createDevice(db, tenantId, { mac, modelId: model.id, templateId: listTemplates(db, tenantId, model.id)[0].id, label: 'Desk' });
  return { tenantId, device, path: `/provisioning/${mac}.cfg` };
}
const get = (path: string, headers: Record<string, string> = {}) => request(servers.httpPort, path, { headers });

describe('files served from memory', () => {
  it('serve a file changed in the console on the very next request, with its new ETag', async () => {
    const { tenantId, device, path } = yealink();
    const first = await get(path);
    expect(first.status).toBe(200);
    expect((await get(path)).body).toBe(first.body);

    updateDevice(servers.db, tenantId, device.id, { adminPassword: 'Changed-Admin-1' });
    const changed = await get(path);
    expect(changed.status).toBe(200);
    expect(changed.body).not.toBe(first.body);
    expect(changed.body).toContain('Changed-Admin-1');
    expect(changed.headers.etag).not.toBe(first.headers.etag);
    expect((await get(path, { 'If-None-Match': first.headers.etag! })).status).toBe(200);
    expect((await get(path, { 'If-None-Match': changed.headers.etag! })).status).toBe(304);
  });

  it('answer 404 on the very next request once the device is deleted', async () => {
    const { tenantId, device, path } = yealink();
    expect((await get(path)).status).toBe(200);
    deleteDevice(servers.db, tenantId, device.id);
    expect((await get(path)).status).toBe(404);
  });

  it('see a file written by another process within OTHER_PROCESS_DELAY_MS', async () => {
    const { path } = yealink();
    const before = await get(path);
    const other = openDatabase(servers.db.$client.name);
    try {
      const written = Date.now();
      other
        .update(generatedFiles)
        .set({ body: `${before.body}# restored`, sha256: 'restored' })
        .where(eq(generatedFiles.fileName, path.split('/').pop()!))
        .run();
      await expect.poll(async () => (await get(path)).headers.etag, { timeout: OTHER_PROCESS_DELAY_MS + 1_000, interval: 10 }).toBe('"restored"');
      expect(Date.now() - written).toBeLessThan(OTHER_PROCESS_DELAY_MS + 1_000);
      expect((await get(path)).body).toBe(`${before.body}# restored`);
    } finally {
      other.$client.close();
    }
  });
});
