import { BlockList, isIP } from 'node:net';

/**
 * The allowed networks as a BlockList (IPv4 and IPv6, addresses or CIDR networks, as lib/validation/phone-access.ts
 * accepts them); null for an empty list, which allows every address.
 */
export function networkList(networks: readonly string[]): BlockList | null {
  if (networks.length === 0) return null;
  const list = new BlockList();
  for (const network of networks) {
    const [address, prefix] = network.split('/');
    const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (prefix === undefined) list.addAddress(address, family);
    else list.addSubnet(address, Number(prefix), family);
  }
  return list;
}

/** Whether `ip` (as the listener reports it: IPv4-mapped IPv6 already unwrapped) is in the list; false for anything that is no address. */
export function isInNetworks(list: BlockList, ip: string): boolean {
  const family = isIP(ip);
  return family !== 0 && list.check(ip, family === 6 ? 'ipv6' : 'ipv4');
}

/** The stored text (one network per line) as a list. */
export const parseNetworks = (stored: string): string[] => stored.split('\n').filter(Boolean);
