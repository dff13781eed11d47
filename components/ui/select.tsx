'use client';

import type { ComponentProps } from 'react';
import { cn } from './cn';
import { CONTROL_CLASSES } from './input';
import { useFieldControl } from './field';

/** A native select: keyboard and screen-reader behaviour for free. */
export function Select({ className, ...props }: ComponentProps<'select'>) {
  return <select className={cn(CONTROL_CLASSES, 'select-chevron h-9 py-1.5', className)} {...useFieldControl(props)} />;
}
