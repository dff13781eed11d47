import { expect, it } from 'vitest';
import { listDeviceModels } from '@/db/queries/device-models';
import { listTemplates } from '@/db/queries/templates';
import { createAccount } from '@/lib/domain/accounts';
import { createDevice } from '@/lib/domain/devices';
import { freshDatabase } from '@/lib/test-db';
import { openApiDocument } from './openapi';
import { RESOURCES } from './resources';

it("GET /api/v1/devices, accounts and files take the console's sort=<column>&dir=asc|desc; a bad one falls back to the default (issue 11)", async () => {
  const { db, tenantId } = await freshDatabase();
  const model = listDeviceModels(db, tenantId).find((m) => m.name === 'Yealink T4x')!;
  const templateId = listTemplates(db, tenantId, model.id)[0].id;
  for (const [mac, label] of [
    ['0c1105000001', 'Bravo'],
    ['0c1105000002', 'Alpha'],
    ['0c1105000003', 'Charlie'],
  ])
    createDevice(db, tenantId, { mac, label, modelId: model.id, templateId });
  for (const [extension, displayName] of [
    ['301', 'Zoe'],
    ['300', 'Anna'],
  ])
    createAccount(db, tenantId, { extension, sipUsername: extension, authUsername: extension, sipPassword: 'Secret-Pass-123', displayName });
  const list = (resource: string, query: string) => RESOURCES[resource].list(db, tenantId, new URLSearchParams(query)).items;
  const labels = (query: string) => list('devices', query).map((d) => d.label);

  expect(labels('')).toEqual(['Bravo', 'Alpha', 'Charlie']);
  expect(labels('sort=label')).toEqual(['Alpha', 'Bravo', 'Charlie']);
  expect(labels('sort=label&dir=desc')).toEqual(['Charlie', 'Bravo', 'Alpha']);
  expect(labels('sort=label&dir=desc&pageSize=2&page=2')).toEqual(['Alpha']);
  expect(labels('sort=label%20desc&dir=down')).toEqual(['Bravo', 'Alpha', 'Charlie']);

  expect(list('accounts', 'sort=displayName&dir=desc').map((a) => a.extension)).toEqual(['301', '300']);
  expect(list('accounts', 'sort=nope').map((a) => a.extension)).toEqual(['300', '301']);
  const fileNames = list('files', '').map((f) => String(f.fileName));
  expect(list('files', 'dir=desc').map((f) => f.fileName)).toEqual([...fileNames].reverse());

  // The OpenAPI document names the same columns.
  const parameters = (path: string) =>
    (openApiDocument('http://pbx.test/api/v1').paths[path].get as { parameters: { name: string; schema: { enum?: string[] } }[] }).parameters;
  expect(parameters('/devices').find((p) => p.name === 'sort')?.schema.enum).toEqual(['mac', 'label', 'model', 'lastFetch']);
  expect(parameters('/devices').map((p) => p.name)).toEqual(expect.arrayContaining(['q', 'modelId', 'dir', 'page', 'pageSize']));
  expect(parameters('/accounts').find((p) => p.name === 'sort')?.schema.enum).toEqual(['extension', 'sipUsername', 'displayName']);
  expect(parameters('/unknown-devices').find((p) => p.name === 'sort')?.schema.enum).toEqual(['lastSeen', 'mac']);
});
