'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';
import { FormDialog } from '@/components/forms/form-dialog';
import { FormField } from '@/components/forms/form-field';
import { useActionForm } from '@/components/forms/use-action-form';
import { DeleteDialog } from '@/components/ui/delete-dialog';
import { Input } from '@/components/ui/input';
import { deleteBrandAction, renameBrandAction } from '@/lib/actions/brands-and-rules';
import { useT } from '@/lib/i18n/client';
import { dashboardKeys, deviceKeys, fileKeys, modelKeys, templateKeys } from '@/lib/query-keys';
import { type BrandInput, brandSchema } from '@/lib/validation/entities';
import { UsedByCell } from './used-by-cell';
import type { BrandRow } from '@/db/queries/brands-and-rules';

/** Renames a custom brand; a taken name is shown under the field. Its devices' files are regenerated (templates may print it). */
export function RenameBrandDialog({ brand, onClose }: { brand: BrandRow; onClose: () => void }) {
  const t = useT('models');
  const queryClient = useQueryClient();
  const form = useForm<BrandInput>({ resolver: zodResolver(brandSchema), defaultValues: { name: brand.name } });
  const { submit, formError } = useActionForm(form, (values: BrandInput) => renameBrandAction(brand.id, values), {
    onSuccess: async (saved) => {
      await Promise.all(
        [modelKeys.all, templateKeys.all, deviceKeys.all, fileKeys.all, dashboardKeys.all].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
      );
      toast.success(t('brands.renamed', { from: brand.name, name: saved.name }));
      onClose();
    },
  });
  return (
    <FormDialog
      form={form}
      title={t('brands.renameTitle', { name: brand.name })}
      description={t('brands.renameDescription', { count: brand.deviceCount })}
      submit={submit}
      formError={formError}
      submitLabel={t('brands.renameConfirm')}
      onClose={onClose}
    >
      <FormField name="name" label={t('brands.name')} isRequired>
        <Input {...form.register('name')} autoComplete="off" autoFocus onFocus={(e) => e.currentTarget.select()} />
      </FormField>
    </FormDialog>
  );
}

/** Deletes an unused custom brand; while models use it, a notice names them instead. */
export function DeleteBrandDialog({ brand, onClose }: { brand: BrandRow; onClose: () => void }) {
  const t = useT('models');
  const queryClient = useQueryClient();
  const blocked =
    brand.models.length > 0
      ? {
          title: t('brands.blockedTitle', { name: brand.name }),
          description: t('brands.blockedDescription'),
          okLabel: t('blocked.ok'),
          children: (
            <div className="rounded-md bg-slate-50 p-3 ring-1 ring-slate-200">
              <UsedByCell usage={brand} />
            </div>
          ),
        }
      : null;
  return (
    <DeleteDialog
      title={t('brands.deleteTitle', { name: brand.name })}
      description={t('brands.deleteDescription')}
      confirmLabel={t('brands.deleteConfirm')}
      blocked={blocked}
      onClose={onClose}
      onConfirm={async () => {
        const result = await deleteBrandAction(brand.id);
        if (!result.ok) {
          toast.error(result.message);
          return;
        }
        await queryClient.invalidateQueries({ queryKey: modelKeys.all });
        toast.success(t('brands.deleted', { name: brand.name }));
        onClose();
      }}
    />
  );
}
