/**
 * A zone's standard offset and yearly DST rule, derived from the IANA database that ships with the runtime
 * (Intl, full ICU): the year is scanned day by day for offset changes, each change is pinned to the minute,
 * and the two changes of a DST year become "month / week of month / weekday / local time" rules.
 * Pure: no I/O; results are cached per (zone, year).
 */

/** A DST change, in the wall-clock time in force just before it (the POSIX convention). */
export type Transition = {
  month: number;
  /** 1–4 = first … fourth such weekday of the month; 5 = the last one. */
  week: 1 | 2 | 3 | 4 | 5;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  /** Minutes after local midnight. */
  minutes: number;
};

export type ZoneRule = {
  /** The ICU id the name resolves to (e.g. Asia/Kolkata → Asia/Calcutta); used to compare names. */
  canonical: string;
  year: number;
  /** Standard (winter) offset east of UTC, in minutes: Rome 60, New York -300, Kathmandu 345. */
  standardOffsetMinutes: number;
  dst: { saveMinutes: number; start: Transition; end: Transition } | null;
  /** POSIX TZ string, e.g. `CET-1CEST,M3.5.0,M10.5.0/3`. */
  posix: string;
};

export class UnknownTimeZoneError extends Error {
  constructor(readonly iana: string) {
    super(`Unknown IANA time zone "${iana}"`);
    this.name = 'UnknownTimeZoneError';
  }
}

/** The vendor cannot express the zone (no entry in its list, or a rule its keys cannot hold). */
export class UnsupportedTimeZoneError extends Error {
  constructor(
    readonly iana: string,
    readonly vendor: string,
    reason: string,
  ) {
    super(`Time zone "${iana}" cannot be set on ${vendor} phones: ${reason}`);
    this.name = 'UnsupportedTimeZoneError';
  }
}

const DAY = 86_400_000;
const MINUTE = 60_000;
const formats = new Map<string, Intl.DateTimeFormat>();
const canonicals = new Map<string, string>();
const rules = new Map<string, ZoneRule>();

/** ICU's id for an IANA name; throws UnknownTimeZoneError for anything Intl rejects or an offset like "+01:00". */
export function canonicalZone(iana: string): string {
  const name = iana.trim();
  let found = canonicals.get(name);
  if (found) return found;
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(name)) throw new UnknownTimeZoneError(iana);
  try {
    found = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    throw new UnknownTimeZoneError(iana);
  }
  canonicals.set(name, found);
  return found;
}

function format(zone: string, locale: string, timeZoneName: 'longOffset' | 'short'): Intl.DateTimeFormat {
  const key = `${zone}|${locale}|${timeZoneName}`;
  let dtf = formats.get(key);
  if (!dtf) formats.set(key, (dtf = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName })));
  return dtf;
}

const zoneName = (dtf: Intl.DateTimeFormat, ms: number) => dtf.formatToParts(ms).find((part) => part.type === 'timeZoneName')?.value ?? '';

/** UTC offset in minutes at an instant ("GMT+05:45" → 345, "GMT" → 0). */
function offsetAt(zone: string, ms: number): number {
  const match = /([+-])(\d{2}):(\d{2})/.exec(zoneName(format(zone, 'en-US', 'longOffset'), ms));
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}

type Change = { at: number; from: number; to: number };

/** Offset changes in [Jan 1, Jan 1 next year) UTC, each pinned to the first minute of the new offset. */
function changes(zone: string, year: number): Change[] {
  const found: Change[] = [];
  const end = Date.UTC(year + 1, 0, 1);
  for (let t = Date.UTC(year, 0, 1), before = offsetAt(zone, t); t < end; t += DAY) {
    const after = offsetAt(zone, Math.min(t + DAY, end));
    if (after === before) continue;
    let [lo, hi] = [t, Math.min(t + DAY, end)];
    while (hi - lo > MINUTE) {
      const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
      if (offsetAt(zone, mid) === before) lo = mid;
      else hi = mid;
    }
    found.push({ at: hi, from: before, to: after });
    before = after;
  }
  return found;
}

function transition(change: Change): Transition {
  const local = new Date(change.at + change.from * MINUTE);
  const day = local.getUTCDate();
  const daysInMonth = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + 1, 0)).getUTCDate();
  return {
    month: local.getUTCMonth() + 1,
    week: day + 7 > daysInMonth ? 5 : (Math.ceil(day / 7) as 1 | 2 | 3 | 4),
    weekday: local.getUTCDay(),
    minutes: local.getUTCHours() * 60 + local.getUTCMinutes(),
  };
}

/** A POSIX abbreviation (3+ letters) from ICU; zones ICU only names "GMT+5:45" get a neutral STD/DST. */
function abbreviation(zone: string, ms: number, fallback: string): string {
  for (const locale of ['en-US', 'en-GB', 'en-AU', 'en-IN', 'ja-JP']) {
    const name = zoneName(format(zone, locale, 'short'), ms);
    if (/^[A-Za-z]{3,6}$/.test(name)) return name;
  }
  return fallback;
}

