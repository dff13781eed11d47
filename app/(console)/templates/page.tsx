import { Link } from '@/components/ui/link';
import { getDb } from '@/db/client';
import { TemplatesPanel } from '@/components/templates/templates-panel';
import { buttonClasses } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { mayDo } from '@/lib/auth/roles';
import { requireSession } from '@/lib/auth/session';
import { getT } from '@/lib/i18n/server';
import { listTemplateGroups } from '@/db/queries/templates';

export const dynamic = 'force-dynamic';

export default async function TemplatesPage() {
  const session = await requireSession();
  const { t } = await getT();
  return (
    <>
      <PageHeader
        title={t('templates:title')}
        description={t('templates:description')}
        actions={
          mayDo(session.role, 'write') && (
            <Link href="/templates/new" className={buttonClasses({ variant: 'primary' })}>
              {t('templates:new')}
            </Link>
          )
        }
      />
      <TemplatesPanel initialGroups={listTemplateGroups(getDb(), session.tenant.id)} />
    </>
  );
}
