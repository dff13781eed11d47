'use client';

import { createContext, type ReactNode, useContext } from 'react';
import { mayDo, type Role } from '@/lib/auth/roles';
import { formatDateTime } from '@/lib/format';

type ConsoleContextValue = { timeZone: string; role: Role };
const ConsoleContext = createContext<ConsoleContextValue>({ timeZone: 'UTC', role: 'viewer' });

/** Per-tenant facts client components need; times are shown in the PBX's time zone; the role picks what the navigation offers. */
export function ConsoleProvider({ value, children }: { value: ConsoleContextValue; children: ReactNode }) {
  return <ConsoleContext.Provider value={value}>{children}</ConsoleContext.Provider>;
}

export const useConsole = () => useContext(ConsoleContext);

/** False for a viewer: write controls are hidden rather than offered and then refused (the server refuses them anyway). */
export const useCanWrite = () => mayDo(useConsole().role, 'write');

export function DateTime({ ms }: { ms: number }) {
  const { timeZone } = useConsole();
  return (
    <time dateTime={new Date(ms).toISOString()} className="whitespace-nowrap tabular-nums">
      {formatDateTime(ms, timeZone)}
    </time>
  );
}
