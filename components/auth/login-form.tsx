'use client';

import { useRouter } from 'next/navigation';
import { useActionState, useEffect, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import type { ActionResult } from '@/lib/action-result';
import { loginAction, loginCodeAction, type LoginResult } from '@/lib/actions/auth';
import { useT } from '@/lib/i18n/client';

type State = ActionResult<LoginResult> | null;

/** Messages of a failed step: under the field they name, else one for the form. */
function failureOf(state: State) {
  const failure = state && !state.ok ? state : null;
  return {
    fieldError: (name: string) => failure?.fieldErrors[name]?.join(' '),
    formError: failure && Object.keys(failure.fieldErrors).length === 0 ? failure.message : null,
  };
}

/** Opens the console once a step answers where to go. */
function useRedirectOnSuccess(state: State) {
  const router = useRouter();
  useEffect(() => {
    if (state?.ok && 'redirectTo' in state.data) router.replace(state.data.redirectTo);
  }, [state, router]);
}

/** A plain form posting to the login action; on success the client opens the console, or asks for the code (TOTP on). */
export function LoginForm({ next }: { next?: string }) {
  const t = useT('auth');
  const [state, formAction, isPending] = useActionState(loginAction, null);
  // Controlled, so React's reset after a submitted action does not clear the user name.
  const [username, setUsername] = useState('');
  const { fieldError, formError } = failureOf(state);
  useRedirectOnSuccess(state);
  if (state?.ok && 'pending' in state.data) return <CodeForm pending={state.data.pending} next={next} />;

  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      {next && <input type="hidden" name="next" value={next} />}
      {formError && <Alert>{formError}</Alert>}
      <Field label={t('username')} error={fieldError('username')}>
        <Input
          name="username"
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          autoFocus
        />
      </Field>
      <Field label={t('password')} error={fieldError('password')}>
        <Input name="password" type="password" autoComplete="current-password" required />
      </Field>
      <Button type="submit" variant="primary" isPending={isPending || state?.ok === true} className="mt-2 w-full">
        {t('submit')}
      </Button>
    </form>
  );
}

/** The second step for a user with two-step sign-in on: the code from their authenticator app. */
function CodeForm({ pending, next }: { pending: string; next?: string }) {
  const t = useT('auth');
  const [state, formAction, isPending] = useActionState(loginCodeAction, null);
  const { fieldError, formError } = failureOf(state);
  useRedirectOnSuccess(state);
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="pending" value={pending} />
      {next && <input type="hidden" name="next" value={next} />}
      <p className="text-sm text-slate-600">{t('code.hint')}</p>
      {formError && <Alert>{formError}</Alert>}
      <Field label={t('code.label')} error={fieldError('code')}>
        <Input name="code" inputMode="numeric" autoComplete="one-time-code" maxLength={7} required autoFocus />
      </Field>
      <Button type="submit" variant="primary" isPending={isPending || state?.ok === true} className="mt-2 w-full">
        {t('code.submit')}
      </Button>
      <a href={next ? `/login?next=${encodeURIComponent(next)}` : '/login'} className="text-center text-sm text-brand-700 hover:underline">
        {t('code.back')}
      </a>
    </form>
  );
}
