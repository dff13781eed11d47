'use client';

import type { ComponentProps } from 'react';
import { get, useFormState } from 'react-hook-form';
import { Field } from '@/components/ui/field';
import { useErrorText } from './use-error-text';

type FormFieldProps = Omit<ComponentProps<typeof Field>, 'error'> & { name: string };

/** <Field> whose error is the react-hook-form error of `name` (inside a FormProvider), translated. */
export function FormField({ name, ...props }: FormFieldProps) {
  const { errors } = useFormState({ name });
  const errorText = useErrorText();
  return <Field {...props} error={errorText(get(errors, name))} />;
}
