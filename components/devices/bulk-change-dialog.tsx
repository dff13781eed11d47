'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { type Resolver, useForm, useWatch } from 'react-hook-form';
import { FormDialog } from '@/components/forms/form-dialog';
import { FormField } from '@/components/forms/form-field';
import { useActionForm } from '@/components/forms/use-action-form';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { type BulkPreviewResult, previewBulkDevicesAction } from '@/lib/actions/device-bulk';
import { useT } from '@/lib/i18n/client';
import { PHONE_LANGUAGES, TIME_ZONES } from '@/lib/phone-options';
import { ADMIN_PASSWORD_POLICIES, type BulkAction, bulkActionSchema, type BulkTarget } from '@/lib/validation/device-bulk';
import { ModelFields } from './model-fields';
import type { DeviceFormChoices } from '@/db/queries/device-models';

/** The settings the "change a setting" form offers (the model has its own form). */
export const BULK_SETTINGS = ['vlan', 'language', 'timeZone', 'adminPassword'] as const;
export type BulkChangeKind = 'model' | 'setting';

/** Every field of every change, as the inputs hold them; the schema keeps those of the chosen `type`. */
type FormValues = {
  type: BulkAction['type'];
  modelId: string;
  templateId: string;
  vlanId: string;
  vlanPriority: string;
  language: string;
  timeZone: string;
  policy: (typeof ADMIN_PASSWORD_POLICIES)[number];
  password: string;
};

type BulkChangeDialogProps = {
  kind: BulkChangeKind;
  target: BulkTarget;
  count: number;
  catalogue: DeviceFormChoices;
  onPreview: (action: BulkAction, preview: BulkPreviewResult) => void;
  onClose: () => void;
};

/**
 * The form of a bulk change that needs values (model and template, or one setting). Submitting asks for the preview:
 * a refusal tied to a field (a template of another model, no tenant default password) shows under that field,
 * anything else moves on to the confirmation with its counts.
 */
export function BulkChangeDialog({ kind, target, count, catalogue, onPreview, onClose }: BulkChangeDialogProps) {
  const t = useT('devices');
  const form = useForm<FormValues, unknown, BulkAction>({
    resolver: zodResolver(bulkActionSchema) as unknown as Resolver<FormValues, unknown, BulkAction>,
    defaultValues: {
      type: kind === 'model' ? 'model' : 'vlan',
      modelId: '',
      templateId: '',
      vlanId: '',
      vlanPriority: '',
      language: '',
      timeZone: '',
      policy: 'set',
      password: '',
    },
  });
  const { submit, formError } = useActionForm(form, (action: BulkAction) => previewBulkDevicesAction({ target, action }), {
    onSuccess: (preview, action) => {
      const field = preview.refusal?.field;
      if (field && field in form.getValues())
        form.setError(field as keyof FormValues, { type: 'server', message: preview.refusal!.message }, { shouldFocus: true });
      else onPreview(action, preview);
    },
  });
  const { register, control } = form;
  const type = useWatch({ control, name: 'type' });
  const policy = useWatch({ control, name: 'policy' });

  return (
    <FormDialog
      form={form}
      title={t(`bulk.form.${kind}Title`, { count })}
      description={t('bulk.form.description')}
      className="max-w-2xl"
      submit={submit}
      formError={formError}
      submitLabel={t('bulk.form.review')}
      onClose={onClose}
    >
      {kind === 'model' ? (
        <ModelFields catalogue={catalogue} />
      ) : (
        <>
          <FormField name="type" label={t('bulk.form.setting')}>
            <Select {...register('type')} autoFocus>
              {BULK_SETTINGS.map((setting) => (
                <option key={setting} value={setting}>
                  {t(`bulk.settings.${setting}`)}
                </option>
              ))}
            </Select>
          </FormField>
          {type === 'vlan' && (
            <div className="grid gap-4 md:grid-cols-2">
              <FormField name="vlanId" label={t('fields.vlanId')} hint={t('fields.vlanIdHint')}>
                <Input {...register('vlanId')} inputMode="numeric" autoComplete="off" />
              </FormField>
              <FormField name="vlanPriority" label={t('fields.vlanPriority')} hint={t('fields.vlanPriorityHint')}>
                <Input {...register('vlanPriority')} inputMode="numeric" autoComplete="off" />
              </FormField>
            </div>
          )}
          {type === 'language' && (
            <FormField name="language" label={t('fields.language')}>
              <Select {...register('language')}>
                <option value="">{t('bulk.form.pbxDefault')}</option>
                {PHONE_LANGUAGES.map((code) => (
                  <option key={code} value={code}>
                    {t(`languages.${code}`, { defaultValue: code })}
                  </option>
                ))}
              </Select>
            </FormField>
          )}
          {type === 'timeZone' && (
            <FormField name="timeZone" label={t('fields.timeZone')}>
              <Select {...register('timeZone')}>
                <option value="">{t('bulk.form.pbxDefault')}</option>
                {TIME_ZONES.map((zone) => (
                  <option key={zone} value={zone}>
                    {zone}
                  </option>
                ))}
              </Select>
            </FormField>
          )}
          {type === 'adminPassword' && (
            <>
              <FormField name="policy" label={t('bulk.form.policy')}>
                <Select {...register('policy')}>
                  {ADMIN_PASSWORD_POLICIES.map((p) => (
                    <option key={p} value={p}>
                      {t(`bulk.policies.${p}`)}
                    </option>
                  ))}
                </Select>
              </FormField>
              {policy === 'set' && (
                <FormField name="password" label={t('bulk.form.password')} isRequired>
                  <Input {...register('password')} type="password" autoComplete="new-password" />
                </FormField>
              )}
            </>
          )}
        </>
      )}
    </FormDialog>
  );
}
