'use client';

import { Link } from '@/components/ui/link';
import { usePathname } from 'next/navigation';
import { useT } from '@/lib/i18n/client';
import { cn } from '@/components/ui/cn';
import { useConsole } from './console-context';
import { NavIcon } from './nav-icons';
import { isActive, NAV_ITEMS } from './nav-items';

export function NavLinks({ onNavigate }: { onNavigate?: () => void }) {
  const t = useT();
  const pathname = usePathname();
  const { role } = useConsole();
  return (
    <ul className="flex flex-col gap-0.5">
      {NAV_ITEMS.filter((item) => !item.isOwnerOnly || role === 'owner').map((item) => {
        const isCurrent = isActive(item.href, pathname);
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              onClick={onNavigate}
              aria-current={isCurrent ? 'page' : undefined}
              className={cn(
                'flex items-center gap-3 rounded-md px-3 py-2 text-sm font-medium transition-colors',
                isCurrent ? 'bg-white/10 text-white' : 'text-slate-300 hover:bg-white/5 hover:text-white',
              )}
            >
              <NavIcon name={item.icon} className={cn('h-5 w-5 shrink-0', isCurrent ? 'text-white' : 'text-slate-400')} />
              {t(item.labelKey)}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
