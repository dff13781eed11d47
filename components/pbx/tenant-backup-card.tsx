'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { type FormEvent, useId, useState } from 'react';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import { toast } from 'sonner';
import { FormField } from '@/components/forms/form-field';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { Checkbox } from '@/components/ui/checkbox';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { tenantBackupAction } from '@/lib/actions/tenant-backup';
import { useT } from '@/lib/i18n/client';
import { type TenantBackupFormOutput, type TenantBackupFormValues, tenantBackupFormSchema } from '@/lib/validation/tenant-backup';

type Report = { models: number; templates: number; placeholders: number; accounts: number; devices: number; passwordsGenerated: number };

function download(json: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  link.click();
  URL.revokeObjectURL(url);
}

/** "Download a backup": the whole tenant as one JSON file, passwords only when ticked (sealed with a passphrase). */
function BackupForm() {
  const t = useT('pbx');
  const form = useForm<TenantBackupFormValues, unknown, TenantBackupFormOutput>({
    resolver: zodResolver(tenantBackupFormSchema),
    defaultValues: { secrets: false, passphrase: '', confirm: '' },
    mode: 'onTouched',
  });
  const { submit, formError, isSubmitting } = useActionForm(form, tenantBackupAction, {
    onSuccess: ({ json, fileName }) => {
      download(json, fileName);
      form.reset();
      toast.success(t('backup.downloaded'));
    },
  });
  const secrets = useWatch({ control: form.control, name: 'secrets' });
  return (
    <FormProvider {...form}>
      <form onSubmit={submit} noValidate className="flex flex-col gap-4" aria-labelledby="tenant-backup-download">
        <h3 id="tenant-backup-download" className="text-sm font-semibold text-slate-900">
          {t('backup.downloadTitle')}
        </h3>
        {formError && <Alert>{formError}</Alert>}
        <Checkbox {...form.register('secrets')} label={t('backup.secrets')} hint={t('backup.secretsHint')} />
        {secrets && (
          <div className="grid gap-4 md:grid-cols-2">
            <FormField name="passphrase" label={t('backup.passphrase')} hint={t('backup.passphraseHint')} isRequired>
              <Input {...form.register('passphrase')} type="password" autoComplete="new-password" />
            </FormField>
            <FormField name="confirm" label={t('backup.confirm')} isRequired>
              <Input {...form.register('confirm')} type="password" autoComplete="new-password" />
            </FormField>
          </div>
        )}
        <div>
          <Button type="submit" isPending={isSubmitting}>
            {t('backup.download')}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}

/** "Restore from a backup" into this tenant, which must be empty (the server says so otherwise, in the admin's language). */
function RestoreForm() {
  const t = useT('pbx');
  const router = useRouter();
  const queryClient = useQueryClient();
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [errors, setErrors] = useState<{ form?: string; file?: string; passphrase?: string }>({});
  const [report, setReport] = useState<Report | null>(null);
  const [isPending, setPending] = useState(false);

  async function restore(event: FormEvent) {
    event.preventDefault();
    setReport(null);
    if (!file) return setErrors({ file: t('backup.fileRequired') });
    setPending(true);
    setErrors({});
    try {
      const response = await fetch('/api/console/tenant-backup/restore', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ backup: await file.text(), passphrase: passphrase || undefined }),
      });
      const body = (await response.json()) as Report & { message?: string; fields?: Record<string, string[]> };
      if (response.status === 401) return window.location.assign('/login');
      if (!response.ok) {
        const fields = body.fields ?? {};
        if (fields.passphrase) setErrors({ passphrase: fields.passphrase.join(' ') });
        else if (fields.file) setErrors({ file: fields.file.join(' ') });
        else setErrors({ form: body.message ?? t('backup.failed') });
        return;
      }
      setReport(body);
      setPassphrase('');
      await queryClient.invalidateQueries();
      router.refresh();
      toast.success(t('backup.restored', { devices: body.devices, accounts: body.accounts }));
    } catch {
      setErrors({ form: t('backup.failed') });
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={(event) => void restore(event)} noValidate className="flex flex-col gap-4" aria-labelledby="tenant-backup-restore">
      <h3 id="tenant-backup-restore" className="text-sm font-semibold text-slate-900">
        {t('backup.restoreTitle')}
      </h3>
      <p className="text-sm text-slate-600">{t('backup.restoreHint')}</p>
      {errors.form && <Alert>{errors.form}</Alert>}
      {report && (
        <Alert tone="success">
          {t('backup.restored', { devices: report.devices, accounts: report.accounts })}
          {report.passwordsGenerated > 0 && ` ${t('backup.passwordsGenerated', { count: report.passwordsGenerated })}`}
        </Alert>
      )}
      <div className="grid gap-4 md:grid-cols-2">
        <Field id={fileId} label={t('backup.file')} error={errors.file} isRequired>
          <input
            id={fileId}
            type="file"
            accept=".json,application/json"
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
            className="text-sm"
            disabled={isPending}
          />
        </Field>
        <Field label={t('backup.restorePassphrase')} hint={t('backup.restorePassphraseHint')} error={errors.passphrase}>
          <Input type="password" autoComplete="off" value={passphrase} onChange={(event) => setPassphrase(event.target.value)} disabled={isPending} />
        </Field>
      </div>
      <div>
        <Button type="submit" variant="danger" isPending={isPending}>
          {t('backup.restore')}
        </Button>
      </div>
    </form>
  );
}

/** Backup and restore of the whole tenant, on the PBX settings page (admins and owners only). */
export function TenantBackupCard() {
  const t = useT('pbx');
  return (
    <Card labelledBy="tenant-backup">
      <CardHeader id="tenant-backup" title={t('backup.title')} description={t('backup.description')} />
      <CardBody className="flex flex-col gap-8">
        <BackupForm />
        <RestoreForm />
      </CardBody>
    </Card>
  );
}
