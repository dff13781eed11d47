import { getDb } from '@/db/client';
import type { ApiDefaults } from '@/components/redirection-servers/api-defaults';
import { RedirectionServersPanel } from '@/components/redirection-servers/redirection-servers-panel';
import { requireSession } from '@/lib/auth/session';
import { provisioningUrls } from '@/lib/provisioning/context';
import { serverFacts } from '@/lib/provisioning/server-facts';
import { REDIRECTION_BRANDS, YEALINK_APIS } from '@/lib/redirection/brands';
import { defaultApiBaseUrl } from '@/lib/redirection/clients';
import { listRedirectionServerRows } from '@/db/queries/redirection-servers';

export const dynamic = 'force-dynamic';

/** Every vendor's default API address, per Yealink API: the client components cannot import lib/redirection. */
const apiDefaults = () =>
  Object.fromEntries(
    REDIRECTION_BRANDS.map((brand) => [brand, Object.fromEntries(YEALINK_APIS.map((api) => [api, defaultApiBaseUrl(brand, api)]))]),
  ) as ApiDefaults;

export default async function RedirectionServersPage() {
  const session = await requireSession();
  return (
    <RedirectionServersPanel
      initial={listRedirectionServerRows(getDb(), session.tenant.id)}
      defaultUrl={provisioningUrls(serverFacts(), session.tenant).https}
      apiDefaults={apiDefaults()}
    />
  );
}
