'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import type { Route } from 'next';
import { useRouter } from 'next/navigation';
import { type FormEventHandler, useState } from 'react';
import { type Control, useForm, useWatch } from 'react-hook-form';
import { toast } from 'sonner';
import { FormField } from '@/components/forms/form-field';
import { PageForm } from '@/components/forms/page-form';
import { useActionForm } from '@/components/forms/use-action-form';
import { IssueList, issuesOf } from '@/components/templates/issue-list';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import type { ActionResult } from '@/lib/action-result';
import { createDeviceModelAction, updateDeviceModelAction } from '@/lib/actions/device-models';
import { useT } from '@/lib/i18n/client';
import { dashboardKeys, deviceKeys, modelKeys, templateKeys } from '@/lib/query-keys';
import type { TemplateIssue } from '@/lib/templates/issues';
import { type DeviceModelFormOutput, deviceModelFormSchema, type DeviceModelFormValues, NEW_CHOICE } from '@/lib/validation/device-model-form';
import { CommonFilesFields } from './common-files-fields';
import { FileNameChangesPreview } from './file-name-changes-preview';
import { RuleFields } from './rule-fields';
import { type FileNameChangesRequest, useFileNameChanges } from './use-file-name-changes';
import type { ModelFormChoices } from '@/db/queries/device-models';
import { MAC_FORMATS, type MacFormat } from '@/lib/mac';

const CONTENT_TYPES = ['application/xml', 'text/xml', 'text/plain', 'application/octet-stream'];

/**
 * The preview request when an edited model would get another rule (picked, or created inline): its devices'
 * files would be renamed. Null when creating, when the rule is unchanged or not chosen yet.
 */
function useRuleChange(
  control: Control<DeviceModelFormValues, unknown, DeviceModelFormOutput>,
  catalogue: ModelFormChoices,
  modelId: number | null,
  stored: string,
) {
  const [choice, draft] = useWatch({ control, name: ['filenameRuleId', 'newFilenameRule'] });
  if (modelId === null || choice === '' || choice === stored) return null;
  const rule = choice === NEW_CHOICE ? draft : catalogue.rules.find((r) => String(r.id) === choice);
  if (!rule || !MAC_FORMATS.includes(rule.macFormat as MacFormat)) return null;
  return { modelId, prefix: rule.prefix, macFormat: rule.macFormat as MacFormat, suffix: rule.suffix } satisfies FileNameChangesRequest;
}

type ModelFormProps = {
  catalogue: ModelFormChoices;
  defaultValues: DeviceModelFormValues;
  /** Present when editing; built-in models are shown read-only. */
  model?: { id: number; isBuiltIn: boolean };
};

