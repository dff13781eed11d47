'use client';

import type { EditorView } from '@codemirror/view';
import { zodResolver } from '@hookform/resolvers/zod';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Route } from 'next';
import dynamic from 'next/dynamic';
import { useRouter } from 'next/navigation';
import { type ChangeEvent, useMemo, useRef, useState } from 'react';
import { useController, useForm, useWatch } from 'react-hook-form';
import { toast } from 'sonner';
import { FormField } from '@/components/forms/form-field';
import { PageForm } from '@/components/forms/page-form';
import { useCanWrite } from '@/components/layout/console-context';
import { useActionForm } from '@/components/forms/use-action-form';
import { useDebouncedValue } from '@/components/forms/use-debounced-value';
import { useErrorText } from '@/components/forms/use-error-text';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { FieldError } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import type { ActionResult } from '@/lib/action-result';
import { createTemplateAction, updateTemplateAction } from '@/lib/actions/templates';
import { fetchJson } from '@/lib/fetch-json';
import { useT } from '@/lib/i18n/client';
import { dashboardKeys, deviceKeys, modelKeys, templateKeys } from '@/lib/query-keys';
import type { TemplateIssue } from '@/lib/templates/issues';
import { templateFormatFor } from '@/lib/templates/content-type';
import { TEMPLATE_FORMATS, type TemplateFormat } from '@/lib/templates/escape';
import { TEMPLATE_LINE_ENDINGS } from '@/lib/validation/entities';
import { type TemplateFormOutput, templateFormSchema, type TemplateFormValues } from '@/lib/validation/template-form';
import { insertAtCursor, jumpTo } from './editor-commands';
import { IssueList, issuesOf } from './issue-list';
import { PlaceholderPalette } from './placeholder-palette';
import { paletteEntries } from './placeholder-options';
import { fetchPreview } from './preview-request';
import { RenderPreview } from './render-preview';
import type { DeviceRef } from '@/db/queries/devices';
import type { ModelOption } from '@/db/queries/device-models';

const CodeEditor = dynamic(() => import('./code-editor').then((m) => m.CodeEditor), {
  ssr: false,
  loading: () => <div aria-hidden className="h-full animate-pulse bg-slate-50" />,
});

type TemplateEditorProps = {
  models: ModelOption[];
  customNames: string[];
  defaultValues: TemplateFormValues;
  /** Present when editing; built-in templates are shown read-only. */
  template?: { id: number; isBuiltIn: boolean };
};

type Saved = { id: number; deviceCount?: number };

const NO_ISSUES: TemplateIssue[] = [];

/**
 * The template editor: fields, the CodeMirror body with placeholder completion and palette, the
 * issues (live from the preview, or those that refused a save) and the live preview.
 */
