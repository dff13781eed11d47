import { Link } from '@/components/ui/link';
import { getT } from '@/lib/i18n/server';
import { LanguageToggle } from './language-toggle';
import { LogoutButton } from './logout-button';
import { MobileNav } from './mobile-nav';
import { TenantSwitcher } from './tenant-switcher';
import type { TenantOption } from '@/db/queries/tenants';

type HeaderProps = { tenant: { uuid: string; name: string }; tenants: TenantOption[]; username: string };

/** Top bar: menu (narrow screens), tenant (a switcher when there are several), language, signed-in user and sign-out. */
export async function Header({ tenant, tenants, username }: HeaderProps) {
  const { t } = await getT();
  return (
    <header className="sticky top-0 z-20 flex h-14 items-center gap-3 border-b border-slate-200 bg-white/95 px-4 backdrop-blur sm:px-6 lg:px-8">
      <MobileNav />
      {tenants.length > 1 ? (
        <TenantSwitcher tenants={tenants} currentUuid={tenant.uuid} />
      ) : (
        <p className="min-w-0 truncate text-sm text-slate-600">
          <span className="text-slate-500">{t('shell.tenant')}</span> <span className="font-medium text-slate-900">{tenant.name}</span>
        </p>
      )}
      <div className="ml-auto flex items-center gap-3">
        <LanguageToggle />
        <Link
          href="/account"
          className="hidden text-sm text-slate-600 hover:text-slate-900 hover:underline sm:inline"
          title={t('shell.signedInAs', { username })}
        >
          {username}
          <span className="sr-only"> — {t('shell.myAccount')}</span>
        </Link>
        <LogoutButton />
      </div>
    </header>
  );
}
