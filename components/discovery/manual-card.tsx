import { CopyableValue } from '@/components/files/copy-button';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { getT } from '@/lib/i18n/server';

/** The fallback that always works: type the URL into the phone, then reboot it. */
export async function ManualCard({ url }: { url: string }) {
  const { t } = await getT();
  return (
    <Card labelledBy="discovery-manual">
      <CardHeader id="discovery-manual" title={t('discovery:manual.title')} description={t('discovery:manual.description')} />
      <CardBody>
        <ol className="flex list-decimal flex-col gap-3 pl-5 text-sm text-slate-700 marker:font-semibold marker:text-slate-500">
          <li>{t('discovery:manual.step1')}</li>
          <li>
            <div className="flex flex-col gap-2">
              {t('discovery:manual.step2')}
              <CopyableValue value={url} label={t('discovery:manual.copy')} />
            </div>
          </li>
          <li>{t('discovery:manual.step3')}</li>
        </ol>
      </CardBody>
    </Card>
  );
}
