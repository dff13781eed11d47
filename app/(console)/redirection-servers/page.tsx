import { getDb } from '@/db/client';
import { RedirectionServersPanel } from '@/components/redirection-servers/redirection-servers-panel';
import { requireSession } from '@/lib/auth/session';
import { provisioningUrls } from '@/lib/provisioning/context';
import { serverFacts } from '@/lib/provisioning/server-facts';
import { listRedirectionServerRows } from '@/db/queries/redirection-servers';

export const dynamic = 'force-dynamic';

export default async function RedirectionServersPage() {
  const session = await requireSession();
  return (
    <RedirectionServersPanel
      initial={listRedirectionServerRows(getDb(), session.tenant.id)}
      defaultUrl={provisioningUrls(serverFacts(), session.tenant).https}
    />
  );
}
