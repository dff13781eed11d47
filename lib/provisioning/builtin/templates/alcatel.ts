import { XML, xmlTemplate } from '../define';
import { CONFIG_DOT_MAC_XML } from '../rules';
import type { BuiltInModel } from '../types';

/**
 * Alcatel-Lucent Enterprise Myriad (M3/M5/M7): `config.<mac>.xml`, a flat list of
 * `<setting id="…" value="…"/>` with per-line ids `Account<N>…`. Server port is the PBX's
 * UDP port (the phone's default transport).
 */
export const ALCATEL_MYRIAD_DEVICE_BODY = `<?xml version="1.0" encoding="UTF-8"?>
<settings>
  <setting id="DeviceSecurityAdminName" value="%%ADMIN_USERNAME%%"/>
  <setting id="DeviceSecurityAdminPwd" value="%%ADMIN_PASSWORD%%"/>
  <setting id="SettingSntpServer" value="%%PBX_NTP_SERVER%%"/>
%%BEGIN_ACCOUNTS%%
  <setting id="Account%%ACCOUNT_INDEX%%Enable" value="true"/>
  <setting id="Account%%ACCOUNT_INDEX%%Label" value="%%ACCOUNT_EXTENSION%%"/>
  <setting id="Account%%ACCOUNT_INDEX%%DisplayName" value="%%ACCOUNT_DISPLAY_NAME%%"/>
  <setting id="Account%%ACCOUNT_INDEX%%UserName" value="%%ACCOUNT_SIP_USERNAME%%"/>
  <setting id="Account%%ACCOUNT_INDEX%%RegName" value="%%ACCOUNT_AUTH_USERNAME%%"/>
  <setting id="Account%%ACCOUNT_INDEX%%Password" value="%%ACCOUNT_SIP_PASSWORD%%"/>
  <setting id="Account%%ACCOUNT_INDEX%%Server1Address" value="%%PBX_HOST%%"/>
  <setting id="Account%%ACCOUNT_INDEX%%Server1Port" value="%%PBX_SIP_UDP_PORT%%"/>
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
    commonFiles: [],
  },
];