/** "h[:mm]" of a minute count, unsigned. */
export const hoursMinutes = (minutes: number) => {
  const abs = Math.abs(minutes);
  return `${Math.floor(abs / 60)}${abs % 60 ? `:${String(abs % 60).padStart(2, '0')}` : ''}`;
};

const posixOffset = (eastMinutes: number) => `${eastMinutes > 0 ? '-' : ''}${hoursMinutes(eastMinutes)}`;
const posixDate = (t: Transition) => `M${t.month}.${t.week}.${t.weekday}${t.minutes === 120 ? '' : `/${hoursMinutes(t.minutes)}`}`;

/** The zone's rule in the year of `at` (UTC); a year with irregular changes defers to the next one. */
export function zoneRule(iana: string, at: Date = new Date()): ZoneRule {
  const canonical = canonicalZone(iana);
  const year = at.getUTCFullYear();
  const key = `${canonical}|${year}`;
  const cached = rules.get(key);
  if (cached) return cached;

  let rule: ZoneRule | undefined;
  for (const y of [year, year + 1]) {
    const found = changes(canonical, y);
    const [a, b] = found;
    if (found.length === 0) {
      const offset = offsetAt(canonical, Date.UTC(y, 0, 1));
      rule = { canonical, year, standardOffsetMinutes: offset, dst: null, posix: `${abbreviation(canonical, Date.UTC(y, 0, 1), 'STD')}${posixOffset(offset)}` };
    } else if (found.length === 2 && a.from === b.to && a.to === b.from) {
      const [start, end] = a.to > a.from ? [a, b] : [b, a];
      const std = start.from;
      const save = start.to - start.from;
      const stdName = abbreviation(canonical, start.at - MINUTE, 'STD');
      const dstName = abbreviation(canonical, start.at + MINUTE, 'DST');
      const dst = { saveMinutes: save, start: transition(start), end: transition(end) };
      const dstOffset = save === 60 ? '' : posixOffset(std + save);
      rule = {
        canonical,
        year,
        standardOffsetMinutes: std,
        dst,
        posix: `${stdName}${posixOffset(std)}${dstName}${dstOffset},${posixDate(dst.start)},${posixDate(dst.end)}`,
      };
    }
    if (rule) break;
  }
  if (!rule) {
    const offset = offsetAt(canonical, Date.UTC(year + 2, 0, 1));
    rule = {
      canonical,
      year,
      standardOffsetMinutes: offset,
      dst: null,
      posix: `${abbreviation(canonical, Date.UTC(year + 2, 0, 1), 'STD')}${posixOffset(offset)}`,
    };
  }
  rules.set(key, rule);
  return rule;
}

const sameTransition = (a: Transition, b: Transition) => a.month === b.month && a.week === b.week && a.weekday === b.weekday && a.minutes === b.minutes;

/** Same standard offset and the same DST behaviour (none, or the same save, start and end). */
export function sameRule(a: ZoneRule, b: ZoneRule): boolean {
  if (a.standardOffsetMinutes !== b.standardOffsetMinutes) return false;
  if (!a.dst || !b.dst) return a.dst === b.dst;
  return a.dst.saveMinutes === b.dst.saveMinutes && sameTransition(a.dst.start, b.dst.start) && sameTransition(a.dst.end, b.dst.end);
}

export type Match = 'exact' | 'equivalent' | 'offset-only';

/**
 * A vendor list entry for the zone: the entry listed for the zone itself ("exact"), else the first entry whose
 * zone has the same standard offset and DST behaviour this year ("equivalent"), else null.
 */
export function pickListed<T>(entries: ReadonlyArray<readonly [string, T]>, rule: ZoneRule, at: Date): { value: T; match: Match } | null {
  const own = entries.find(([zone]) => canonicalZone(zone) === rule.canonical);
  if (own) return { value: own[1], match: 'exact' };
  const twin = entries.find(([zone]) => sameRule(zoneRule(zone, at), rule));
  return twin ? { value: twin[1], match: 'equivalent' } : null;
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a 0 = Sunday weekday. */
export const isoWeekday = (weekday: number) => (weekday === 0 ? 7 : weekday);

/** Offset as sign + h[:mm] ("+1", "-5", "+5:30"; "0" for UTC). */
export const signedHours = (minutes: number) => (minutes === 0 ? '0' : `${minutes > 0 ? '+' : '-'}${hoursMinutes(minutes)}`);

/** Offset as sign + hh:mm ("+01:00", "-05:00", "+05:45"). */
export const signedHhMm = (minutes: number) => {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
};

/** For keys that only hold a whole hour: the hour, or UnsupportedTimeZoneError. */
export function wholeHour(minutes: number, iana: string, vendor: string): number {
  if (minutes % 60 !== 0) throw new UnsupportedTimeZoneError(iana, vendor, `its DST changes at ${hoursMinutes(minutes)}, not on the hour`);
  return minutes / 60;
}
