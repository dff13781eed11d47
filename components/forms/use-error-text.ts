'use client';

import type { FieldError } from 'react-hook-form';
import { useT } from '@/lib/i18n/client';
import { isI18nKey } from '@/lib/i18n/settings';

/** Client errors carry i18n keys (from the zod schemas); server errors arrive translated (type "server"). */
export function useErrorText() {
  const t = useT();
  return (error: Pick<FieldError, 'type' | 'message'> | undefined): string | undefined => {
    if (!error?.message) return error ? t('validation:invalidType') : undefined;
    if (error.type === 'server') return error.message;
    return t(isI18nKey(error.message) ? error.message : 'validation:invalidType');
  };
}
