import { activeBlocks, getPhoneAccess, phoneAccessView } from '@/db/queries/phone-access';
import { mayDo } from '@/lib/auth/roles';
import { unblockAddress, updatePhoneAccess } from '@/lib/domain/phone-access';
import { json, notFoundResponse } from './errors';
import { readJson, withApi } from './handlers';
import { withoutSecrets } from './serialize';

/**
 * /api/v1/phone-access: the tenant's phone-fetch protection (one object, the password write-only unless revealed), and
 * the addresses blocked by the anti-enumeration limit, which an admin may unblock.
 */
const forbidden = () => json(403, { error: 'forbidden' });
const parseId = (raw: string) => (/^[1-9]\d{0,15}$/.test(raw) ? Number(raw) : null);
const blockJson = (b: ReturnType<typeof activeBlocks>[number]) => ({
  id: b.id,
  address: b.address,
  misses: b.misses,
  blockedAt: b.blockedAt.toISOString(),
  until: b.until.toISOString(),
});

export const phoneAccessHandlers = () => {
  const update = (request: Request) =>
    withApi(request, async ({ db, tenantId, principal }) => {
      if (!mayDo(principal.role, 'write')) return forbidden();
      return json(200, withoutSecrets(updatePhoneAccess(db, tenantId, await readJson(request)), false));
    });
  return {
    GET: (request: Request) => withApi(request, ({ db, tenantId, reveal }) => json(200, withoutSecrets(phoneAccessView(getPhoneAccess(db, tenantId)), reveal))),
    PUT: update,
    PATCH: update,
  };
};

export const blockedAddressHandlers = () => ({
  GET: (request: Request) => withApi(request, ({ db, tenantId }) => json(200, { items: activeBlocks(db, new Date(), tenantId).map(blockJson) })),
  DELETE: (request: Request, rawId: string) =>
    withApi(request, ({ db, tenantId, principal }) => {
      const id = parseId(rawId);
      if (id === null) return notFoundResponse(request);
      if (!mayDo(principal.role, 'write')) return forbidden();
      unblockAddress(db, tenantId, id);
      return new Response(null, { status: 204 });
    }),
});
