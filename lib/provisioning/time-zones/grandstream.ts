import type { ZoneRule } from './rule';

/**
 * Grandstream GRP/GXP. `P64` (Time Zone) set to "customize" selects `P246` (Self-Defined Time Zone, at most
 * 64 characters), a POSIX TZ string: "std offset dst [offset],Mm.w.d[/time],Mm.w.d[/time]", offsets
 * positive west of Greenwich, w 5 = last, d 0 = Sunday. The named P64 entries are not used: some carry
 * outdated rules.
 */
export type GrandstreamTimeZone = { match: 'exact'; timeZone: 'customize'; selfDefinedTimeZone: string };

export const grandstreamTimeZone = (rule: ZoneRule): GrandstreamTimeZone => ({ match: 'exact', timeZone: 'customize', selfDefinedTimeZone: rule.posix });
