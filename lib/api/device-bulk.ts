import { mayDo } from '@/lib/auth/roles';
import { applyBulkAction, previewBulkAction } from '@/lib/domain/device-bulk';
import { languageFromAcceptLanguage } from '@/lib/i18n/settings';
import { translator } from '@/lib/i18n/translate';
import { json } from './errors';
import { readJson, withApi } from './handlers';

/**
 * POST /api/v1/devices/bulk with `{ target, action }` (lib/validation/device-bulk.ts): `?dryRun=true` answers the
 * counts (devices targeted and changed, files created / changed / removed) or the refusal, writing nothing; without
 * it the change is applied in one transaction with one regeneration pass. Viewers are refused.
 */
export const deviceBulkHandlers = () => ({
  POST: (request: Request) =>
    withApi(request, async ({ db, tenantId, principal, params }) => {
      if (!mayDo(principal.role, 'write')) return json(403, { error: 'forbidden' });
      const input = await readJson(request);
      if (params.get('dryRun') !== 'true') return json(200, { dryRun: false, applied: true, ...applyBulkAction(db, tenantId, input) });
      const { refusal, ...preview } = previewBulkAction(db, tenantId, input);
      const t = translator(languageFromAcceptLanguage(request.headers.get('accept-language')));
      return json(200, {
        dryRun: true,
        applied: false,
        ...preview,
        refusal: refusal && { error: refusal.code.replace(/^validation:/, ''), field: refusal.field, message: t(refusal.code, refusal.params) },
      });
    }),
});
