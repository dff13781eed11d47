import { id } from '@/lib/validation/common';
import { consoleJson } from '@/lib/api/console-route';
import { devicesOfTemplate } from '@/db/queries/devices';

export const dynamic = 'force-dynamic';

/** `?templateId=`: the devices using a template, which block its deletion. */
export const GET = (request: Request) =>
  consoleJson(request, ({ db, tenantId, params }) => {
    const templateId = id.safeParse(params.get('templateId'));
    return templateId.success ? devicesOfTemplate(db, tenantId, templateId.data) : [];
  });
