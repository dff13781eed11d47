'use client';

import type { ComponentProps } from 'react';
import { cn } from './cn';
import { CONTROL_CLASSES } from './input';
import { useFieldControl } from './field';

export function Textarea({ className, rows = 4, ...props }: ComponentProps<'textarea'>) {
  return <textarea rows={rows} className={cn(CONTROL_CLASSES, className)} {...useFieldControl(props)} />;
}
