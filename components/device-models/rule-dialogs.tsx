'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { toast } from 'sonner';
import { FormDialog } from '@/components/forms/form-dialog';
import { FormField } from '@/components/forms/form-field';
import { useActionForm } from '@/components/forms/use-action-form';
import { DeleteDialog } from '@/components/ui/delete-dialog';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { deleteFilenameRuleAction, updateFilenameRuleAction } from '@/lib/actions/brands-and-rules';
import { exampleFileName } from '@/lib/file-name-rule';
import type { MacFormat } from '@/lib/mac';
import { isMacFormat, MacFormatOptions } from './mac-format-options';
import { useT } from '@/lib/i18n/client';
import { dashboardKeys, deviceKeys, fileKeys, modelKeys } from '@/lib/query-keys';
import { type FilenameRuleInput, filenameRuleSchema } from '@/lib/validation/entities';
import { FileNameChangesPreview } from './file-name-changes-preview';
import { UsedByCell } from './used-by-cell';
import { useFileNameChanges } from './use-file-name-changes';
import type { RuleRow } from '@/db/queries/brands-and-rules';

/** The form's values: the shared schema's input (one schema for the dialog and the action). */
type RuleValues = z.input<typeof filenameRuleSchema>;

/** What a list refresh after a rule change must reload: the files of its devices changed names. */
function useInvalidateAfterRename() {
  const queryClient = useQueryClient();
  return () => Promise.all([modelKeys.all, deviceKeys.all, fileKeys.all, dashboardKeys.all].map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}

/**
 * Edits a custom file-name rule; below the fields, the old → new names of the files it renames (and the
 * new names already taken). Saving renames them in the same transaction as the rule.
 */
export function EditRuleDialog({ rule, onClose }: { rule: RuleRow; onClose: () => void }) {
  const t = useT('models');
  const invalidate = useInvalidateAfterRename();
  const form = useForm<RuleValues, unknown, FilenameRuleInput>({
    resolver: zodResolver(filenameRuleSchema),
    defaultValues: { name: rule.name, prefix: rule.prefix, macFormat: rule.macFormat as MacFormat, suffix: rule.suffix },
    mode: 'onTouched',
  });
  const [prefix = '', macFormat, suffix = ''] = useWatch({ control: form.control, name: ['prefix', 'macFormat', 'suffix'] });
  const isChanged = prefix !== rule.prefix || macFormat !== rule.macFormat || suffix !== rule.suffix;
  const { changes, isLoading, isError } = useFileNameChanges(isChanged && isMacFormat(macFormat) ? { ruleId: rule.id, prefix, macFormat, suffix } : null);
  const { submit, formError } = useActionForm(form, (values: FilenameRuleInput) => updateFilenameRuleAction(rule.id, values), {
    onSuccess: async (saved) => {
      await invalidate();
      toast.success(t('rules.saved', { name: saved.name, count: saved.renamed }));
      onClose();
    },
  });
  const example = isMacFormat(macFormat) ? exampleFileName({ prefix, macFormat, suffix }) : null;
  const renames = changes?.count ?? 0;

  return (
    <FormDialog
      form={form}
      title={t('rules.editTitle', { name: rule.name })}
      description={t('rules.editDescription')}
      className="max-w-2xl"
      submit={submit}
      formError={formError}
      submitLabel={renames > 0 ? t('rules.saveAndRename', { count: renames }) : t('rules.save')}
      onClose={onClose}
    >
      <div className="grid gap-4 md:grid-cols-2">
        <FormField name="name" label={t('fields.ruleName')} isRequired className="md:col-span-2">
          <Input {...form.register('name')} autoComplete="off" />
        </FormField>
        <FormField name="prefix" label={t('fields.prefix')}>
          <Input {...form.register('prefix')} autoComplete="off" spellCheck={false} className="font-mono" />
        </FormField>
        <FormField name="suffix" label={t('fields.suffix')}>
          <Input {...form.register('suffix')} autoComplete="off" spellCheck={false} className="font-mono" />
        </FormField>
        <FormField name="macFormat" label={t('fields.macFormat')} isRequired className="md:col-span-2">
          <Select {...form.register('macFormat')}>
            <MacFormatOptions />
          </Select>
        </FormField>
      </div>
      <p className="text-sm text-slate-600">
        {t('fields.example')}: <span className="font-mono text-slate-900">{example}</span>
      </p>
      <FileNameChangesPreview changes={isChanged ? changes : null} isLoading={isLoading} isError={isError} />
    </FormDialog>
  );
}

/** Deletes an unused custom rule; while models use it, a notice names them instead. */
export function DeleteRuleDialog({ rule, onClose }: { rule: RuleRow; onClose: () => void }) {
  const t = useT('models');
  const queryClient = useQueryClient();
  const blocked =
    rule.models.length > 0
      ? {
          title: t('rules.blockedTitle', { name: rule.name }),
          description: t('rules.blockedDescription'),
          okLabel: t('blocked.ok'),
          children: (
            <div className="rounded-md bg-slate-50 p-3 ring-1 ring-slate-200">
              <UsedByCell usage={rule} />
            </div>
          ),
        }
      : null;
  return (
    <DeleteDialog
      title={t('rules.deleteTitle', { name: rule.name })}
      description={t('rules.deleteDescription')}
      confirmLabel={t('rules.deleteConfirm')}
      blocked={blocked}
      onClose={onClose}
      onConfirm={async () => {
        const result = await deleteFilenameRuleAction(rule.id);
        if (!result.ok) {
          toast.error(result.message);
          return;
        }
        await queryClient.invalidateQueries({ queryKey: modelKeys.all });
        toast.success(t('rules.deleted', { name: rule.name }));
        onClose();
      }}
    />
  );
}
