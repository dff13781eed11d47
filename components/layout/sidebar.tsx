'use client';

import { useT } from '@/lib/i18n/client';
import { Brand } from './brand';
import { NavLinks } from './nav-links';

/** The fixed sidebar of wide screens; narrower ones open the same links from the header's menu button. */
export function Sidebar() {
  const t = useT();
  return (
    // The dark column spans the page's height; the links inside stay in view while the page scrolls.
    <div className="hidden w-60 shrink-0 bg-slate-900 lg:block">
      <aside className="sticky top-0 flex h-screen flex-col">
        <div className="flex h-14 items-center px-5">
          <Brand />
        </div>
        <nav aria-label={t('shell.navigation')} className="flex-1 overflow-y-auto px-3 py-2">
          <NavLinks />
        </nav>
      </aside>
    </div>
  );
}
