'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { toast } from 'sonner';
import { CopyButton } from '@/components/files/copy-button';
import { FormField } from '@/components/forms/form-field';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { confirmTotpAction, disableTotpAction, startTotpAction } from '@/lib/actions/users';
import { useT } from '@/lib/i18n/client';
import { type TotpConfirmInput, totpConfirmSchema, type TotpDisableInput, totpDisableSchema } from '@/lib/validation/totp';

type Enrolment = { secret: string; uri: string };

/** My account, two-step sign-in: enrol (secret shown, confirmed by a code) or, when on, turn it off. */
export function TotpCard({ isOn }: { isOn: boolean }) {
  return isOn ? <TotpDisableForm /> : <TotpEnrol />;
}

function TotpEnrol() {
  const t = useT('users');
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [isPending, startTransition] = useTransition();
  const start = () =>
    startTransition(async () => {
      const result = await startTotpAction();
      if (result.ok) setEnrolment(result.data);
      else toast.error(result.message);
    });
  if (!enrolment)
    return (
      <div className="flex flex-col items-start gap-3">
        <p className="text-sm text-slate-600">{t('account.totp.offHint')}</p>
        <Button variant="primary" onClick={start} isPending={isPending}>
          {t('account.totp.enable')}
        </Button>
      </div>
    );
  return <TotpConfirmForm enrolment={enrolment} onCancel={() => setEnrolment(null)} />;
}

function SetupValue({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div className="flex flex-col gap-1">
      <span className="text-sm font-medium text-slate-700">{label}</span>
      <div className="flex min-w-0 items-start gap-2">
        <code
          data-testid={testId}
          className="min-w-0 flex-1 break-all rounded-md bg-slate-50 px-2 py-1.5 font-mono text-xs text-slate-900 ring-1 ring-inset ring-slate-200"
        >
          {value}
        </code>
        <CopyButton value={value} label={label} />
      </div>
    </div>
  );
}

function TotpConfirmForm({ enrolment, onCancel }: { enrolment: Enrolment; onCancel: () => void }) {
  const t = useT('users');
  const router = useRouter();
  const form = useForm<TotpConfirmInput>({ resolver: zodResolver(totpConfirmSchema), defaultValues: { code: '' }, mode: 'onTouched' });
  const { submit, formError } = useActionForm(form, confirmTotpAction, {
    onSuccess: () => {
      toast.success(t('account.totp.enabled'));
      router.refresh();
    },
  });
  return (
    <FormProvider {...form}>
      <form onSubmit={submit} noValidate className="flex max-w-xl flex-col gap-4">
        <p className="text-sm text-slate-600">{t('account.totp.setupHint')}</p>
        <SetupValue label={t('account.totp.uri')} value={enrolment.uri} testId="totp-uri" />
        <SetupValue label={t('account.totp.secret')} value={enrolment.secret} testId="totp-secret" />
        {formError && <Alert>{formError}</Alert>}
        <FormField name="code" label={t('account.totp.code')} hint={t('account.totp.codeHint')} isRequired>
          <Input {...form.register('code')} inputMode="numeric" autoComplete="one-time-code" maxLength={7} className="max-w-40" />
        </FormField>
        <div className="flex gap-2">
          <Button type="submit" variant="primary" isPending={form.formState.isSubmitting}>
            {t('account.totp.confirm')}
          </Button>
          <Button onClick={onCancel}>{t('account.totp.cancel')}</Button>
        </div>
      </form>
    </FormProvider>
  );
}

function TotpDisableForm() {
  const t = useT('users');
  const router = useRouter();
  const form = useForm<TotpDisableInput>({ resolver: zodResolver(totpDisableSchema), defaultValues: { proof: '' }, mode: 'onTouched' });
  const { submit, formError } = useActionForm(form, disableTotpAction, {
    onSuccess: () => {
      toast.success(t('account.totp.disabled'));
      form.reset({ proof: '' });
      router.refresh();
    },
  });
  return (
    <FormProvider {...form}>
      <form onSubmit={submit} noValidate className="flex max-w-md flex-col gap-4">
        <p className="text-sm text-slate-600">{t('account.totp.onHint')}</p>
        {formError && <Alert>{formError}</Alert>}
        <FormField name="proof" label={t('account.totp.proof')} isRequired>
          <Input {...form.register('proof')} type="password" autoComplete="off" />
        </FormField>
        <div>
          <Button type="submit" isPending={form.formState.isSubmitting}>
            {t('account.totp.disable')}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}
