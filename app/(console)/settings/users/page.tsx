import { getDb } from '@/db/client';
import { UsersPanel } from '@/components/users/users-panel';
import { requireOwner } from '@/lib/auth/session';
import { listTenants } from '@/db/queries/tenants';
import { listUserRows } from '@/db/queries/users';

export const dynamic = 'force-dynamic';

/** Users: create, set role and tenants, reset password, disable. The owner's only. */
export default async function UsersPage() {
  const session = await requireOwner();
  const db = getDb();
  const tenants = listTenants(db).map(({ id, name }) => ({ id, name }));
  return <UsersPanel rows={listUserRows(db)} tenants={tenants} currentUserId={session.userId} />;
}
