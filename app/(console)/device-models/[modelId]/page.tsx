import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getDb } from '@/db/client';
import { ModelActions } from '@/components/device-models/model-actions';
import { editModelValues } from '@/components/device-models/model-defaults';
import { ModelForm } from '@/components/device-models/model-form';
import { PageHeader } from '@/components/ui/page-header';
import { requireSession } from '@/lib/auth/session';
import { devicesOfModel, modelCatalogue } from '@/lib/console/model-list';
import { type DeviceModel, getDeviceModel } from '@/lib/domain/catalogue';
import { DomainError } from '@/lib/domain/errors';
import { getT } from '@/lib/i18n/server';

export const dynamic = 'force-dynamic';

export default async function DeviceModelPage(props: PageProps<'/device-models/[modelId]'>) {
  const session = await requireSession();
  const { t } = await getT();
  const db = getDb();
  const tenantId = session.tenant.id;
  const { modelId } = await props.params;
  const id = Number(modelId);
  if (!Number.isInteger(id) || id <= 0) notFound();
  let model: DeviceModel;
  try {
    model = getDeviceModel(db, tenantId, id);
  } catch (error) {
    if (error instanceof DomainError && error.status === 404) notFound();
    throw error;
  }
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
      <ModelForm key={JSON.stringify(values)} catalogue={modelCatalogue(db, tenantId)} defaultValues={values} model={{ id, isBuiltIn: model.isBuiltIn }} />
    </>
  );
}
