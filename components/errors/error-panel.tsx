'use client';

import { Button, buttonClasses } from '@/components/ui/button';
import { StatusPanel } from '@/components/ui/status-panel';
import { useT } from '@/lib/i18n/client';

/** Server errors reach the browser without their message; the digest is what the server log shows beside it. */
const digestOf = (error: unknown) => (error instanceof Error && 'digest' in error && typeof error.digest === 'string' ? error.digest : undefined);

/** The body of error.tsx and global-error.tsx. `retry` refetches the failed segment from the server and renders it again. */
export function ErrorPanel({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useT();
  const digest = digestOf(error);
  return (
    <StatusPanel
      tone="danger"
      eyebrow={t('errors.unexpected.eyebrow')}
      title={t('errors.unexpected.title')}
      description={t('errors.unexpected.description')}
      note={digest && t('errors.unexpected.reference', { digest })}
      actions={
        <>
          <Button variant="primary" onClick={retry}>
            {t('errors.unexpected.retry')}
          </Button>
          {/* A full page load, not a client navigation: after a failure the client router's state is not to be trusted. */}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
          <a href="/" className={buttonClasses()}>
            {t('errors.backToDashboard')}
          </a>
        </>
      }
    />
  );
}