/** Create or edit a device model; brand and file-name rule can be created inline, as in the guide. */
export function ModelForm({ catalogue, defaultValues, model }: ModelFormProps) {
  const t = useT('models');
  const router = useRouter();
  const queryClient = useQueryClient();
  const isEdit = model !== undefined;
  const isReadOnly = model?.isBuiltIn ?? false;
  const [fileIssues, setFileIssues] = useState<TemplateIssue[]>([]);
  const form = useForm<DeviceModelFormValues, unknown, DeviceModelFormOutput>({
    resolver: zodResolver(deviceModelFormSchema),
    defaultValues,
    mode: 'onTouched',
  });
  const brandChoice = useWatch({ control: form.control, name: 'brandId' });
  const ruleChange = useRuleChange(form.control, catalogue, isEdit && !isReadOnly ? model.id : null, defaultValues.filenameRuleId);
  const renames = useFileNameChanges(ruleChange);
  const [isConfirming, setConfirming] = useState(false);

  const save = async (values: DeviceModelFormOutput): Promise<ActionResult<{ id: number; name: string }>> => {
    setFileIssues([]);
    const result = isEdit ? await updateDeviceModelAction(model.id, values) : await createDeviceModelAction(values);
    if (!result.ok) setFileIssues(issuesOf(result.details));
    return result;
  };
  const { submit, formError } = useActionForm(form, save, {
    onSuccess: async (saved) => {
      await Promise.all([modelKeys.all, templateKeys.all, deviceKeys.all, dashboardKeys.all].map((queryKey) => queryClient.invalidateQueries({ queryKey })));
      toast.success(t(isEdit ? 'saved' : 'created', { name: saved.name }));
      if (isEdit) router.refresh();
      else router.push(`/device-models/${saved.id}` as Route);
    },
  });
  const { register } = form;
  // Phones asking for the old names get 404 once saved: a rule change that renames files is confirmed first.
  const needsConfirmation =
    ruleChange !== null && (renames.changes === undefined || renames.changes === null || renames.changes.count > 0 || renames.changes.collisionCount > 0);
  const submitOrConfirm: FormEventHandler<HTMLFormElement> = (event) => {
    if (!needsConfirmation) return submit(event);
    event.preventDefault();
    void form.trigger().then((isValid) => isValid && setConfirming(true));
  };

  return (
    <PageForm
      form={form}
      submit={submitOrConfirm}
      formError={formError}
      readOnlyNotice={isReadOnly ? t('builtInNotice') : null}
      cancelHref="/device-models"
      submitLabel={isEdit ? t('save') : t('create')}
    >
      <fieldset disabled={isReadOnly} className="flex min-w-0 flex-col gap-6">
        <Card labelledBy="model-main">
          <CardHeader id="model-main" title={t('sections.model')} />
          <CardBody className="grid gap-4 md:grid-cols-2">
            <FormField name="name" label={t('fields.name')} isRequired>
              <Input {...register('name')} autoComplete="off" />
            </FormField>
            <FormField name="contentType" label={t('fields.contentType')} hint={t('fields.contentTypeHint')} isRequired>
              <Input {...register('contentType')} autoComplete="off" spellCheck={false} list="model-content-types" className="font-mono" />
            </FormField>
            <datalist id="model-content-types">
              {CONTENT_TYPES.map((type) => (
                <option key={type} value={type} />
              ))}
            </datalist>
          </CardBody>
        </Card>
        <Card labelledBy="model-brand">
          <CardHeader id="model-brand" title={t('sections.brand')} description={t('sections.brandDescription')} />
          <CardBody className="grid gap-4 md:grid-cols-2">
            <FormField name="brandId" label={t('fields.brand')} isRequired>
              <Select {...register('brandId')}>
                <option value="">{t('fields.chooseBrand')}</option>
                {catalogue.brands.map((b) => (
                  <option key={b.id} value={b.id}>
                    {b.name}
                  </option>
                ))}
                <option value={NEW_CHOICE}>{t('fields.newBrandOption')}</option>
              </Select>
            </FormField>
            {brandChoice === NEW_CHOICE && (
              <FormField name="newBrandName" label={t('fields.newBrandName')} isRequired>
                <Input {...register('newBrandName')} autoComplete="off" autoFocus />
              </FormField>
            )}
          </CardBody>
        </Card>
        <Card labelledBy="model-rule">
          <CardHeader id="model-rule" title={t('sections.rule')} description={t('sections.ruleDescription')} />
          <CardBody>
            <RuleFields rules={catalogue.rules} />
            {ruleChange && (
              <div className="mt-4">
                <FileNameChangesPreview changes={renames.changes} isLoading={renames.isLoading} isError={renames.isError} />
              </div>
            )}
          </CardBody>
        </Card>
        <Card labelledBy="model-common">
          <CardHeader id="model-common" title={t('sections.commonFiles')} description={t('sections.commonFilesDescription')} />
          <CardBody className="flex flex-col gap-4">
            <IssueList title={t('issuesTitle')} issues={fileIssues} />
            <CommonFilesFields isReadOnly={isReadOnly} />
          </CardBody>
        </Card>
      </fieldset>
      {isConfirming && (
        <ConfirmDialog
          open
          onOpenChange={(open) => !open && setConfirming(false)}
          title={t('renames.confirmTitle', { count: renames.changes?.count ?? 0 })}
          description={t('renames.confirmDescription')}
          confirmLabel={t('renames.confirm')}
          isPending={renames.changes === undefined || renames.isLoading}
          onConfirm={() => {
            setConfirming(false);
            void submit();
          }}
        >
          <FileNameChangesPreview changes={renames.changes} isLoading={renames.isLoading} isError={renames.isError} />
        </ConfirmDialog>
      )}
    </PageForm>
  );
}
