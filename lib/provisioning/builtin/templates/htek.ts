import { XML, xmlTemplate } from '../define';
import { CFG_MAC_XML } from '../rules';
import type { BuiltInModel } from '../types';

/**
 * P numbers of accounts 1–4 (a public UC903 template; Wazo's plugin for `Accountn_Profile`). Each account
 * gets its own server and transport (current firmware); older firmware reads them from a profile instead,
 * so every account is also bound to profile 1 (`Accountn_Profile` = 0), which carries account 1's server.
 */
const ACCOUNTS = [
  { active: 271, server: 47, transport: 130, user: 35, auth: 36, password: 34, display: 3, label: 20000, profile: 24082 },
  { active: 401, server: 747, transport: 830, user: 735, auth: 736, password: 734, display: 703, label: 20001, profile: 24083 },
  { active: 501, server: 502, transport: 930, user: 504, auth: 505, password: 506, display: 507, label: 20002, profile: 24084 },
  { active: 601, server: 602, transport: 1030, user: 604, auth: 605, password: 606, display: 607, label: 20003, profile: 24085 },
];

const p = (n: number, para: string, value: string) => `<P${n} para="${para}">${value}</P${n}>`;

/** A line the device lacks renders inactive with every field empty. */
const account = (index: number, keys: (typeof ACCOUNTS)[number]) => {
  const a = (field: string) => `%%ACCOUNT${index}_${field}%%`;
  const name = `Account${index}`;
  return `
    <!-- Account ${index} -->
    ${p(keys.active, `${name}.Active`, a('ENABLED'))}
    ${p(keys.profile, `${name}_Profile`, '0')}
    ${p(keys.server, `${name}.Sipserver`, `%%IF ACCOUNT${index}_SIP_USERNAME%%%%PBX_HOST%%:%%PBX_SIP_PORT%%%%END_IF%%`)}
    ${p(keys.transport, `${name}.SipTransport`, '%%HTEK_SIP_TRANSPORT%%')}
    ${p(keys.label, `${name}.Label`, a('EXTENSION'))}
    ${p(keys.user, `${name}.SipUserId`, a('SIP_USERNAME'))}
    ${p(keys.auth, `${name}.AuthenticateID`, a('AUTH_USERNAME'))}
    ${p(keys.password, `${name}.AuthenticatePassword`, a('SIP_PASSWORD'))}
    ${p(keys.display, `${name}.DispalyName`, a('DISPLAY_NAME'))}`;
};

/**
 * Htek UC9xx: `cfg<mac>.xml`, `<hl_provision>` with P-values labelled by `para` (labels as the vendor spells
 * them, "DispalyName" included). P237 takes the provisioning URL (scheme included), P194 = 1 re-checks it
 * every P193 minutes. An unset VLAN switches the WAN VLAN off.
 */
export const HTEK_DEVICE_BODY = `<?xml version="1.0" encoding="UTF-8"?>
<hl_provision version="1">
  <config version="1">
    <!-- Auto provision: config server path, check every P193 minutes -->
    <P237 para="FirmwareUpGrade.ConfigServerPath">%%PROVISIONING_URL%%</P237>
    <P194 para="FirmwareUpGrade.AutoUpgrade">1</P194>
    <P193 para="FirmwareUpGrade.CheckUpgradeTimes">%%PROVISIONING_RESYNC_MINUTES%%</P193>

    <!-- Time: NTP; time-zone list index with automatic DST, which DHCP must not override -->
    %%IF PBX_NTP_SERVER%%<P30 para="UrlOrIpAddress">%%PBX_NTP_SERVER%%</P30>%%END_IF%%
    %%IF HTEK_TIME_ZONE%%<P64 para="Preference.TimeZone">%%HTEK_TIME_ZONE%%</P64>
    <P75 para="Preference.DaylightSavingTime">%%HTEK_DAYLIGHT_SAVING%%</P75>
    <P143 para="Preference.DHCPTime">0</P143>%%END_IF%%

    %%IF ADMIN_PASSWORD%%<P2 para="AdminPassword">%%ADMIN_PASSWORD%%</P2>%%END_IF%%

    <!-- VLAN on the WAN port -->
    <P24053 para="Network.Advanced.Vlan.WANVlan">%%VLAN_ENABLED%%</P24053>
    %%IF VLAN_ID%%<P51 para="Layer2QoS.802.1Q/VLANTag">%%VLAN_ID%%</P51>
    <P87 para="Layer2QoS.802.1pPriorityValue">%%VLAN_PRIORITY%%</P87>%%END_IF%%
    %%IF_NOT VLAN_ID%%<P51 para="Layer2QoS.802.1Q/VLANTag">0</P51>
    <P87 para="Layer2QoS.802.1pPriorityValue">0</P87>%%END_IF%%
${ACCOUNTS.map((keys, i) => account(i + 1, keys)).join('\n')}
  </config>
</hl_provision>
`;

export const HTEK_MODELS: readonly BuiltInModel[] = [
  {
    brand: 'Htek',
    name: 'Htek UC9xx',
    rule: CFG_MAC_XML,
    contentType: XML,
    template: xmlTemplate('Htek UC9xx default', HTEK_DEVICE_BODY),
    commonFiles: [],
  },
];
