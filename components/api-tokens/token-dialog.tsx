'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { FormDialog } from '@/components/forms/form-dialog';
import { FormField } from '@/components/forms/form-field';
import { useActionForm } from '@/components/forms/use-action-form';
import { CopyButton } from '@/components/files/copy-button';
import { AccessFields, type TenantChoice } from '@/components/users/access-fields';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogFooter } from '@/components/ui/dialog';
import { Input } from '@/components/ui/input';
import { createApiTokenAction } from '@/lib/actions/users';
import { useT } from '@/lib/i18n/client';
import { type ApiTokenInput, apiTokenSchema } from '@/lib/validation/users';

/** A new token: name, role and tenants; then the secret, shown this once. */
export function CreateTokenDialog({ tenants, onClose }: { tenants: TenantChoice[]; onClose: () => void }) {
  const t = useT('users');
  const router = useRouter();
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const form = useForm<ApiTokenInput>({ resolver: zodResolver(apiTokenSchema), defaultValues: { name: '', role: 'viewer', tenantIds: [] }, mode: 'onTouched' });
  const { submit, formError } = useActionForm(form, createApiTokenAction, {
    onSuccess: (data) => {
      setCreated(data);
      router.refresh();
    },
  });
  if (created)
    return (
      <Dialog open onOpenChange={(isOpen) => !isOpen && onClose()}>
        <DialogContent title={t('tokens.shown.title', { name: created.name })} description={t('tokens.shown.description')}>
          <Alert tone="info">
            <code className="block break-all font-mono text-sm" data-testid="new-api-token">
              {created.token}
            </code>
          </Alert>
          <p className="text-sm text-slate-600">{t('tokens.shown.usage')}</p>
          <DialogFooter>
            <CopyButton value={created.token} label={t('tokens.shown.copy')} />
            <Button variant="primary" onClick={onClose}>
              {t('tokens.shown.done')}
            </Button>
          </DialogFooter>
        </DialogContent>
      </Dialog>
    );
  return (
    <FormDialog form={form} title={t('tokens.form.createTitle')} submit={submit} formError={formError} submitLabel={t('tokens.form.create')} onClose={onClose}>
      <FormField name="name" label={t('tokens.form.name')} hint={t('tokens.form.nameHint')} isRequired>
        <Input {...form.register('name')} autoComplete="off" autoFocus />
      </FormField>
      <AccessFields tenants={tenants} />
    </FormDialog>
  );
}
