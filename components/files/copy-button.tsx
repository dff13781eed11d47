'use client';

import { useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import { useT } from '@/lib/i18n/client';

/** navigator.clipboard needs a secure context; a console opened over plain HTTP falls back to execCommand. */
async function copyText(text: string): Promise<boolean> {
  if (navigator.clipboard && window.isSecureContext) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // fall through to the legacy path
    }
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  const isCopied = document.execCommand('copy');
  area.remove();
  return isCopied;
}

/** Copies `value`; the label says "Copied" for a moment (announced politely). */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const t = useT('files');
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(timer);
  }, [state]);
  return (
    <Button size="sm" onClick={async () => setState((await copyText(value)) ? 'copied' : 'failed')} aria-label={label} data-copy-value={value}>
      <svg aria-hidden viewBox="0 0 20 20" fill="none" stroke="currentColor" strokeWidth={1.5} className="h-4 w-4">
        {state === 'copied' ? (
          <path d="m5 10.5 3 3 7-7" strokeLinecap="round" strokeLinejoin="round" />
        ) : (
          <path d="M7 7V4.5A1.5 1.5 0 0 1 8.5 3h7A1.5 1.5 0 0 1 17 4.5v7a1.5 1.5 0 0 1-1.5 1.5H13M4.5 7h7A1.5 1.5 0 0 1 13 8.5v7a1.5 1.5 0 0 1-1.5 1.5h-7A1.5 1.5 0 0 1 3 15.5v-7A1.5 1.5 0 0 1 4.5 7Z" />
        )}
      </svg>
      <span aria-live="polite">{state === 'copied' ? t('copy.done') : state === 'failed' ? t('copy.failed') : t('copy.button')}</span>
    </Button>
  );
}

/** A value in monospace with its copy button, the way URLs and DHCP values are shown. */
export function CopyableValue({ value, label, className }: { value: string; label: string; className?: string }) {
  return (
    <div className={`flex min-w-0 items-start gap-2 ${className ?? ''}`}>
      <code className="min-w-0 flex-1 break-all rounded-md bg-slate-50 px-2 py-1.5 font-mono text-xs text-slate-900 ring-1 ring-inset ring-slate-200">
        {value}
      </code>
      <CopyButton value={value} label={label} />
    </div>
  );
}
