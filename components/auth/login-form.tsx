'use client';

import { useRouter } from 'next/navigation';
import { useActionState, useEffect, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { loginAction } from '@/lib/actions/auth';
import { useT } from '@/lib/i18n/client';

/** A plain form posting to the login action; on success the client opens the console. */
export function LoginForm({ next }: { next?: string }) {
  const t = useT('auth');
  const router = useRouter();
  const [state, formAction, isPending] = useActionState(loginAction, null);
  // Controlled, so React's reset after a submitted action does not clear the user name.
  const [username, setUsername] = useState('');
  const failure = state && !state.ok ? state : null;
  const fieldError = (name: string) => failure?.fieldErrors[name]?.join(' ');
  const formError = failure && Object.keys(failure.fieldErrors).length === 0 ? failure.message : null;

  useEffect(() => {
    if (state?.ok) router.replace(state.data.redirectTo);
  }, [state, router]);

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
