'use client';

import { useController, useFormContext, useWatch } from 'react-hook-form';
import { FormField } from '@/components/forms/form-field';
import { Checkbox } from '@/components/ui/checkbox';
import { Select } from '@/components/ui/select';
import { useT } from '@/lib/i18n/client';
import { ROLE_CHOICES } from '@/lib/validation/users';

export type TenantChoice = { id: number; name: string };

/** The role select and, unless the role is owner (who reaches every tenant), the tenants to reach; inside a FormProvider. */
export function AccessFields({ tenants }: { tenants: TenantChoice[] }) {
  const t = useT('users');
  const { register, control } = useFormContext<{ role: string; tenantIds: number[] }>();
  const role = useWatch({ control, name: 'role' });
  const { field } = useController({ control, name: 'tenantIds' });
  const chosen = new Set(field.value ?? []);
  const toggle = (id: number, isOn: boolean) => field.onChange(tenants.map((x) => x.id).filter((x) => (x === id ? isOn : chosen.has(x))));
  return (
    <>
      <FormField name="role" label={t('users.form.role')} hint={t(`roleHints.${role}`)} isRequired>
        <Select {...register('role')}>
          {ROLE_CHOICES.map((choice) => (
            <option key={choice} value={choice}>
              {t(`roles.${choice}`)}
            </option>
          ))}
        </Select>
      </FormField>
      {role !== 'owner' && (
        <FormField name="tenantIds" label={t('users.form.tenants')} hint={t('users.form.tenantsHint')} isRequired>
          <div className="flex flex-col gap-2" role="group" aria-label={t('users.form.tenants')}>
            {tenants.map((tenant) => (
              <Checkbox
                key={tenant.id}
                label={tenant.name}
                checked={chosen.has(tenant.id)}
                onChange={(e) => toggle(tenant.id, e.target.checked)}
                onBlur={field.onBlur}
              />
            ))}
          </div>
        </FormField>
      )}
    </>
  );
}

/** "All tenants" for an owner, else the names of the assigned tenants. */
export function TenantNames({ role, tenants }: { role: string; tenants: TenantChoice[] }) {
  const t = useT('users');
  if (role === 'owner') return <span className="text-slate-500">{t('users.allTenants')}</span>;
  return <span>{tenants.map((x) => x.name).join(', ')}</span>;
}
