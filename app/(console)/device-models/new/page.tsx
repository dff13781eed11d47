import { Link } from '@/components/ui/link';
import { getDb } from '@/db/client';
import { newModelValues } from '@/components/device-models/model-defaults';
import { ModelForm } from '@/components/device-models/model-form';
import { PageHeader } from '@/components/ui/page-header';
import { requireWriter } from '@/lib/auth/session';
import { getT } from '@/lib/i18n/server';
import { modelFormChoices } from '@/db/queries/device-models';

export const dynamic = 'force-dynamic';

export default async function NewDeviceModelPage() {
  const session = await requireWriter();
  const { t } = await getT();
  return (
    <>
      <PageHeader
        title={t('models:newTitle')}
        back={
          <Link href="/device-models" className="text-brand-700 hover:underline">
            ← {t('models:backToList')}
          </Link>
        }
      />
      <ModelForm catalogue={modelFormChoices(getDb(), session.tenant.id)} defaultValues={newModelValues()} />
    </>
  );
}
