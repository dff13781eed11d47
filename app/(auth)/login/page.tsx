import { redirect } from 'next/navigation';
import { LoginForm } from '@/components/auth/login-form';
import { LanguageToggle } from '@/components/layout/language-toggle';
import { safeNextPath } from '@/lib/auth/next-path';
import { getSession } from '@/lib/auth/session';
import { getT } from '@/lib/i18n/server';

export const dynamic = 'force-dynamic';

export default async function LoginPage(props: PageProps<'/login'>) {
  const { next } = await props.searchParams;
  const nextPath = typeof next === 'string' ? next : undefined;
  // Also what happens right after a successful sign-in: the action's new cookie re-renders this page.
  if (await getSession()) redirect(safeNextPath(nextPath));
  const { t } = await getT();
  return (
    <div className="flex min-h-full flex-col items-center justify-center px-4 py-12">
      <div className="absolute right-4 top-4">
        <LanguageToggle />
      </div>
      <main className="w-full max-w-sm">
        <div className="mb-8 text-center">
          <span aria-hidden className="mx-auto mb-4 grid h-10 w-10 place-items-center rounded-lg bg-brand-600 text-lg font-bold text-white">
            P
          </span>
          <h1 className="text-2xl font-semibold tracking-tight">{t('auth:title')}</h1>
          <p className="mt-1 text-sm text-slate-600">{t('app.tagline')}</p>
        </div>
        <div className="rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
          <LoginForm next={nextPath} />
        </div>
      </main>
    </div>
  );
}
