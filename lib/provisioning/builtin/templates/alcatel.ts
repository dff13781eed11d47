import { XML, xmlTemplate } from '../define';
import { CONFIG_DOT_MAC_XML } from '../rules';
import type { BuiltInModel } from '../types';

/**
 * Alcatel-Lucent Enterprise Myriad (M3/M5/M7): a flat list of `<setting id="…" value="…"/>`. Given a
 * directory, a factory phone asks for `config.xml`, `config.<model>.xml`, then `config.<mac>.xml` (ALE M3
 * admin guide §3.6). `config.xml` keeps it on our directory; the MAC file holds the lines
 * (lib/provisioning/builtin/families/alcatel.md).
 */
const PROVISIONING = `  <setting id="DeviceProvisionServerUrl" value="%%PROVISIONING_URL%%"/>
  <setting id="DeviceProvisionPollingByIntervalEnable" value="true"/>
  <setting id="DeviceProvisionPollingInterval" value="%%PROVISIONING_RESYNC_MINUTES%%"/>
`;

/** `config.xml`: the first file a factory phone asks for; PBX-level settings only. */
export const ALCATEL_COMMON_BODY = `<?xml version="1.0" encoding="UTF-8"?>
<settings>
${PROVISIONING}</settings>
`;

export const ALCATEL_MYRIAD_DEVICE_BODY = `<?xml version="1.0" encoding="UTF-8"?>
<settings>
${PROVISIONING}%%IF ADMIN_PASSWORD%%
  <setting id="DeviceSecurityAdminName" value="%%ADMIN_USERNAME%%"/>
  <setting id="DeviceSecurityAdminPwd" value="%%ADMIN_PASSWORD%%"/>
%%END_IF%%
%%IF PBX_NTP_SERVER%%
  <setting id="SettingSntpServer" value="%%PBX_NTP_SERVER%%"/>
%%END_IF%%
%%IF ALCATEL_TIME_ZONE%%
  <setting id="SettingTimeZone" value="%%ALCATEL_TIME_ZONE%%"/>
  <setting id="SettingTimeZoneLocation" value="%%ALCATEL_TIME_ZONE_LOCATION%%"/>
  <setting id="SettingDstEnable" value="%%ALCATEL_DST_ENABLE%%"/>
%%END_IF%%
%%IF ALCATEL_LANGUAGE%%
  <setting id="SettingLanguage" value="%%ALCATEL_LANGUAGE%%"/>
%%END_IF%%
%%IF VLAN_ID%%
  <setting id="DeviceNetworkLanVlanEnable" value="true"/>
  <setting id="DeviceNetworkLanVlanNumber" value="%%VLAN_ID%%"/>
%%END_IF%%
%%BEGIN_ACCOUNTS%%
  <setting id="Account%%ACCOUNT_INDEX%%Enable" value="true"/>
  <setting id="Account%%ACCOUNT_INDEX%%Label" value="%%ACCOUNT_EXTENSION%%"/>
  <setting id="Account%%ACCOUNT_INDEX%%DisplayName" value="%%ACCOUNT_DISPLAY_NAME%%"/>
  <setting id="Account%%ACCOUNT_INDEX%%UserName" value="%%ACCOUNT_SIP_USERNAME%%"/>
  <setting id="Account%%ACCOUNT_INDEX%%RegName" value="%%ACCOUNT_AUTH_USERNAME%%"/>
  <setting id="Account%%ACCOUNT_INDEX%%Password" value="%%ACCOUNT_SIP_PASSWORD%%"/>
  <setting id="Account%%ACCOUNT_INDEX%%Server1Address" value="%%PBX_HOST%%"/>
  <setting id="Account%%ACCOUNT_INDEX%%Server1Port" value="%%PBX_SIP_PORT%%"/>
  <setting id="Account%%ACCOUNT_INDEX%%Server1Transport" value="%%ALCATEL_SIP_TRANSPORT%%"/>
%%IF ACCOUNT_VOICEMAIL%%
  <setting id="Account%%ACCOUNT_INDEX%%VmNumber" value="%%ACCOUNT_VOICEMAIL%%"/>
%%END_IF%%
%%END_ACCOUNTS%%
</settings>
`;

export const ALCATEL_MODELS: readonly BuiltInModel[] = [
  {
    brand: 'Alcatel-Lucent',
    name: 'Alcatel-Lucent Myriad',
    rule: CONFIG_DOT_MAC_XML,
    contentType: XML,
    template: xmlTemplate('Alcatel-Lucent Myriad default', ALCATEL_MYRIAD_DEVICE_BODY),
    commonFiles: [{ fileName: 'config.xml', body: ALCATEL_COMMON_BODY }],
  },
];
