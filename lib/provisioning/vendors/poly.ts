import type { POLY_PLACEHOLDERS } from '@/lib/templates/vendor-placeholders/poly';
import { vendorTimeZone } from '../time-zones';
import type { PolyChange } from '../time-zones/poly';
import { timeZoneOrNull, type VendorInput, type VendorValues } from './input';

/** `reg.N.server.M.transport`: DNSnaptr, TCPpreferred, UDPOnly, TLS, TCPOnly (UC Software admin guide; Wazo's plugin). */
const TRANSPORT = { udp: 'UDPOnly', tcp: 'TCPOnly', tls: 'TLS' } as const;

/** `lcl.ml.lang`: the phone's own language names (UC Software admin guide; Wazo's plugin). Portuguese ships as Brazilian only. */
const LANGUAGE: Record<string, string> = {
  en: 'English_United_States',
  it: 'Italian_Italy',
  de: 'German_Germany',
  fr: 'French_France',
  es: 'Spanish_Spain',
  nl: 'Dutch_Netherlands',
  pt: 'Portuguese_Brazil',
  da: 'Danish_Denmark',
  sv: 'Swedish_Sweden',
  nb: 'Norwegian_Norway',
  no: 'Norwegian_Norway',
  pl: 'Polish_Poland',
  ru: 'Russian_Russia',
  ja: 'Japanese_Japan',
  ko: 'Korean_Korea',
  zh: 'Chinese_China',
};

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * `.date` is "on or after" for weekday rules. The phone ignores it with `.dayOfWeek.lastInMonth="1"`; we still give the
 * date on or after which that last weekday always falls, so a firmware that reads it lands on the same day.
 */
const changeDate = (change: PolyChange) => String(change.date ?? DAYS_IN_MONTH[change.month - 1] - 6);

export function polyValues(input: VendorInput): VendorValues<typeof POLY_PLACEHOLDERS> {
  const tz = timeZoneOrNull(() => vendorTimeZone(input.timeZone, 'poly', input.at));
  const change = (c: PolyChange | undefined) => ({
    month: c ? String(c.month) : '',
    date: c ? changeDate(c) : '',
    dayOfWeek: c ? String(c.dayOfWeek) : '',
    lastInMonth: c ? String(c.lastInMonth) : '',
    time: c ? String(c.time) : '',
  });
  const start = change(tz?.dst?.start);
  const stop = change(tz?.dst?.stop);
  return {
    POLY_SIP_TRANSPORT: TRANSPORT[input.transport],
    POLY_GMT_OFFSET: tz ? String(tz.gmtOffsetSeconds) : '',
    POLY_DST_ENABLE: tz ? String(tz.daylightSavingsEnable) : '',
    POLY_DST_START_MONTH: start.month,
    POLY_DST_START_DATE: start.date,
    POLY_DST_START_DAY_OF_WEEK: start.dayOfWeek,
    POLY_DST_START_LAST_IN_MONTH: start.lastInMonth,
    POLY_DST_START_TIME: start.time,
    POLY_DST_STOP_MONTH: stop.month,
    POLY_DST_STOP_DATE: stop.date,
    POLY_DST_STOP_DAY_OF_WEEK: stop.dayOfWeek,
    POLY_DST_STOP_LAST_IN_MONTH: stop.lastInMonth,
    POLY_DST_STOP_TIME: stop.time,
    POLY_LANGUAGE: LANGUAGE[input.language] ?? '',
  };
}
