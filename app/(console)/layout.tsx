import type { ReactNode } from 'react';
import { getDb } from '@/db/client';
import { ConsoleProvider } from '@/components/layout/console-context';
import { Header } from '@/components/layout/header';
import { Sidebar } from '@/components/layout/sidebar';
import { requireSession } from '@/lib/auth/session';
import { getT } from '@/lib/i18n/server';
import { tenantOptions } from '@/db/queries/tenants';
import { getPbxSettings } from '@/db/queries/pbx';
import { found } from '@/lib/errors';

export const dynamic = 'force-dynamic';

export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const session = await requireSession();
  const { t } = await getT();
  const db = getDb();
  const { timeZone } = found(getPbxSettings(db, session.tenant.id), 'pbx settings');
  return (
    <ConsoleProvider value={{ timeZone, role: session.role }}>
      <a href="#main" className="sr-only z-50 rounded-md bg-white px-3 py-2 text-sm font-medium focus:not-sr-only focus:fixed focus:left-3 focus:top-3">
        {t('shell.skipToContent')}
      </a>
      <div className="flex min-h-full">
        <Sidebar />
        <div className="flex min-w-0 flex-1 flex-col">
          <Header tenant={session.tenant} tenants={tenantOptions(db, session.tenantIds)} username={session.username} />
          {/* Keyed by tenant: switching remounts the page, so no list keeps the old tenant's state. */}
          <main key={session.tenant.uuid} id="main" tabIndex={-1} className="mx-auto w-full max-w-7xl flex-1 px-4 py-6 focus:outline-none sm:px-6 lg:px-8">
            {children}
          </main>
        </div>
      </div>
    </ConsoleProvider>
  );
}
