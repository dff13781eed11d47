import { Link } from '@/components/ui/link';
import { getDb } from '@/db/client';
import { newDeviceValues } from '@/components/devices/device-defaults';
import { DeviceForm } from '@/components/devices/device-form';
import { PageHeader } from '@/components/ui/page-header';
import { requireWriter } from '@/lib/auth/session';
import { getT } from '@/lib/i18n/server';
import { formatMac, normaliseMac } from '@/lib/mac';
import { paramsRecord } from '@/lib/validation/list-params';
import { deviceFormChoices } from '@/db/queries/device-models';
import { getPbxSettings } from '@/db/queries/pbx';
import { unknownDeviceByMac } from '@/db/queries/unknown-devices';
import { guessModel } from '@/lib/model-guess';
import { found } from '@/lib/errors';

export const dynamic = 'force-dynamic';

/**
 * Also the target of "create device from unknown device": `?mac=…` and optionally `&model=<id>`; without it, the model
 * (and so its template) is guessed from what the unknown phone's requests told (vendor, model).
 */
export default async function NewDevicePage(props: PageProps<'/devices/new'>) {
  const session = await requireWriter();
  const { t } = await getT();
  const db = getDb();
  const query = paramsRecord(await props.searchParams);
  const mac = query.mac ? normaliseMac(query.mac) : null;
  const catalogue = deviceFormChoices(db, session.tenant.id);
  const pbx = found(getPbxSettings(db, session.tenant.id), 'pbx settings');
  const unknown = mac && !query.model ? unknownDeviceByMac(db, session.tenant.id, mac) : undefined;
  const modelId = Number(query.model) || (unknown ? guessModel(catalogue, unknown) : undefined);
  return (
    <>
      <PageHeader
        title={t('devices:newTitle')}
        back={
          <Link href="/devices" className="text-brand-700 hover:underline">
            ← {t('devices:backToList')}
          </Link>
        }
      />
      <DeviceForm
        catalogue={catalogue}
        defaultValues={newDeviceValues(catalogue, { mac: mac ? formatMac(mac, 'colon-upper') : query.mac, modelId })}
        lineAccounts={[]}
        pbxDefaults={{ language: pbx.language, timeZone: pbx.timeZone }}
      />
    </>
  );
}
