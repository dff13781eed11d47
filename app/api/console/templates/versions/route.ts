import { listTemplateVersions } from '@/db/queries/template-versions';
import { getTemplate } from '@/db/queries/templates';
import { consoleJson } from '@/lib/api/console-route';
import { id } from '@/lib/validation/common';

export const dynamic = 'force-dynamic';

/** `?templateId=`: the template's history, newest first (404 when the template is not the tenant's). */
export const GET = (request: Request) =>
  consoleJson(request, ({ db, tenantId, params }) => {
    const templateId = id.safeParse(params.get('templateId'));
    if (!templateId.success || !getTemplate(db, tenantId, templateId.data)) return undefined;
    return listTemplateVersions(db, tenantId, templateId.data);
  });
