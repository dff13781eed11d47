import { getDb } from '@/db/client';
import { TokensPanel } from '@/components/api-tokens/tokens-panel';
import { requireOwner } from '@/lib/auth/session';
import { listTenants } from '@/db/queries/tenants';
import { listApiTokenRows } from '@/db/queries/users';

export const dynamic = 'force-dynamic';

/** API tokens: create with a role and tenant scope (shown once), revoke, last use. The owner's only. */
export default async function ApiTokensPage() {
  await requireOwner();
  const db = getDb();
  const tenants = listTenants(db).map(({ id, name }) => ({ id, name }));
  return <TokensPanel rows={listApiTokenRows(db)} tenants={tenants} />;
}
