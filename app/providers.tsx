'use client';

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useMemo, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { Toaster } from 'sonner';
import { createI18n } from '@/lib/i18n/instance';
import type { Language } from '@/lib/i18n/settings';

const TOAST_OPTIONS = { style: { paddingTop: 8, paddingBottom: 8 } };

/**
 * Client-side context for the whole app: one QueryClient per browser tab, and an i18next
 * instance over the bundled locales in the language the server rendered with (a new one when
 * the language toggle refreshes the page).
 */
export function Providers({ lng, children }: { lng: Language; children: ReactNode }) {
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { queries: { staleTime: 10_000, refetchOnWindowFocus: true, retry: 1 } } }));
  const i18n = useMemo(() => createI18n(lng), [lng]);
  return (
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>
        {children}
        {/* Over the middle of the sticky header (56 px: compact toasts fit it), whose middle holds no control: never on a table's row actions, at any width. */}
        <Toaster position="top-center" offset={{ top: 8 }} mobileOffset={{ top: 8, left: 8, right: 8 }} toastOptions={TOAST_OPTIONS} richColors closeButton />
      </I18nextProvider>
    </QueryClientProvider>
  );
}
