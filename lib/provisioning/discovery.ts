import type { DaemonState } from '@/lib/provisioning/daemon-status';
import { exampleFileName, type FilenameRuleFacts } from '@/lib/file-name-rule';
import { provisioningUrls, type ServerFacts, type TenantFacts } from './context';

/**
 * "How phones find us": for a tenant and each brand, the URLs to configure, the DHCP options to
 * set, and whether SIP PnP and a redirection server can do it instead. Pure: the console renders
 * it with its own words (the `*Key` fields are i18n keys of locales/<lng>/discovery.json).
 */
export type DhcpOption = { option: number; value: string; noteKey: string };
export type BrandDiscovery = {
  brand: string;
  exampleFile: string | null;
  manualUrl: string;
  dhcp: DhcpOption[];
  supportsSipPnp: boolean;
  redirection: 'snom' | 'yealink' | 'escene' | null;
};
export type SipPnpAvailability =
  | { on: true; port: number; answersUnknown: boolean }
  | { on: false; reasonKey: 'sipPnp.off.multiTenant' | 'sipPnp.off.disabled' | 'sipPnp.off.failed' | 'sipPnp.off.notDefaultTenant' };

export type Discovery = {
  urls: { http: string; https: string; tftp: string };
  tftpHost: string;
  tftpPortIsStandard: boolean;
  sipPnp: SipPnpAvailability;
  brands: BrandDiscovery[];
};

export type DiscoveryInput = {
  server: ServerFacts;
  tenant: TenantFacts;
  tenantCount: number;
  sipPnpDaemon: DaemonState | null;
  answerUnknown: boolean;
  /** Brands of the tenant with one file-name rule each (of a model of that brand), to show an example. */
  brands: Array<{ name: string; rule: FilenameRuleFacts | null }>;
  preferHttps: boolean;
};

const SIP_PNP_BRANDS = /^(snom|yealink|fanvil|gigaset|grandstream|panasonic|htek|escene|akuvox|alcatel|poly)/i;

function redirectionOf(brand: string): BrandDiscovery['redirection'] {
  const key = brand.toLowerCase();
  if (key.startsWith('snom')) return 'snom';
  if (key.startsWith('yealink')) return 'yealink';
  if (key.startsWith('escene')) return 'escene';
  return null;
}

function sipPnpAvailability(input: DiscoveryInput): SipPnpAvailability {
  if (input.tenantCount > 1) return { on: false, reasonKey: 'sipPnp.off.multiTenant' };
  if (!input.tenant.isDefault) return { on: false, reasonKey: 'sipPnp.off.notDefaultTenant' };
  const daemon = input.sipPnpDaemon;
  if (!daemon || daemon.state === 'disabled') return { on: false, reasonKey: 'sipPnp.off.disabled' };
  if (daemon.state === 'failed') return { on: false, reasonKey: 'sipPnp.off.failed' };
  return { on: true, port: daemon.port, answersUnknown: input.answerUnknown };
}

function dhcpOptions(brand: string, base: string, tftpHost: string, exampleFile: string | null): DhcpOption[] {
  const key = brand.toLowerCase();
  if (key.startsWith('panasonic')) {
    const file = `${base}Config{MAC}.cfg`;
    return [
      { option: 160, value: file, noteKey: 'dhcp.note.panasonic160' },
      { option: 159, value: file, noteKey: 'dhcp.note.panasonic159' },
      { option: 66, value: base, noteKey: 'dhcp.note.fallback66' },
    ];
  }
  if (key.startsWith('cisco')) {
    return [
      { option: 150, value: tftpHost, noteKey: 'dhcp.note.cisco150' },
      { option: 66, value: `${base}$MA.xml`, noteKey: 'dhcp.note.cisco66' },
    ];
  }
  if (key.startsWith('poly')) {
    return [
      { option: 160, value: base, noteKey: 'dhcp.note.poly160' },
      { option: 66, value: base, noteKey: 'dhcp.note.url66' },
    ];
  }
  if (key.startsWith('snom') && exampleFile) return [{ option: 66, value: base, noteKey: 'dhcp.note.snom66' }];
  return [{ option: 66, value: base, noteKey: 'dhcp.note.url66' }];
}

export function discovery(input: DiscoveryInput): Discovery {
  const urls = provisioningUrls(input.server, input.tenant);
  const base = input.preferHttps ? urls.https : urls.http;
  const tftpHost = input.server.publicHost;
  return {
    urls,
    tftpHost,
    tftpPortIsStandard: input.server.tftpPort === 69,
    sipPnp: sipPnpAvailability(input),
    brands: input.brands.map(({ name, rule }) => {
      const exampleFile = rule ? exampleFileName(rule) : null;
      return {
        brand: name,
        exampleFile,
        manualUrl: base,
        dhcp: dhcpOptions(name, base, tftpHost, exampleFile),
        supportsSipPnp: SIP_PNP_BRANDS.test(name),
        redirection: redirectionOf(name),
      };
    }),
  };
}
