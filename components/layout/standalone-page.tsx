import type { ReactNode } from 'react';

/** A page outside the console shell (no session needed): the brand mark above centred content, as on the sign-in screen. */
export function StandalonePage({ children }: { children: ReactNode }) {
  return (
    <main className="flex min-h-full flex-col items-center justify-center px-4 py-12">
      <span aria-hidden className="mb-6 grid h-10 w-10 place-items-center rounded-lg bg-brand-600 text-lg font-bold text-white">
        P
      </span>
      {children}
    </main>
  );
}
