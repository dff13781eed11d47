import enCommon from '@/locales/en/common.json';
import enValidation from '@/locales/en/validation.json';
import itCommon from '@/locales/it/common.json';
import itValidation from '@/locales/it/validation.json';

export const resources = {
  en: { common: enCommon, validation: enValidation },
  it: { common: itCommon, validation: itValidation },
} as const;
