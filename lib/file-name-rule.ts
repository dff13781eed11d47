import { formatMac, type MacFormat } from '@/lib/mac';

/** A device model's file-name rule: what comes before and after the MAC, and the MAC's notation. */
export type FilenameRuleFacts = { prefix: string; macFormat: string; suffix: string };

/** File name = prefix + MAC in the rule's notation + suffix (e.g. snomD785-000413922D24.htm). */
export function deviceFileName(rule: FilenameRuleFacts, mac: string): string {
  return `${rule.prefix}${formatMac(mac, rule.macFormat as MacFormat)}${rule.suffix}`;
}

/** The MAC the console uses to show what a file-name rule produces (pure: safe in client components). */
export const EXAMPLE_MAC = '001565aabbcc';

/** What a rule names the file of a phone with EXAMPLE_MAC, e.g. `snomD785-001565AABBCC.htm`. */
export const exampleFileName = (rule: FilenameRuleFacts) => deviceFileName(rule, EXAMPLE_MAC);
