'use client';

import { useEffect, useRef } from 'react';

type BulkCheckboxProps = { label: string; checked: boolean; indeterminate?: boolean; onChange: () => void };

/** A row's (or the page's) selection box on the devices table, named for screen readers by `label`. */
export function BulkCheckbox({ label, checked, indeterminate = false, onChange }: BulkCheckboxProps) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = indeterminate;
  }, [indeterminate]);
  return (
    <input
      ref={ref}
      type="checkbox"
      aria-label={label}
      checked={checked}
      onChange={onChange}
      className="h-4 w-4 cursor-pointer rounded border-slate-300 align-middle accent-brand-600"
    />
  );
}
