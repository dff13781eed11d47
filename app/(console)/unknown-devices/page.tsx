import { getDb } from '@/db/client';
import { UnknownDevicesPanel } from '@/components/unknown-devices/unknown-devices-panel';
import { requireSession } from '@/lib/auth/session';
import { paramsRecord } from '@/lib/validation/list-params';
import { unknownDeviceListParamsSchema } from '@/lib/validation/list-params';
import { listUnknownDevicePage } from '@/db/queries/unknown-devices';

export const dynamic = 'force-dynamic';

export default async function UnknownDevicesPage(props: PageProps<'/unknown-devices'>) {
  const session = await requireSession();
  const params = unknownDeviceListParamsSchema.parse(paramsRecord(await props.searchParams));
  return <UnknownDevicesPanel initialParams={params} initialPage={listUnknownDevicePage(getDb(), session.tenant.id, params)} />;
}
