import { Link } from '@/components/ui/link';
import { getDb } from '@/db/client';
import { BrandsAndRulesPanel } from '@/components/device-models/brands-and-rules-panel';
import { PageHeader } from '@/components/ui/page-header';
import { requireSession } from '@/lib/auth/session';
import { getT } from '@/lib/i18n/server';
import { listBrandsAndRules } from '@/db/queries/brands-and-rules';

export const dynamic = 'force-dynamic';

export default async function BrandsAndRulesPage() {
  const session = await requireSession();
  const { t } = await getT();
  return (
    <>
      <PageHeader
        title={t('models:brandsAndRules.title')}
        description={t('models:brandsAndRules.description')}
        back={
          <Link href="/device-models" className="text-brand-700 hover:underline">
            ← {t('models:backToList')}
          </Link>
        }
      />
      <BrandsAndRulesPanel initial={listBrandsAndRules(getDb(), session.tenant.id)} />
    </>
  );
}
