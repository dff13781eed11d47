import { z } from 'zod';
import { AUDIT_SORT, sortParams } from './list-params';

const page = z.coerce.number().int().min(1).catch(1);
const pageSize = z.coerce.number().int().min(1).max(500).optional().catch(undefined);
const text = z.preprocess((v) => (typeof v === 'string' && v.trim() ? v.trim().slice(0, 100) : undefined), z.string().optional());
/** An instant (ISO 8601 with offset) or a day (`YYYY-MM-DD`, UTC); anything else is no bound. */
const bound = z
  .union([z.iso.datetime({ offset: true }), z.iso.date()])
  .optional()
  .catch(undefined);

/**
 * The audit log's filters, from the console page, its /api/console route, the CSV export and `GET /api/v1/audit-log`:
 * who (`actor`: the name recorded), what (`entity`), when (`from` inclusive, `to` inclusive — a day bound covers the whole
 * day). Bad values fall back to "no filter".
 */
export const auditLogParamsSchema = z.object({ actor: text, entity: text, from: bound, to: bound, page, pageSize, ...sortParams(AUDIT_SORT) });
export type AuditLogParams = z.infer<typeof auditLogParamsSchema>;

const DAY_MS = 24 * 60 * 60 * 1000;
const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/** How far `timeZone`'s wall clock is ahead of UTC at the instant `ms`. */
function zoneOffsetMs(ms: number, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
      .formatToParts(new Date(ms))
      .map((p) => [p.type, Number(p.value)]),
  );
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second) - Math.floor(ms / 1000) * 1000;
}

/** The instant a day starts in `timeZone` (the console shows times in the PBX's zone; the API's days are UTC). */
function startOfDay(day: string, timeZone: string): number {
  const utc = Date.parse(`${day}T00:00:00Z`);
  const guess = utc - zoneOffsetMs(utc, timeZone);
  return utc - zoneOffsetMs(guess, timeZone);
}

const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);

/** The filters' time window in ms, both ends included: a `from` day from its midnight, a `to` day up to the next one. */
export function auditWindow(params: Pick<AuditLogParams, 'from' | 'to'>, timeZone = 'UTC'): { fromMs?: number; toMs?: number } {
  const fromMs = params.from ? (isDay(params.from) ? startOfDay(params.from, timeZone) : Date.parse(params.from)) : undefined;
  const toMs = params.to ? (isDay(params.to) ? startOfDay(nextDay(params.to), timeZone) - 1 : Date.parse(params.to)) : undefined;
  return { fromMs, toMs };
}