export function TemplateEditor({ models, customNames, defaultValues, template }: TemplateEditorProps) {
  const t = useT('templates');
  const errorText = useErrorText();
  const router = useRouter();
  const queryClient = useQueryClient();
  const isEdit = template !== undefined;
  const canWrite = useCanWrite();
  const isReadOnly = (template?.isBuiltIn ?? false) || !canWrite;
  const viewRef = useRef<EditorView | null>(null);
  const [saveIssues, setSaveIssues] = useState<TemplateIssue[]>(NO_ISSUES);
  const [deviceId, setDeviceId] = useState<number | null>(null);
  const [isFormatChosen, setFormatChosen] = useState(false);

  const form = useForm<TemplateFormValues, unknown, TemplateFormOutput>({ resolver: zodResolver(templateFormSchema), defaultValues, mode: 'onTouched' });
  const { field: bodyField, fieldState: bodyState } = useController({ control: form.control, name: 'body' });
  const format = useWatch({ control: form.control, name: 'format' }) as TemplateFormat;
  const modelId = Number(useWatch({ control: form.control, name: 'modelId' })) || null;
  const body = String(bodyField.value ?? '');

  const entries = useMemo(() => paletteEntries(customNames), [customNames]);
  const completions = useMemo(
    () => entries.map((e) => ({ label: e.token, detail: t(`palette.groups.${e.group}`), info: e.example, type: 'variable' })),
    [entries, t],
  );

  const devicesQuery = useQuery({
    queryKey: modelKeys.devices(modelId ?? 0),
    queryFn: ({ signal }) => fetchJson<DeviceRef[]>(`/api/console/device-models/devices?modelId=${modelId}`, signal),
    enabled: modelId !== null,
  });
  const devices = modelId === null ? [] : (devicesQuery.data ?? []);
  const previewDeviceId = devices.some((d) => d.id === deviceId) ? deviceId : null;

  const debouncedBody = useDebouncedValue(body, 400);
  const previewInput = useMemo(() => ({ body: debouncedBody, format, deviceId: previewDeviceId, modelId }), [debouncedBody, format, previewDeviceId, modelId]);
  const preview = useQuery({
    queryKey: templateKeys.preview(previewInput),
    queryFn: ({ signal }) => fetchPreview(previewInput, signal),
    enabled: previewInput.body.trim() !== '',
    placeholderData: keepPreviousData,
  });
  const isPreviewCurrent = previewInput.body === body;
  const isEmpty = body.trim() === '';
  // The last preview's issues stay listed while typing (no flicker) until the next one answers.
  const shownIssues = useMemo(() => {
    if (saveIssues.length > 0) return saveIssues;
    return preview.data && !preview.data.ok && !isEmpty ? preview.data.issues : NO_ISSUES;
  }, [saveIssues, preview.data, isEmpty]);
  const issueLines = useMemo(() => shownIssues.map((i) => i.line), [shownIssues]);

  const save = async (values: TemplateFormOutput): Promise<ActionResult<Saved>> => {
    setSaveIssues(NO_ISSUES);
    const result = isEdit ? await updateTemplateAction(template.id, values) : await createTemplateAction(values);
    if (!result.ok) setSaveIssues(issuesOf(result.details));
    return result;
  };
  const { submit, formError } = useActionForm(form, save, {
    onSuccess: async (saved, values) => {
      await Promise.all([templateKeys.all, modelKeys.all, deviceKeys.all, dashboardKeys.all].map((queryKey) => queryClient.invalidateQueries({ queryKey })));
      if (!isEdit) {
        toast.success(t('created', { name: values.name }));
        router.push(`/templates/${saved.id}` as Route);
        return;
      }
      toast.success(saved.deviceCount ? t('savedDevices', { name: values.name, count: saved.deviceCount }) : t('saved', { name: values.name }));
      form.reset({ ...form.getValues(), comment: '' });
      router.refresh();
    },
  });

  const onBodyChange = (next: string) => {
    if (saveIssues.length > 0) setSaveIssues(NO_ISSUES);
    bodyField.onChange(next);
  };
  // A new template's format follows the chosen model's content type until the admin picks a format.
  const followModelFormat = (value: string) => {
    const model = models.find((m) => m.id === Number(value));
    if (!isEdit && !isFormatChosen && model) form.setValue('format', templateFormatFor(model.contentType));
  };
  const insert = (token: string) => viewRef.current && insertAtCursor(viewRef.current, token);
  const jump = (issue: TemplateIssue) => viewRef.current && jumpTo(viewRef.current, issue.line, issue.column);
  const bodyError = errorText(bodyState.error);
  const { register } = form;

  return (
    <PageForm
      form={form}
      submit={submit}
      formError={formError}
      readOnlyNotice={isReadOnly ? t('builtInNotice') : null}
      cancelHref="/templates"
      submitLabel={isEdit ? t('save') : t('create')}
    >
      <Card labelledBy="template-fields">
        <CardHeader id="template-fields" title={t('sections.template')} />
        <CardBody>
          <fieldset disabled={isReadOnly} className="grid min-w-0 gap-4 md:grid-cols-2 xl:grid-cols-5">
            <FormField name="name" label={t('fields.name')} isRequired>
              <Input {...register('name')} autoComplete="off" />
            </FormField>
            <FormField name="modelId" label={t('fields.model')} isRequired>
              <Select {...register('modelId', { onChange: (e: ChangeEvent<HTMLSelectElement>) => followModelFormat(e.target.value) })}>
                <option value="">{t('fields.chooseModel')}</option>
                {models.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name.startsWith(m.brandName) ? m.name : `${m.brandName} — ${m.name}`}
                  </option>
                ))}
              </Select>
            </FormField>
            <FormField name="firmware" label={t('fields.firmware')} hint={t('fields.firmwareHint')}>
              <Input {...register('firmware')} autoComplete="off" />
            </FormField>
            <FormField name="format" label={t('fields.format')} isRequired>
              <Select {...register('format', { onChange: () => setFormatChosen(true) })}>
                {TEMPLATE_FORMATS.map((f) => (
                  <option key={f} value={f}>
                    {t(`formats.${f}`)}
                  </option>
                ))}
              </Select>
            </FormField>
            <FormField name="lineEndings" label={t('fields.lineEndings')} hint={t('fields.lineEndingsHint')} isRequired>
              <Select {...register('lineEndings')}>
                {TEMPLATE_LINE_ENDINGS.map((l) => (
                  <option key={l} value={l}>
                    {t(`lineEndings.${l}`)}
                  </option>
                ))}
              </Select>
            </FormField>
            {!isReadOnly && (
              <FormField name="comment" label={t('fields.comment')} hint={t('fields.commentHint')} className="md:col-span-2 xl:col-span-5">
                <Input {...register('comment')} autoComplete="off" maxLength={200} />
              </FormField>
            )}
          </fieldset>
        </CardBody>
      </Card>
      <div className="grid items-start gap-6 xl:grid-cols-[minmax(0,1fr)_16rem]">
        <Card labelledBy="template-body" className="min-w-0">
          <CardHeader id="template-body" title={t('sections.body')} description={t('sections.bodyDescription')} />
          <CardBody className="flex flex-col gap-3">
            <div
              ref={() => bodyField.ref({ focus: () => viewRef.current?.focus() })}
              className={`h-[34rem] overflow-hidden rounded-md ring-1 ${bodyError ? 'ring-red-500' : 'ring-slate-300'}`}
            >
              <CodeEditor
                value={body}
                onChange={onBodyChange}
                format={format}
                isReadOnly={isReadOnly}
                completions={completions}
                issueLines={issueLines}
                ariaLabel={t('fields.body')}
                ariaDescribedBy={bodyError ? 'template-body-error' : undefined}
                onReady={(view) => {
                  viewRef.current = view;
                }}
              />
            </div>
            <FieldError id="template-body-error" message={bodyError} className="mt-0" />
            <IssueList title={saveIssues.length > 0 ? t('issues.titleSave') : t('issues.title')} issues={shownIssues} onJump={jump} />
          </CardBody>
        </Card>
        <PlaceholderPalette entries={entries} onInsert={insert} isDisabled={isReadOnly} className="xl:sticky xl:top-20" />
      </div>
      <RenderPreview
        devices={devices}
        deviceId={previewDeviceId}
        onDeviceChange={setDeviceId}
        preview={previewInput.body.trim() === '' ? undefined : preview.data}
        isFetching={preview.isFetching || !isPreviewCurrent}
        isError={preview.isError}
        isEmpty={isEmpty}
      />
    </PageForm>
  );
}
