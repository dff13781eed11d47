import { getT } from '@/lib/i18n/server';
import { provisioningUrls } from '@/lib/provisioning/context';
import { serverFacts } from '@/lib/provisioning/server-facts';

export const dynamic = 'force-dynamic';

export default async function Home() {
  const { t } = await getT();
  const urls = provisioningUrls(serverFacts(), { uuid: '', name: '', isDefault: true });
  return (
    <main className="home">
      <h1>{t('app.name')}</h1>
      <p>{t('app.tagline')}</p>
      <p>{t('home.running')}</p>
      <p>{t('home.files', { url: urls.https })}</p>
      <p>
        <a href="/api/v1/openapi.json">{t('home.api')}</a>
      </p>
    </main>
  );
}
