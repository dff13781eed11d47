import { compareTemplateVersions } from '@/lib/api/template-versions';
import { consoleJson } from '@/lib/api/console-route';
import { id } from '@/lib/validation/common';

export const dynamic = 'force-dynamic';

/** `?templateId=&from=&to=`: two versions' diff, changed settings and changed devices (404 when one is missing). */
export const GET = (request: Request) =>
  consoleJson(request, ({ db, tenantId, params }) => {
    const [templateId, from, to] = ['templateId', 'from', 'to'].map((name) => id.safeParse(params.get(name)));
    if (!templateId.success || !from.success || !to.success) return undefined;
    return compareTemplateVersions(db, tenantId, templateId.data, from.data, to.data);
  });
