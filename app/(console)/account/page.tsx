import { PasswordForm } from '@/components/account/password-form';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requireSession } from '@/lib/auth/session';
import { getT } from '@/lib/i18n/server';

export const dynamic = 'force-dynamic';

/** My account: every signed-in user, whatever the role, changes their own password here. */
export default async function AccountPage() {
  const session = await requireSession();
  const { t } = await getT();
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
    </>
  );
}
