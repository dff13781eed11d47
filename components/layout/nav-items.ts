import type { Route } from 'next';
import type { NavIconName } from './nav-icons';

export type NavItem = {
  href: Route;
  /** A key of locales/<lng>/common.json (all sidebar labels already exist under `nav.`). */
  labelKey: string;
  icon: NavIconName;
  /** Shown to the owner only (the page answers 404 to anyone else). */
  isOwnerOnly?: boolean;
};

/**
 * The sidebar, in the order of the KalliopePBX guide. Add a panel's entry here once its page
 * exists (typed routes reject links to pages that do not): the planned ones are listed below
 * with their label keys and icons, ready to move up.
 */
export const NAV_ITEMS: NavItem[] = [
  { href: '/', labelKey: 'nav.dashboard', icon: 'dashboard' },
  { href: '/devices', labelKey: 'nav.devices', icon: 'devices' },
  { href: '/accounts', labelKey: 'nav.accounts', icon: 'accounts' },
  { href: '/device-models', labelKey: 'nav.deviceModels', icon: 'models' },
  { href: '/templates', labelKey: 'nav.templates', icon: 'templates' },
  { href: '/placeholders', labelKey: 'nav.placeholders', icon: 'placeholders' },
  { href: '/redirection-servers', labelKey: 'nav.redirectionServers', icon: 'redirection' },
  { href: '/files', labelKey: 'nav.files', icon: 'files' },
  { href: '/unknown-devices', labelKey: 'nav.unknownDevices', icon: 'unknown' },
  { href: '/discovery', labelKey: 'nav.discovery', icon: 'redirection' },
  { href: '/audit-log', labelKey: 'nav.auditLog', icon: 'audit' },
  { href: '/settings/pbx', labelKey: 'nav.pbxSettings', icon: 'settings' },
  { href: '/settings/phone-access', labelKey: 'nav.phoneAccess', icon: 'settings' },
  { href: '/settings/tenants', labelKey: 'nav.tenants', icon: 'accounts', isOwnerOnly: true },
  { href: '/settings/users', labelKey: 'nav.users', icon: 'accounts', isOwnerOnly: true },
  { href: '/settings/api-tokens', labelKey: 'nav.apiTokens', icon: 'settings', isOwnerOnly: true },
];

/** The dashboard is active on `/` only; every other entry also on its sub-pages. */
export const isActive = (href: string, pathname: string) => (href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`));
