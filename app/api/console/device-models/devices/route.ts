import { id } from '@/lib/validation/common';
import { devicesOfModel } from '@/db/queries/devices';
import { consoleJson } from '@/lib/api/console-route';

export const dynamic = 'force-dynamic';

/** `?modelId=`: the devices of a model, for the template preview's device select. */
export const GET = (request: Request) =>
  consoleJson(request, ({ db, tenantId, params }) => {
    const modelId = id.safeParse(params.get('modelId'));
    return modelId.success ? devicesOfModel(db, tenantId, modelId.data) : [];
  });
