'use client';

import { useState } from 'react';
import { type FieldValues, get, type Path, type UseFormReturn } from 'react-hook-form';
import { toast } from 'sonner';
import { type ActionFailure, type ActionResult, FORM_FIELD } from '@/lib/action-result';

/**
 * Puts a failed action's messages where they belong: under the field they name (the nearest
 * existing one, e.g. `lines.2` → `lines`), the rest as one form-level message (also toasted).
 * Returns that form-level message, or null.
 */
export function applyActionErrors<T extends FieldValues>(form: UseFormReturn<T, unknown, unknown>, failure: ActionFailure): string | null {
  const values = form.getValues();
  const leftover: string[] = [];
  let isFirst = true;
  for (const [path, messages] of Object.entries(failure.fieldErrors)) {
    const target = path === FORM_FIELD ? null : [path, path.split('.')[0]].find((p) => get(values, p) !== undefined);
    if (!target) {
      leftover.push(...messages);
      continue;
    }
    form.setError(target as Path<T>, { type: 'server', message: messages.join(' ') }, { shouldFocus: isFirst });
    isFirst = false;
  }
  if (Object.keys(failure.fieldErrors).length === 0) leftover.push(failure.message);
  return leftover.length > 0 ? leftover.join(' ') : null;
}

/** Submits a react-hook-form form through a server action; see applyActionErrors for failures. */
export function useActionForm<T extends FieldValues, TOut, TData>(
  form: UseFormReturn<T, unknown, TOut>,
  action: (values: TOut) => Promise<ActionResult<TData>>,
  { onSuccess }: { onSuccess?: (data: TData, values: TOut) => void | Promise<void> } = {},
) {
  const [formError, setFormError] = useState<string | null>(null);
  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await action(values);
    if (result.ok) {
      await onSuccess?.(result.data, values);
      return;
    }
    if (result.status === 401) {
      window.location.assign('/login');
      return;
    }
    const message = applyActionErrors(form, result);
    setFormError(message);
    if (message) toast.error(message);
  });
  return { submit, formError, isSubmitting: form.formState.isSubmitting };
}
