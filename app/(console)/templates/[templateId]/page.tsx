import { Link } from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { getDb } from '@/db/client';
import { TemplateActions } from '@/components/templates/template-actions';
import { editTemplateValues } from '@/components/templates/template-defaults';
import { TemplateEditor } from '@/components/templates/template-editor';
import { TemplateHistory } from '@/components/templates/template-history';
import { Badge } from '@/components/ui/badge';
import { PageHeader } from '@/components/ui/page-header';
import { requireSession } from '@/lib/auth/session';
import { getT } from '@/lib/i18n/server';
import { customPlaceholderNames } from '@/db/queries/placeholders';
import { devicesOfTemplate } from '@/db/queries/devices';
import { modelOptions } from '@/db/queries/device-models';
import { getTemplate } from '@/db/queries/templates';
import { lastRestoreNumber } from '@/db/queries/template-versions';

export const dynamic = 'force-dynamic';

export default async function TemplatePage(props: PageProps<'/templates/[templateId]'>) {
  const session = await requireSession();
  const { t } = await getT();
  const db = getDb();
  const tenantId = session.tenant.id;
  const { templateId } = await props.params;
  const id = Number(templateId);
  if (!Number.isInteger(id) || id <= 0) notFound();
  const template = getTemplate(db, tenantId, id);
  if (!template) notFound();
  const models = modelOptions(db, tenantId);
  const model = models.find((m) => m.id === template.modelId);
  return (
    <>
      <PageHeader
        title={t('templates:editTitle', { name: template.name })}
        description={
          model && (
            <span className="inline-flex flex-wrap items-center gap-2">
              {model.name}
              {template.isBuiltIn && <Badge tone="info">{t('templates:builtIn')}</Badge>}
            </span>
          )
        }
        back={
          <Link href="/templates" className="text-brand-700 hover:underline">
            ← {t('templates:backToList')}
          </Link>
        }
        actions={
          <TemplateActions template={{ id, name: template.name, isBuiltIn: template.isBuiltIn, deviceCount: devicesOfTemplate(db, tenantId, id).length }} />
        }
      />
      {/* Keyed by the latest restore: a restore from the history below shows the restored content. Not by every
          version: the refresh after a save would then remount the editor and drop what was typed meanwhile. */}
      <TemplateEditor
        key={lastRestoreNumber(db, id)}
        models={models}
        customNames={customPlaceholderNames(db, tenantId)}
        defaultValues={editTemplateValues(template)}
        template={{ id, isBuiltIn: template.isBuiltIn }}
      />
      <div className="mt-6">
        <TemplateHistory templateId={id} isBuiltIn={template.isBuiltIn} />
      </div>
    </>
  );
}
