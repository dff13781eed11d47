'use client';

import { useFormContext } from 'react-hook-form';
import { FormField } from '@/components/forms/form-field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { useT } from '@/lib/i18n/client';
import { PHONE_LANGUAGES, TIME_ZONES, withCurrent } from '@/lib/phone-options';
import type { DeviceFormValues } from '@/lib/validation/device-form';

type SettingsFieldsProps = { pbxDefaults: { language: string; timeZone: string }; isEdit: boolean; hasAdminPassword: boolean };

/** Admin credentials (the password is write-only) and the phone's language and time zone. */
export function SettingsFields({ pbxDefaults, isEdit, hasAdminPassword }: SettingsFieldsProps) {
  const t = useT('devices');
  const { register, getValues } = useFormContext<DeviceFormValues>();
  const languages = withCurrent(PHONE_LANGUAGES, getValues('language') as string | null);
  const zones = withCurrent(TIME_ZONES, getValues('timeZone') as string | null);
  const passwordHint = isEdit
    ? [hasAdminPassword && t('fields.adminPasswordIsSet'), t('fields.adminPasswordKeep')].filter(Boolean).join(' ')
    : t('fields.adminPasswordGenerated');
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <FormField name="adminUsername" label={t('fields.adminUsername')}>
        <Input {...register('adminUsername')} autoComplete="off" spellCheck={false} />
      </FormField>
      <FormField name="adminPassword" label={t('fields.adminPassword')} hint={passwordHint}>
        <Input {...register('adminPassword')} type="password" autoComplete="new-password" />
      </FormField>
      <FormField name="language" label={t('fields.language')}>
        <Select {...register('language')}>
          <option value="">{t('fields.pbxDefault', { value: pbxDefaults.language })}</option>
          {languages.map((code) => (
            <option key={code} value={code}>
              {t(`languages.${code}`, { defaultValue: code })}
            </option>
          ))}
        </Select>
      </FormField>
      <FormField name="timeZone" label={t('fields.timeZone')}>
        <Select {...register('timeZone')}>
          <option value="">{t('fields.pbxDefault', { value: pbxDefaults.timeZone })}</option>
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </Select>
      </FormField>
    </div>
  );
}
