import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { listDeviceModels } from '@/db/queries/device-models';
import { listTemplates } from '@/db/queries/templates';
import { collectionHandlers, itemHandlers } from '@/lib/api/handlers';
import { openApiDocument } from '@/lib/api/openapi';
import type { Role } from '@/lib/auth/roles';
import { createAccount } from '@/lib/domain/accounts';
import { createDevice } from '@/lib/domain/devices';
import { createApiToken } from '@/lib/domain/users';
import { fileDetail } from '@/lib/provisioning/file-view';
import { serverFacts } from '@/lib/provisioning/server-facts';
import { filesOf, freshDatabase } from '@/lib/test-db';

// A generated file's sha256 hashes its passwords in clear: beside the masked text and the mask's positions, a short SIP
// password is guessed offline. A viewer, who never sees a secret, gets no such hash (console or REST API); an admin or
// owner, who may read the file anyway, still does.

let db: Db;
let tenantId: number;
let fileId: number;
let deviceId: number;
let sha: string;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  ({ db, tenantId } = await freshDatabase());
  const model = listDeviceModels(db, tenantId).find((m) => m.name === 'Yealink T4x')!;
  const account = createAccount(db, tenantId, { extension: '201', sipUsername: 'eve', sipPassword: 'e7' });
  const device = createDevice(db, tenantId, {
    mac: '001565aa0201',
    modelId: model.id,
    templateId: listTemplates(db, tenantId, model.id)[0].id,
    lines: [account.id],
  });
  const file = filesOf(db, tenantId)['001565aa0201.cfg'];
  [fileId, deviceId, sha] = [file.id, device.id, file.sha256];
  // The phone holds the current file: its last fetch recorded the same hash.
  db.$client.prepare('UPDATE devices SET last_fetched_at = unixepoch(), last_fetched_sha256 = ? WHERE id = ?').run(sha, deviceId);
  tokens.owner = process.env.PROVISIO_API_TOKEN!;
  for (const role of ['tenant_admin', 'viewer'] as const) tokens[role] = createApiToken(db, { name: role, role, tenantIds: [tenantId] }).token;
});

/** GET /api/v1/<path> with the role's token, through the same handlers as app/api/v1. */
async function read(role: Role, path: string) {
  const request = new Request(`http://localhost/api/v1/${path}`, { headers: { Authorization: `Bearer ${tokens[role]}`, 'Accept-Language': 'en' } });
  const [resource, id] = new URL(request.url).pathname.split('/').slice(3);
  const response = id === undefined ? await collectionHandlers(resource).GET(request) : await itemHandlers(resource).GET(request, id);
  expect(response.status).toBe(200);
  return (await response.json()) as Record<string, unknown> & { items?: Record<string, unknown>[] };
}

const READS = () => ['files', `files/${fileId}`, `files/${fileId}?reveal=secrets`, 'devices', `devices/${deviceId}`, `devices/${deviceId}?reveal=secrets`];

/** The file's hashes in each answer: the files list and one file, the devices list and one device (the phone's last fetch, its file). */
async function hashesSeenBy(role: Role) {
  const files = await read(role, 'files');
  const file = await read(role, `files/${fileId}`);
  const devices = await read(role, 'devices');
  const device = await read(role, `devices/${deviceId}`);
  const listed = devices.items!.find((d) => d.id === deviceId)!;
  return {
    listedFile: files.items!.find((f) => f.id === fileId)!.sha256,
    file: file.sha256,
    listedDeviceFetch: listed.lastFetchedSha256,
    listedDeviceFile: (listed.file as Record<string, unknown>).sha256,
    deviceFetch: device.lastFetchedSha256,
    deviceFile: (device.file as Record<string, unknown>).sha256,
  };
}

describe('REST API: a file hash only for roles that may see secrets', () => {
  it('a viewer token gets every hash field as null, and the hash nowhere in any answer', async () => {
    expect(await hashesSeenBy('viewer')).toEqual({
      listedFile: null,
      file: null,
      listedDeviceFetch: null,
      listedDeviceFile: null,
      deviceFetch: null,
      deviceFile: null,
    });
    for (const path of READS()) expect(JSON.stringify(await read('viewer', path)), path).not.toContain(sha);
  });

  it.each(['owner', 'tenant_admin'] as const)('an %s token still gets them', async (role) => {
    expect(await hashesSeenBy(role)).toEqual({ listedFile: sha, file: sha, listedDeviceFetch: sha, listedDeviceFile: sha, deviceFetch: sha, deviceFile: sha });
  });
});

describe('console file view: the hash only for roles that may see secrets', () => {
  it('a viewer gets a null sha256, and the hash nowhere in the file view', () => {
    const view = fileDetail(db, tenantId, fileId, false, serverFacts(), 'viewer')!;
    expect(view.secretsMasked).toBe(true);
    expect(view.sha256).toBeNull();
    expect(JSON.stringify(view)).not.toContain(sha);
  });

  it.each(['owner', 'tenant_admin'] as const)('an %s still gets it, masked or revealed', (role) => {
    for (const reveal of [false, true]) expect(fileDetail(db, tenantId, fileId, reveal, serverFacts(), role)!.sha256).toBe(sha);
  });
});

it('the OpenAPI description says which fields a viewer token gets as null', () => {
  const paths = openApiDocument('https://pbx.test/api/v1').paths;
  const said = (path: string) => JSON.stringify(paths[path].get);
  for (const path of ['/files', '/files/{id}']) expect(said(path)).toContain('`sha256` null for viewer tokens');
  for (const path of ['/devices', '/devices/{id}']) expect(said(path)).toContain('`lastFetchedSha256` and `file.sha256` null for viewer tokens');
});
