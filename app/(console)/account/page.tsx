import { PasswordForm } from '@/components/account/password-form';
import { TotpCard } from '@/components/account/totp-card';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db/client';
import { totpOfUser } from '@/db/queries/users';
import { requireSession } from '@/lib/auth/session';
import { getT } from '@/lib/i18n/server';

export const dynamic = 'force-dynamic';

/** My account: every signed-in user, whatever the role, changes their own password and sets up two-step sign-in here. */
export default async function AccountPage() {
  const session = await requireSession();
  const { t } = await getT();
  const isTotpOn = (totpOfUser(getDb(), session.userId)?.enabledAt ?? null) !== null;
  return (
    <>
      <PageHeader
        title={t('users:account.title')}
        description={t('users:account.description', { username: session.username, role: t(`users:roles.${session.role}`) })}
      />
      <Card labelledBy="password-title">
        <CardHeader id="password-title" title={t('users:account.passwordTitle')} description={t('users:account.passwordHint')} />
        <CardBody>
          <PasswordForm />
        </CardBody>
      </Card>
      <Card labelledBy="totp-title" className="mt-6">
        <CardHeader id="totp-title" title={t('users:account.totp.title')} description={t(isTotpOn ? 'users:account.totp.on' : 'users:account.totp.off')} />
        <CardBody>
          <TotpCard isOn={isTotpOn} />
        </CardBody>
      </Card>
    </>
  );
}
