import { XML, xmlTemplate } from '../define';
import { MAC_CFG } from '../rules';
import type { BuiltInModel } from '../types';

/**
 * Fanvil X series: `<mac>.cfg` holding the XML `<sysConf>` format, one `<line index="N">`
 * per SIP line (PhoneNumber = SIP user, RegisterUser = authentication user). Lines register
 * over UDP on the PBX's UDP port.
 */
export const FANVIL_DEVICE_BODY = `<?xml version="1.0" encoding="UTF-8"?>
<sysConf>
  <phone>
    <date>
      <EnableSNTP>1</EnableSNTP>
      <SNTPServer>%%PBX_NTP_SERVER%%</SNTPServer>
    </date>
  </phone>
  <web>
    <account index="1">
      <Name>%%ADMIN_USERNAME%%</Name>
      <Password>%%ADMIN_PASSWORD%%</Password>
      <Level>10</Level>
    </account>
  </web>
  <sip>
%%BEGIN_ACCOUNTS%%
    <line index="%%ACCOUNT_INDEX%%">
      <PhoneNumber>%%ACCOUNT_SIP_USERNAME%%</PhoneNumber>
      <DisplayName>%%ACCOUNT_DISPLAY_NAME%%</DisplayName>
      <RegisterAddr>%%PBX_HOST%%</RegisterAddr>
      <RegisterPort>%%PBX_SIP_UDP_PORT%%</RegisterPort>
      <RegisterUser>%%ACCOUNT_AUTH_USERNAME%%</RegisterUser>
      <RegisterPswd>%%ACCOUNT_SIP_PASSWORD%%</RegisterPswd>
      <EnableReg>1</EnableReg>
    </line>
%%END_ACCOUNTS%%
  </sip>
</sysConf>
`;

export const FANVIL_MODELS: readonly BuiltInModel[] = [
  {
    brand: 'Fanvil',
    name: 'Fanvil X series',
    rule: MAC_CFG,
    contentType: XML,
    template: xmlTemplate('Fanvil X series default', FANVIL_DEVICE_BODY),
    commonFiles: [],
  },
];
