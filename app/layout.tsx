import type { ReactNode } from 'react';
import { requestLanguage } from '@/lib/i18n/server';
import { Providers } from './providers';
import './globals.css';

export const metadata = { title: 'Provisio' };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const lng = await requestLanguage();
  return (
    <html lang={lng}>
      <body>
        <Providers lng={lng}>{children}</Providers>
      </body>
    </html>
  );
}
