import { getDb } from '@/db/client';
import { TenantsPanel } from '@/components/tenants/tenants-panel';
import { requireOwner } from '@/lib/auth/session';
import { listTenantRows } from '@/db/queries/tenants';

export const dynamic = 'force-dynamic';

/** Tenants: list, create, rename, delete, and switch the console to one. The owner's only. */
export default async function TenantsPage() {
  const session = await requireOwner();
  return <TenantsPanel rows={listTenantRows(getDb())} currentUuid={session.tenant.uuid} />;
}
