'use client';

import { type ComponentProps, createContext, type ReactNode, useContext, useId } from 'react';
import { cn } from './cn';
import { Label } from './label';

type FieldControl = { id: string; describedBy: string | undefined; isInvalid: boolean; isRequired: boolean };
const FieldContext = createContext<FieldControl | null>(null);

type ControlProps = {
  id?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: ComponentProps<'input'>['aria-invalid'];
  'aria-required'?: ComponentProps<'input'>['aria-required'];
};

/** Wires a control inside <Field> to its label, hint and error (id, aria-describedby, aria-invalid, aria-required). */
export function useFieldControl<P extends ControlProps>(props: P): P {
  const field = useContext(FieldContext);
  if (!field) return props;
  return {
    ...props,
    id: props.id ?? field.id,
    'aria-describedby': cn(field.describedBy, props['aria-describedby']) || undefined,
    'aria-invalid': props['aria-invalid'] ?? (field.isInvalid || undefined),
    'aria-required': props['aria-required'] ?? (field.isRequired || undefined),
  };
}

type FieldProps = {
  label: ReactNode;
  /** A translated message; the region is always rendered so screen readers announce changes. */
  error?: string;
  hint?: ReactNode;
  isRequired?: boolean;
  id?: string;
  className?: string;
  children: ReactNode;
};

export function Field({ label, error, hint, isRequired, id, className, children }: FieldProps) {
  const autoId = useId();
  const controlId = id ?? autoId;
  const hintId = hint ? `${controlId}-hint` : undefined;
  const errorId = `${controlId}-error`;
  return (
    <div className={cn('flex flex-col', className)}>
      <div className="mb-1.5 flex items-baseline gap-0.5">
        <Label htmlFor={controlId}>{label}</Label>
        {/* Outside the label: the control's name stays the label text; aria-required says "required". */}
        {isRequired && (
          <span aria-hidden className="text-sm text-red-600">
            *
          </span>
        )}
      </div>
      <FieldContext.Provider value={{ id: controlId, describedBy: cn(hintId, error && errorId) || undefined, isInvalid: !!error, isRequired: !!isRequired }}>
        {children}
      </FieldContext.Provider>
      {hint && (
        <p id={hintId} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      )}
      <FieldError id={errorId} message={error} />
    </div>
  );
}

/** An error under a control, announced politely when it appears. */
export function FieldError({ id, message, className }: { id?: string; message?: string; className?: string }) {
  return (
    <p id={id} aria-live="polite" className={cn('mt-1 text-sm text-red-700 empty:mt-0', className)}>
      {message}
    </p>
  );
}
