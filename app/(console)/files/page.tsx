import { getDb } from '@/db/client';
import { FilesPanel } from '@/components/files/files-panel';
import { requireSession } from '@/lib/auth/session';
import { paramsRecord } from '@/lib/validation/list-params';
import { fileListParamsSchema } from '@/lib/validation/list-params';
import { listFilePage } from '@/db/queries/files';

export const dynamic = 'force-dynamic';

export default async function FilesPage(props: PageProps<'/files'>) {
  const session = await requireSession();
  const params = fileListParamsSchema.parse(paramsRecord(await props.searchParams));
  return <FilesPanel initialParams={params} initialPage={listFilePage(getDb(), session.tenant.id, params)} />;
}
