import { json } from '@/lib/api/errors';
import { readJson, withApi } from '@/lib/api/handlers';
import { getPbxSettings, updatePbxSettings } from '@/lib/domain/pbx';

export const GET = (request: Request) => withApi(request, ({ db, tenantId }) => json(200, getPbxSettings(db, tenantId)));

const update = (request: Request) =>
  withApi(request, async ({ db, tenantId, principal }) => {
    if (principal.role !== 'admin') return json(403, { error: 'forbidden' });
    return json(200, updatePbxSettings(db, tenantId, await readJson(request)));
  });

export const PUT = update;
export const PATCH = update;
