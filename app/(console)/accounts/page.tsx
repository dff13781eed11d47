import { getDb } from '@/db/client';
import { AccountsPanel } from '@/components/accounts/accounts-panel';
import { requireSession } from '@/lib/auth/session';
import { accountListParamsSchema, paramsRecord } from '@/lib/validation/list-params';
import { listAccountPage } from '@/db/queries/accounts';

export const dynamic = 'force-dynamic';

export default async function AccountsPage(props: PageProps<'/accounts'>) {
  const session = await requireSession();
  const params = accountListParamsSchema.parse(paramsRecord(await props.searchParams));
  return <AccountsPanel initialParams={params} initialPage={listAccountPage(getDb(), session.tenant.id, params)} />;
}
