import { fileNameChangesOf } from '@/db/queries/file-name-changes';
import { consoleJson } from '@/lib/api/console-route';
import { fileNameChangesQuerySchema } from '@/lib/validation/file-name-changes';

export const dynamic = 'force-dynamic';

/**
 * The old → new file names a rule edit (`ruleId`) or a model's new rule (`modelId`) would produce, with the
 * collisions that would refuse it (`prefix`, `macFormat`, `suffix`: the rule to name the files by). Never writes.
 */
export const GET = (request: Request) =>
  consoleJson(request, ({ db, tenantId, params }) => {
    const query = fileNameChangesQuerySchema.safeParse(Object.fromEntries(params));
    if (!query.success) return undefined;
    const { prefix, macFormat, suffix, ...target } = query.data;
    return fileNameChangesOf(db, tenantId, target, { prefix, macFormat, suffix });
  });
