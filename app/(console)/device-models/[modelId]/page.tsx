import { Link } from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { getDb } from '@/db/client';
import { ModelActions } from '@/components/device-models/model-actions';
import { editModelValues } from '@/components/device-models/model-defaults';
import { ModelForm } from '@/components/device-models/model-form';
import { PageHeader } from '@/components/ui/page-header';
import { requireSession } from '@/lib/auth/session';
import { getT } from '@/lib/i18n/server';
import { devicesOfModel } from '@/db/queries/devices';
import { getDeviceModel, modelFormChoices } from '@/db/queries/device-models';

export const dynamic = 'force-dynamic';

export default async function DeviceModelPage(props: PageProps<'/device-models/[modelId]'>) {
  const session = await requireSession();
  const { t } = await getT();
  const db = getDb();
  const tenantId = session.tenant.id;
  const { modelId } = await props.params;
  const id = Number(modelId);
  if (!Number.isInteger(id) || id <= 0) notFound();
  const model = getDeviceModel(db, tenantId, id);
  if (!model) notFound();
  const values = editModelValues(model);
  return (
    <>
      <PageHeader
        title={t('models:editTitle', { name: model.name })}
        back={
          <Link href="/device-models" className="text-brand-700 hover:underline">
            ← {t('models:backToList')}
          </Link>
        }
        actions={<ModelActions model={{ id, name: model.name, isBuiltIn: model.isBuiltIn, deviceCount: devicesOfModel(db, tenantId, id).length }} />}
      />
      {/* Remounted when the saved model changes, so a brand or rule created inline becomes the selected one. */}
      <ModelForm key={JSON.stringify(values)} catalogue={modelFormChoices(db, tenantId)} defaultValues={values} model={{ id, isBuiltIn: model.isBuiltIn }} />
    </>
  );
}
