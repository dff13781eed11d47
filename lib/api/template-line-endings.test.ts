import { beforeEach, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { listDeviceModels } from '@/db/queries/device-models';
import { freshDatabase } from '@/lib/test-db';
import { RESOURCES } from './resources';

let db: Db;
let tenantId: number;

beforeEach(async () => {
  ({ db, tenantId } = await freshDatabase());
});

it('the templates resource takes, keeps and answers lineEndings', () => {
  const templates = RESOURCES.templates;
  const modelId = listDeviceModels(db, tenantId).find((m) => m.name === 'Yealink T4x')!.id;
  const created = templates.create!(db, tenantId, { name: 'Via API', modelId, format: 'text', body: 'a = 1\n', lineEndings: 'crlf' });
  const id = created.id as number;
  expect(templates.get(db, tenantId, id, false).lineEndings).toBe('crlf');
  expect(templates.update!(db, tenantId, id, { name: 'Via API 2' }).lineEndings).toBe('crlf');
  expect(templates.update!(db, tenantId, id, { lineEndings: 'lf' }).lineEndings).toBe('lf');
  expect(() => templates.update!(db, tenantId, id, { lineEndings: 'cr' })).toThrow();
});
