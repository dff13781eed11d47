import type { Route } from 'next';

/** Where to go after signing in: only same-origin paths are followed (no `//host`, schemes or /login loops). */
export const safeNextPath = (next: string | undefined): Route =>
  next && /^\/(?!\/)[^\\\s]*$/.test(next) && !next.startsWith('/login') ? (next as Route) : '/';
