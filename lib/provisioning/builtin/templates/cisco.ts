import { XML, xmlTemplate } from '../define';
import { MAC_XML } from '../rules';
import type { BuiltInModel } from '../types';

/**
 * Cisco MPP (3PCC) 78xx/88xx. A factory phone's `Profile_Rule` is `/$PSN.xml`: it asks the server it was sent to for
 * `<model>-3PCC.xml` (e.g. `8841-3PCC.xml`). That bootstrap points `Profile_Rule` and `Profile_Rule_B` at our
 * `$MA.xml`, so the same resync goes on to `<mac>.xml`, a `<flat-profile>` with one `Key_N_` element per line setting.
 * The phone keeps every value a profile leaves out, so the device file states what it turns off: VLAN, static address,
 * the lines the device does not have.
 */
const DEVICE_HEAD = `<?xml version="1.0" encoding="UTF-8"?>
<flat-profile>
  <Provision_Enable>Yes</Provision_Enable>
  <Resync_On_Reset>Yes</Resync_On_Reset>
  <Profile_Rule>%%PROVISIONING_URL%%$MA.xml</Profile_Rule>
  <Profile_Rule_B></Profile_Rule_B>
  <Resync_Periodic>%%PROVISIONING_RESYNC_SECONDS%%</Resync_Periodic>
  <Resync_At__HHmm_>%%PROVISIONING_RESYNC_TIME_HHMM%%</Resync_At__HHmm_>
%%IF ADMIN_PASSWORD%%
  <Admin_Password>%%ADMIN_PASSWORD%%</Admin_Password>
%%END_IF%%
%%IF VLAN_ID%%
  <Enable_VLAN>Yes</Enable_VLAN>
  <VLAN_ID>%%VLAN_ID%%</VLAN_ID>
%%END_IF%%
%%IF_NOT VLAN_ID%%
  <Enable_VLAN>No</Enable_VLAN>
%%END_IF%%
%%IF NETWORK_IP%%
  <Connection_Type>Static IP</Connection_Type>
  <Static_IP>%%NETWORK_IP%%</Static_IP>
  <NetMask>%%NETWORK_NETMASK%%</NetMask>
  <Gateway>%%NETWORK_GATEWAY%%</Gateway>
%%END_IF%%
%%IF_NOT NETWORK_IP%%
  <Connection_Type>DHCP</Connection_Type>
%%END_IF%%
%%IF NETWORK_DNS1%%
  <Primary_DNS>%%NETWORK_DNS1%%</Primary_DNS>
%%END_IF%%
%%IF NETWORK_DNS2%%
  <Secondary_DNS>%%NETWORK_DNS2%%</Secondary_DNS>
%%END_IF%%
%%IF PBX_NTP_SERVER%%
  <Primary_NTP_Server>%%PBX_NTP_SERVER%%</Primary_NTP_Server>
%%END_IF%%
%%IF CISCO_TIME_ZONE%%
  <Time_Zone>%%CISCO_TIME_ZONE%%</Time_Zone>
  <Daylight_Saving_Time_Enable>%%CISCO_DST_ENABLE%%</Daylight_Saving_Time_Enable>
%%END_IF%%
%%IF CISCO_DST_RULE%%
  <Daylight_Saving_Time_Rule>%%CISCO_DST_RULE%%</Daylight_Saving_Time_Rule>
%%END_IF%%
%%IF CISCO_LANGUAGE%%
  <Language_Selection>%%CISCO_LANGUAGE%%</Language_Selection>
  <Locale>%%CISCO_LOCALE%%</Locale>
%%END_IF%%
%%IF ACCOUNT1_VOICEMAIL%%
  <Voice_Mail_Number>%%ACCOUNT1_VOICEMAIL%%</Voice_Mail_Number>
%%END_IF%%
%%BEGIN_ACCOUNTS%%
  <Proxy_%%ACCOUNT_INDEX%%_>%%PBX_HOST%%:%%PBX_SIP_PORT%%</Proxy_%%ACCOUNT_INDEX%%_>
  <SIP_Transport_%%ACCOUNT_INDEX%%_>%%CISCO_SIP_TRANSPORT%%</SIP_Transport_%%ACCOUNT_INDEX%%_>
  <Display_Name_%%ACCOUNT_INDEX%%_>%%ACCOUNT_DISPLAY_NAME%%</Display_Name_%%ACCOUNT_INDEX%%_>
  <User_ID_%%ACCOUNT_INDEX%%_>%%ACCOUNT_SIP_USERNAME%%</User_ID_%%ACCOUNT_INDEX%%_>
  <Use_Auth_ID_%%ACCOUNT_INDEX%%_>Yes</Use_Auth_ID_%%ACCOUNT_INDEX%%_>
  <Auth_ID_%%ACCOUNT_INDEX%%_>%%ACCOUNT_AUTH_USERNAME%%</Auth_ID_%%ACCOUNT_INDEX%%_>
  <Password_%%ACCOUNT_INDEX%%_>%%ACCOUNT_SIP_PASSWORD%%</Password_%%ACCOUNT_INDEX%%_>
%%END_ACCOUNTS%%
`;

/** Line n is on only while the device has a line n: a line removed later is switched off, not left registered. */
const lineSwitch = (n: number) =>
  `  <Line_Enable_${n}_>%%IF ACCOUNT${n}_SIP_USERNAME%%Yes%%END_IF%%%%IF_NOT ACCOUNT${n}_SIP_USERNAME%%No%%END_IF%%</Line_Enable_${n}_>\n`;

export const ciscoDeviceBody = (lines: number) => DEVICE_HEAD + Array.from({ length: lines }, (_, i) => lineSwitch(i + 1)).join('') + '</flat-profile>\n';

/** The bootstrap every model's `$PSN.xml` holds: PBX-level values only. */
export const CISCO_BOOTSTRAP_BODY = `<?xml version="1.0" encoding="UTF-8"?>
<flat-profile>
  <Provision_Enable>Yes</Provision_Enable>
  <Resync_On_Reset>Yes</Resync_On_Reset>
  <Profile_Rule>%%PROVISIONING_URL%%$MA.xml</Profile_Rule>
  <Profile_Rule_B>%%PROVISIONING_URL%%$MA.xml</Profile_Rule_B>
</flat-profile>
`;

/** Phones of each family with multiplatform firmware, and the most lines (extensions) one of them has. */
const FAMILIES = {
  '78xx': { models: ['7811', '7821', '7832', '7841', '7861'], lines: 16 },
  '88xx': { models: ['8811', '8832', '8841', '8845', '8851', '8861', '8865'], lines: 10 },
} as const;

export const ciscoBootstrapFile = (model: string) => `${model}-3PCC.xml`;

export const CISCO_MODELS: readonly BuiltInModel[] = Object.entries(FAMILIES).map(([family, { models, lines }]) => ({
  brand: 'Cisco',
  name: `Cisco MPP ${family}`,
  rule: MAC_XML,
  contentType: XML,
  template: xmlTemplate(`Cisco MPP ${family} default`, ciscoDeviceBody(lines)),
  commonFiles: models.map((model) => ({ fileName: ciscoBootstrapFile(model), body: CISCO_BOOTSTRAP_BODY })),
}));
