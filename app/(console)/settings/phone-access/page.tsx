import { getDb } from '@/db/client';
import { activeBlocks, getPhoneAccess, phoneAccessView } from '@/db/queries/phone-access';
import { BlockedAddressesCard } from '@/components/phone-access/blocked-addresses-card';
import { PhoneAccessForm } from '@/components/phone-access/phone-access-form';
import { PageHeader } from '@/components/ui/page-header';
import { requireSession } from '@/lib/auth/session';
import { getT } from '@/lib/i18n/server';

export const dynamic = 'force-dynamic';

export default async function PhoneAccessPage() {
  const session = await requireSession();
  const { t } = await getT();
  const db = getDb();
  // The password is write-only: the form learns only whether one is set, and asks for it on "Show".
  const { password, ...settings } = phoneAccessView(getPhoneAccess(db, session.tenant.id));
  const blocked = activeBlocks(db, new Date(), session.tenant.id).map((b) => ({ ...b, blockedAt: b.blockedAt.getTime(), until: b.until.getTime() }));
  return (
    <>
      <PageHeader title={t('pbx:phoneAccess.title')} description={t('pbx:phoneAccess.description')} />
      <div className="flex flex-col gap-6">
        <PhoneAccessForm settings={{ ...settings, password: '' }} hasPassword={password !== ''} />
        <BlockedAddressesCard initial={blocked} />
      </div>
    </>
  );
}
