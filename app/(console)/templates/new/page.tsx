import { Link } from '@/components/ui/link';
import { getDb } from '@/db/client';
import { newTemplateValues } from '@/components/templates/template-defaults';
import { TemplateEditor } from '@/components/templates/template-editor';
import { PageHeader } from '@/components/ui/page-header';
import { requireWriter } from '@/lib/auth/session';
import { getT } from '@/lib/i18n/server';
import { paramsRecord } from '@/lib/validation/list-params';
import { customPlaceholderNames } from '@/db/queries/placeholders';
import { modelOptions } from '@/db/queries/device-models';

export const dynamic = 'force-dynamic';

/** `?modelId=` preselects the model (from a model's page). */
export default async function NewTemplatePage(props: PageProps<'/templates/new'>) {
  const session = await requireWriter();
  const { t } = await getT();
  const db = getDb();
  const models = modelOptions(db, session.tenant.id);
  const wanted = Number(paramsRecord(await props.searchParams).modelId);
  const model = models.find((m) => m.id === wanted);
  return (
    <>
      <PageHeader
        title={t('templates:newTitle')}
        back={
          <Link href="/templates" className="text-brand-700 hover:underline">
            ← {t('templates:backToList')}
          </Link>
        }
      />
      <TemplateEditor models={models} customNames={customPlaceholderNames(db, session.tenant.id)} defaultValues={newTemplateValues(model)} />
    </>
  );
}
