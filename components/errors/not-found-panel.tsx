import { Link } from '@/components/ui/link';
import { buttonClasses } from '@/components/ui/button';
import { StatusPanel } from '@/components/ui/status-panel';
import { getT } from '@/lib/i18n/server';

export async function NotFoundPanel() {
  const { t } = await getT();
  return (
    <StatusPanel
      eyebrow={t('errors.notFound.eyebrow')}
      title={t('errors.notFound.title')}
      description={t('errors.notFound.description')}
      actions={
        <Link href="/" className={buttonClasses({ variant: 'primary' })}>
          {t('errors.backToDashboard')}
        </Link>
      }
    />
  );
}
