'use client';

import * as RadixDialog from '@radix-ui/react-dialog';
import { useState } from 'react';
import { useT } from '@/lib/i18n/client';
import { Brand } from './brand';
import { NavLinks } from './nav-links';

/** The sidebar as a drawer, for screens narrower than the fixed sidebar's breakpoint. */
export function MobileNav() {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <RadixDialog.Root open={open} onOpenChange={setOpen}>
      <RadixDialog.Trigger className="-ml-1 rounded-md p-1.5 text-slate-600 hover:bg-slate-100 lg:hidden" aria-label={t('shell.openMenu')}>
        <svg aria-hidden viewBox="0 0 20 20" fill="none" stroke="currentColor" strokeWidth={1.5} strokeLinecap="round" className="h-6 w-6">
          <path d="M3 5h14M3 10h14M3 15h14" />
        </svg>
      </RadixDialog.Trigger>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="fixed inset-0 z-40 bg-slate-900/50 lg:hidden" />
        <RadixDialog.Content
          className="fixed inset-y-0 left-0 z-50 flex w-64 flex-col bg-slate-900 shadow-xl focus:outline-none lg:hidden"
          aria-describedby={undefined}
        >
          <div className="flex h-14 items-center justify-between px-5">
            <Brand />
            <RadixDialog.Close className="rounded-md p-1 text-slate-300 hover:bg-white/10" aria-label={t('ui.close')}>
              <svg aria-hidden viewBox="0 0 20 20" fill="none" stroke="currentColor" strokeWidth={1.5} strokeLinecap="round" className="h-5 w-5">
                <path d="M5 5l10 10M15 5 5 15" />
              </svg>
            </RadixDialog.Close>
          </div>
          <RadixDialog.Title className="sr-only">{t('shell.navigation')}</RadixDialog.Title>
          <nav aria-label={t('shell.navigation')} className="flex-1 overflow-y-auto px-3 py-2">
            <NavLinks onNavigate={() => setOpen(false)} />
          </nav>
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}
