import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Who is making the current change: a console user, an API token, or the product itself (start-up,
 * the redirection worker). Set once at the edge (runAction, withApi, the workers) and read by whatever
 * records the change, so domain functions need no extra parameter.
 */
export type Actor = { kind: 'user'; userId: number; name: string } | { kind: 'token'; tokenId: number; name: string } | { kind: 'system'; name: string };

const SYSTEM: Actor = { kind: 'system', name: 'provisio' };
const storage = ((globalThis as typeof globalThis & { __provisioActor?: AsyncLocalStorage<Actor> }).__provisioActor ??= new AsyncLocalStorage<Actor>());

/** Runs `body` on behalf of `actor` (also across its awaits). */
export const runAs = <T>(actor: Actor, body: () => T): T => storage.run(actor, body);

/** The actor of the change being made; the product itself outside any request. */
export const currentActor = (): Actor => storage.getStore() ?? SYSTEM;
