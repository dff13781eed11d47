/** What the daemons are doing, for the console ("how phones find us") and /api/health. */
export type DaemonState =
  | { state: 'running'; port: number; note?: string }
  | { state: 'disabled'; reason: 'config' | 'multi-tenant' }
  | { state: 'failed'; port: number; error: string };

export type DaemonsStatus = { tftp: DaemonState; sipPnp: DaemonState };

const holder = globalThis as typeof globalThis & { __provisioDaemons?: DaemonsStatus };

export const daemonsStatus = (): DaemonsStatus | null => holder.__provisioDaemons ?? null;
export const setDaemonsStatus = (status: DaemonsStatus) => {
  holder.__provisioDaemons = status;
};
