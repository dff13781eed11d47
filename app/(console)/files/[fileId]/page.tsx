import { Link } from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { getDb } from '@/db/client';
import { FileFactsCard } from '@/components/files/file-facts-card';
import { FileUrlsCard } from '@/components/files/file-urls-card';
import { FileViewer } from '@/components/files/file-viewer';
import { PageHeader } from '@/components/ui/page-header';
import { requireSession } from '@/lib/auth/session';
import { getT } from '@/lib/i18n/server';
import { fileDetail } from '@/lib/provisioning/file-view';
import { serverFacts } from '@/lib/provisioning/server-facts';
import { fileUrls } from '@/lib/provisioning/channels';

export const dynamic = 'force-dynamic';

export default async function FilePage(props: PageProps<'/files/[fileId]'>) {
  const session = await requireSession();
  const { t } = await getT();
  const { fileId } = await props.params;
  const id = Number(fileId);
  if (!/^\d+$/.test(fileId) || !Number.isSafeInteger(id) || id <= 0) notFound();
  const file = fileDetail(getDb(), session.tenant.id, id, false, serverFacts(), session.role);
  if (!file) notFound();
  return (
    <>
      <PageHeader
        title={<span className="break-all font-mono">{file.fileName}</span>}
        description={file.device ? t('files:detail.deviceFile') : t('files:detail.commonFile')}
        back={
          <Link href="/files" className="text-brand-700 hover:underline">
            ← {t('files:backToList')}
          </Link>
        }
      />
      <div className="grid items-start gap-6 xl:grid-cols-[minmax(0,1fr)_24rem]">
        <FileViewer initial={file} />
        <aside className="flex flex-col gap-6">
          <FileUrlsCard urls={fileUrls(session.tenant, file.fileName)} />
          <FileFactsCard file={file} />
        </aside>
      </div>
    </>
  );
}
