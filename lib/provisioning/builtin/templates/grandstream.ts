import { XML, xmlTemplate } from '../define';
import { CFG_MAC_XML } from '../rules';
import type { BuiltInModel } from '../types';

/**
 * P numbers of accounts 1–6 (GS config templates GXP21xx 1.0.11.16 and GRP261x 1.0.5.15): account 1 has its
 * own numbers, 2–4 use 4xx/5xx/6xx and 5–6 use 17xx/18xx, so they cannot be derived from the line index.
 */
const ACCOUNTS = [
  { active: 271, name: 270, server: 47, user: 35, auth: 36, password: 34, display: 3, voicemail: 33, transport: 130 },
  { active: 401, name: 417, server: 402, user: 404, auth: 405, password: 406, display: 407, voicemail: 426, transport: 448 },
  { active: 501, name: 517, server: 502, user: 504, auth: 505, password: 506, display: 507, voicemail: 526, transport: 548 },
  { active: 601, name: 617, server: 602, user: 604, auth: 605, password: 606, display: 607, voicemail: 626, transport: 648 },
  { active: 1701, name: 1717, server: 1702, user: 1704, auth: 1705, password: 1706, display: 1707, voicemail: 1726, transport: 1748 },
  { active: 1801, name: 1817, server: 1802, user: 1804, auth: 1805, password: 1806, display: 1807, voicemail: 1826, transport: 1848 },
];

const p = (n: number, value: string) => `<P${n}>${value}</P${n}>`;

/** A line the device lacks renders inactive with every field empty, so no half-configured account stays on the phone. */
const account = (index: number, keys: (typeof ACCOUNTS)[number]) => {
  const a = (field: string) => `%%ACCOUNT${index}_${field}%%`;
  return `
    <!-- Account ${index} -->
    ${p(keys.active, a('ENABLED'))}
    ${p(keys.name, a('EXTENSION'))}
    ${p(keys.server, `%%IF ACCOUNT${index}_SIP_USERNAME%%%%PBX_HOST%%:%%PBX_SIP_PORT%%%%END_IF%%`)}
    ${p(keys.transport, '%%GRANDSTREAM_SIP_TRANSPORT%%')}
    ${p(keys.user, a('SIP_USERNAME'))}
    ${p(keys.auth, a('AUTH_USERNAME'))}
    ${p(keys.password, a('SIP_PASSWORD'))}
    ${p(keys.display, a('DISPLAY_NAME'))}
    ${p(keys.voicemail, a('VOICEMAIL'))}`;
};

/**
 * Grandstream GRP261x/GXP21xx: `cfg<mac>.xml`, `<gs_provision>` with numeric P-values. P237 takes the
 * provisioning URL (scheme included, and P212 says the same protocol for firmware that reads it there) and P194 = 1 re-checks it every P193 minutes. An unset VLAN writes the
 * documented "off" value 0, so removing the VLAN from a device removes it from the phone.
 */
export const GRANDSTREAM_DEVICE_BODY = `<?xml version="1.0" encoding="UTF-8"?>
<gs_provision version="1">
  <mac>%%DEVICE_MAC%%</mac>
  <config version="1">
    <!-- Provisioning: config server path; automatic check every P193 minutes -->
    <P212>%%GRANDSTREAM_CONFIG_PROTOCOL%%</P212>
    <P237>%%PROVISIONING_URL%%</P237>
    <P194>1</P194>
    <P193>%%PROVISIONING_RESYNC_MINUTES%%</P193>

    <!-- Time: NTP; self-defined POSIX zone, which DHCP option 2 must not override -->
    %%IF PBX_NTP_SERVER%%<P30>%%PBX_NTP_SERVER%%</P30>%%END_IF%%
    %%IF GRANDSTREAM_POSIX_TIME_ZONE%%<P64>%%GRANDSTREAM_TIME_ZONE%%</P64>
    <P246>%%GRANDSTREAM_POSIX_TIME_ZONE%%</P246>
    <P143>0</P143>%%END_IF%%

    %%IF GRANDSTREAM_LANGUAGE%%<P1362>%%GRANDSTREAM_LANGUAGE%%</P1362>%%END_IF%%
    %%IF ADMIN_PASSWORD%%<P2>%%ADMIN_PASSWORD%%</P2>%%END_IF%%

    <!-- VLAN tag and 802.1p priority; 0 = no tag -->
    %%IF VLAN_ID%%<P51>%%VLAN_ID%%</P51>
    <P87>%%VLAN_PRIORITY%%</P87>%%END_IF%%
    %%IF_NOT VLAN_ID%%<P51>0</P51>
    <P87>0</P87>%%END_IF%%
${ACCOUNTS.map((keys, i) => account(i + 1, keys)).join('\n')}
  </config>
</gs_provision>
`;

export const GRANDSTREAM_MODELS: readonly BuiltInModel[] = ['GRP', 'GXP'].map((family) => ({
  brand: 'Grandstream',
  name: `Grandstream ${family}`,
  rule: CFG_MAC_XML,
  contentType: XML,
  template: xmlTemplate(`Grandstream ${family} default`, GRANDSTREAM_DEVICE_BODY),
  commonFiles: [],
}));
