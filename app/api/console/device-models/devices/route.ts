import { devicesOfModel } from '@/lib/console/model-list';
import { consoleJson } from '@/lib/console/route';
import { id } from '@/lib/validation/common';

export const dynamic = 'force-dynamic';

/** `?modelId=`: the devices of a model, for the template preview's device select. */
export const GET = (request: Request) =>
  consoleJson(request, ({ db, tenantId, params }) => {
    const modelId = id.safeParse(params.get('modelId'));
    return modelId.success ? devicesOfModel(db, tenantId, modelId.data) : [];
  });
