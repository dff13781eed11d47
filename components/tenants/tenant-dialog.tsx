'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { FormProvider, useForm } from 'react-hook-form';
import { toast } from 'sonner';
import { FormField } from '@/components/forms/form-field';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog, DialogClose, DialogContent, DialogFooter } from '@/components/ui/dialog';
import { Input } from '@/components/ui/input';
import { createTenantAction, renameTenantAction } from '@/lib/actions/tenants';
import type { TenantRow } from '@/lib/console/tenant-list';
import { useT } from '@/lib/i18n/client';
import { type TenantInput, tenantSchema } from '@/lib/validation/entities';

/** Create (tenant = null) or rename a tenant. */
export function TenantDialog({ tenant, onClose }: { tenant: TenantRow | null; onClose: () => void }) {
  const t = useT('tenants');
  const router = useRouter();
  const isRename = tenant !== null;
  const form = useForm<TenantInput>({ resolver: zodResolver(tenantSchema), defaultValues: { name: tenant?.name ?? '' }, mode: 'onTouched' });
  const save = (values: TenantInput) => (isRename ? renameTenantAction(tenant.id, values) : createTenantAction(values));
  const { submit, formError } = useActionForm(form, save, {
    onSuccess: (data) => {
      toast.success(isRename ? t('renamed', { name: data.name }) : t('created', { name: data.name }));
      router.refresh();
      onClose();
    },
  });

  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent title={isRename ? t('form.renameTitle', { name: tenant.name }) : t('form.createTitle')} description={isRename ? undefined : t('form.createHint')}>
        <FormProvider {...form}>
          <form onSubmit={submit} noValidate className="flex flex-col gap-4">
            {formError && <Alert>{formError}</Alert>}
            <FormField name="name" label={t('form.name')} hint={t('form.nameHint')} isRequired>
              <Input {...form.register('name')} autoComplete="off" autoFocus />
            </FormField>
            <DialogFooter>
              <DialogClose asChild>
                <Button>{t('common:ui.cancel')}</Button>
              </DialogClose>
              <Button type="submit" variant="primary" isPending={form.formState.isSubmitting}>
                {isRename ? t('form.save') : t('form.create')}
              </Button>
            </DialogFooter>
          </form>
        </FormProvider>
      </DialogContent>
    </Dialog>
  );
}
