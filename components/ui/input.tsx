'use client';

import type { ComponentProps } from 'react';
import { cn } from './cn';
import { useFieldControl } from './field';

export const CONTROL_CLASSES =
  'block w-full rounded-md border-0 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 placeholder:text-slate-400 focus:outline-none focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-brand-600 disabled:bg-slate-100 disabled:text-slate-500 aria-invalid:ring-red-500';

export function Input({ className, ...props }: ComponentProps<'input'>) {
  return <input className={cn(CONTROL_CLASSES, 'h-9', className)} {...useFieldControl(props)} />;
}
