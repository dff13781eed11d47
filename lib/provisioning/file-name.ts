import { formatMac, type MacFormat } from '@/lib/mac';

export type FilenameRuleFacts = { prefix: string; macFormat: string; suffix: string };

/** File name = prefix + MAC in the rule's notation + suffix (e.g. snomD785-000413922D24.htm). */
export function deviceFileName(rule: FilenameRuleFacts, mac: string): string {
  return `${rule.prefix}${formatMac(mac, rule.macFormat as MacFormat)}${rule.suffix}`;
}
