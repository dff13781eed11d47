import { getDb } from '@/db/client';
import { PlaceholdersPanel } from '@/components/placeholders/placeholders-panel';
import { requireSession } from '@/lib/auth/session';
import { listPlaceholderRows } from '@/db/queries/placeholders';

export const dynamic = 'force-dynamic';

export default async function PlaceholdersPage() {
  const session = await requireSession();
  return <PlaceholdersPanel initial={listPlaceholderRows(getDb(), session.tenant.id)} />;
}
