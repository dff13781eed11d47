import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { auditLog, devices } from '@/db/schema';
import { createApiToken } from '@/lib/domain/users';
import { freshDatabase } from '@/lib/test-db';
import { MAX_IMPORT_BODY_BYTES } from './body';
import { deviceImportHandlers } from './device-import';
import { openApiDocument } from './openapi';
import { startFetchServer } from '@/lib/test-fetch-server';

// Issue 11: POST /api/v1/devices/import over real HTTP: dry run, apply, all or nothing, the caller's language, roles, size limit.

let db: Db;
let server: Awaited<ReturnType<typeof startFetchServer>>;
let url: string;
let viewer: string;
const owner = () => process.env.PROVISIO_API_TOKEN!;

beforeAll(async () => {
  let tenantId: number;
  ({ db, tenantId } = await freshDatabase());
  viewer = createApiToken(db, { name: 'viewer', role: 'viewer', tenantIds: [tenantId] }).token;
  server = await startFetchServer(deviceImportHandlers().POST);
  url = `${server.origin}/api/v1/devices/import`;
});
afterAll(() => server.close());

async function post(query: string, body: string, { token = owner(), language = 'en' } = {}) {
  const response = await fetch(`${url}${query}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'text/csv', 'Accept-Language': language },
    body,
  });
  return {
    status: response.status,
    body: (await response.json()) as Record<string, unknown> & { rows?: { status: string; problems: { column: string; message: string }[] }[] },
  };
}

const CSV = 'mac;model;label\r\n00:15:65:00:01:01;Yealink T4x;Sala riunioni\r\n00:15:65:00:01:02;Nokia;x\r\n';
const deviceCount = () => db.select().from(devices).all().length;

describe('POST /api/v1/devices/import', () => {
  it('dry run: the per-row report with reasons in the caller’s language, nothing written', async () => {
    const { status, body } = await post('?dryRun=true', CSV, { language: 'it' });
    expect(status).toBe(200);
    expect(body).toMatchObject({ dryRun: true, applied: false, counts: { create: 1, error: 1 } });
    expect(body.rows![1].problems).toEqual([{ column: 'model', code: 'validation:import.modelUnknown', message: 'Nessun modello si chiama “Nokia”.' }]);
    expect(deviceCount()).toBe(0);
  });

  it('all or nothing refuses the file (422) and writes nothing; the default applies the valid rows', async () => {
    const refused = await post('?mode=all-or-nothing', CSV);
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ applied: false });
    expect(deviceCount()).toBe(0);
    const applied = await post('', CSV);
    expect(applied.status).toBe(200);
    expect(applied.body).toMatchObject({ applied: true, counts: { create: 1, error: 1 } });
    expect(
      db
        .select()
        .from(devices)
        .all()
        .map((d) => d.label),
    ).toEqual(['Sala riunioni']);
    expect(
      db
        .select()
        .from(auditLog)
        .all()
        .find((e) => e.entity === 'device'),
    ).toMatchObject({ actorKind: 'token', action: 'create' });
  });

  it('refuses viewers, a file that is not a device CSV, and a body over the limit', async () => {
    expect((await post('', CSV, { token: viewer })).status).toBe(403);
    const bad = await post('?dryRun=true', 'model\nYealink T4x\n');
    expect(bad).toMatchObject({ status: 400, body: { error: 'import.macColumnMissing', message: 'The file has no “mac” column.' } });
    const huge = await post('?dryRun=true', `mac,label\n${'001565000001,x\n'.repeat(Math.ceil(MAX_IMPORT_BODY_BYTES / 15) + 1)}`);
    expect(huge.status).toBe(413);
  });

  it('is in the OpenAPI document', () => {
    const paths = (openApiDocument('http://127.0.0.1/api/v1') as { paths: Record<string, Record<string, unknown>> }).paths;
    expect(paths['/devices/import']).toHaveProperty('post');
  });
});
