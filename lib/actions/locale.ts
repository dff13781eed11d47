'use server';

import { refresh } from 'next/cache';
import { cookies } from 'next/headers';
import { isLanguage, LOCALE_COOKIE } from '@/lib/i18n/settings';

/** Remembers the console language for a year and re-renders the current page in it. */
export async function setLocaleAction(lng: unknown): Promise<void> {
  if (!isLanguage(lng)) return;
  (await cookies()).set(LOCALE_COOKIE, lng, { path: '/', sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 });
  refresh();
}
