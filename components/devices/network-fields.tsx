'use client';

import { useFormContext } from 'react-hook-form';
import { FormField } from '@/components/forms/form-field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { useT } from '@/lib/i18n/client';
import type { DeviceFormValues } from '@/lib/validation/device-form';

const STATIC_FIELDS = ['ipAddress', 'netmask', 'gateway', 'dns1', 'dns2'] as const;
const REQUIRED_STATIC = new Set(['ipAddress', 'netmask', 'gateway']);
// The "static address incomplete" error sits on the IP field: re-check it when its partners change.
const STATIC_DEPS: Partial<Record<(typeof STATIC_FIELDS)[number], ['ipAddress']>> = { netmask: ['ipAddress'], gateway: ['ipAddress'] };

/** DHCP or a static address (whose fields exist only while "static" is chosen), and the VLAN. */
export function NetworkFields() {
  const t = useT('devices');
  const { register, watch } = useFormContext<DeviceFormValues>();
  const isStatic = watch('networkMode') === 'static';
  return (
    <div className="grid gap-4 md:grid-cols-3">
      <FormField name="networkMode" label={t('fields.networkMode')}>
        <Select {...register('networkMode', { deps: ['ipAddress'] })}>
          <option value="dhcp">{t('fields.dhcp')}</option>
          <option value="static">{t('fields.static')}</option>
        </Select>
      </FormField>
      <FormField name="vlanId" label={t('fields.vlanId')} hint={t('fields.vlanIdHint')}>
        <Input {...register('vlanId')} inputMode="numeric" autoComplete="off" />
      </FormField>
      <FormField name="vlanPriority" label={t('fields.vlanPriority')} hint={t('fields.vlanPriorityHint')}>
        <Input {...register('vlanPriority')} inputMode="numeric" autoComplete="off" />
      </FormField>
      {isStatic &&
        STATIC_FIELDS.map((name) => (
          <FormField key={name} name={name} label={t(`fields.${name}`)} isRequired={REQUIRED_STATIC.has(name)}>
            <Input
              {...register(name, { shouldUnregister: true, deps: STATIC_DEPS[name] })}
              inputMode="decimal"
              autoComplete="off"
              spellCheck={false}
              className="font-mono"
            />
          </FormField>
        ))}
    </div>
  );
}
