import { Link } from '@/components/ui/link';
import { getDb } from '@/db/client';
import { ModelsPanel } from '@/components/device-models/models-panel';
import { buttonClasses } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { mayDo } from '@/lib/auth/roles';
import { requireSession } from '@/lib/auth/session';
import { getT } from '@/lib/i18n/server';
import { listModelRows } from '@/db/queries/device-models';

export const dynamic = 'force-dynamic';

export default async function DeviceModelsPage() {
  const session = await requireSession();
  const { t } = await getT();
  return (
    <>
      <PageHeader
        title={t('models:title')}
        description={t('models:description')}
        actions={
          <>
            <Link href="/device-models/brands-and-rules" className={buttonClasses({ variant: 'secondary' })}>
              {t('models:brandsAndRules.link')}
            </Link>
            {mayDo(session.role, 'write') && (
              <Link href="/device-models/new" className={buttonClasses({ variant: 'primary' })}>
                {t('models:new')}
              </Link>
            )}
          </>
        }
      />
      <ModelsPanel initialRows={listModelRows(getDb(), session.tenant.id)} />
    </>
  );
}
