import { XML, xmlTemplate } from '../define';
import { MAC_XML } from '../rules';
import type { BuiltInModel } from '../types';

/**
 * Cisco MPP (3PCC) 78xx/88xx: `<mac>.xml` (the phone's `$MA.xml` profile rule) in the
 * `<flat-profile>` format, one `Key_N_` element per line setting. `Use_Auth_ID_N_` makes
 * the phone authenticate with Auth_ID instead of User_ID. The proxy carries host:port (UDP).
 */
export const CISCO_MPP_DEVICE_BODY = `<?xml version="1.0" encoding="UTF-8"?>
<flat-profile>
  <Admin_Password>%%ADMIN_PASSWORD%%</Admin_Password>
  <Primary_NTP_Server>%%PBX_NTP_SERVER%%</Primary_NTP_Server>
%%BEGIN_ACCOUNTS%%
  <Line_Enable_%%ACCOUNT_INDEX%%_>Yes</Line_Enable_%%ACCOUNT_INDEX%%_>
  <Proxy_%%ACCOUNT_INDEX%%_>%%PBX_HOST%%:%%PBX_SIP_UDP_PORT%%</Proxy_%%ACCOUNT_INDEX%%_>
  <Display_Name_%%ACCOUNT_INDEX%%_>%%ACCOUNT_DISPLAY_NAME%%</Display_Name_%%ACCOUNT_INDEX%%_>
  <User_ID_%%ACCOUNT_INDEX%%_>%%ACCOUNT_SIP_USERNAME%%</User_ID_%%ACCOUNT_INDEX%%_>
  <Use_Auth_ID_%%ACCOUNT_INDEX%%_>Yes</Use_Auth_ID_%%ACCOUNT_INDEX%%_>
  <Auth_ID_%%ACCOUNT_INDEX%%_>%%ACCOUNT_AUTH_USERNAME%%</Auth_ID_%%ACCOUNT_INDEX%%_>
  <Password_%%ACCOUNT_INDEX%%_>%%ACCOUNT_SIP_PASSWORD%%</Password_%%ACCOUNT_INDEX%%_>
%%END_ACCOUNTS%%
</flat-profile>
`;

export const CISCO_MODELS: readonly BuiltInModel[] = ['78xx', '88xx'].map((family) => ({
  brand: 'Cisco',
  name: `Cisco MPP ${family}`,
  rule: MAC_XML,
  contentType: XML,
  template: xmlTemplate(`Cisco MPP ${family} default`, CISCO_MPP_DEVICE_BODY),
  commonFiles: [],
}));
