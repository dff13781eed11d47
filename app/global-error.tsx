'use client';

import { useMemo, useSyncExternalStore } from 'react';
import { I18nextProvider } from 'react-i18next';
import { ErrorPanel } from '@/components/errors/error-panel';
import { StandalonePage } from '@/components/layout/standalone-page';
import { browserLanguage } from '@/lib/i18n/browser-language';
import { createI18n } from '@/lib/i18n/instance';
import { FALLBACK_LANGUAGE } from '@/lib/i18n/settings';
import './globals.css';

const subscribe = () => () => {};
const unknownOnServer = () => null;

/**
 * Failures of the root layout itself. This replaces the layout, so there is no server-chosen
 * language and no Providers: the language comes from the browser, the strings from the same
 * bundled locales. The server render has no document to ask, so it leaves lang unset and the
 * browser fills it in after hydration.
 */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  const lng = useSyncExternalStore(subscribe, browserLanguage, unknownOnServer);
  const i18n = useMemo(() => createI18n(lng ?? FALLBACK_LANGUAGE), [lng]);
  return (
    <html lang={lng ?? undefined}>
      <body>
        <I18nextProvider i18n={i18n}>
          <title>{i18n.t('errors.unexpected.title')}</title>
          <StandalonePage>
            <ErrorPanel error={error} retry={retry} />
          </StandalonePage>
        </I18nextProvider>
      </body>
    </html>
  );
}
