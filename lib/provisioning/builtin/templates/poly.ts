import { XML, xmlTemplate } from '../define';
import { MAC_USER_CFG } from '../rules';
import type { BuiltInModel } from '../types';

/**
 * Poly VVX and Edge E (UC Software): a factory phone asks for `<mac>.cfg`, then the master `000000000000.cfg`, whose
 * CONFIG_FILES names the per-device `<mac>-user.cfg` (Wazo's name; the phone writes its own changes to
 * `<mac>-phone.cfg`). That file is one `<polycomConfig …/>` element whose attributes are the settings. `device.*` values
 * apply only with `device.set="1"` and their own `.set="1"`, and the phone keeps them; every other key falls back to its
 * default when a later file leaves it out, so a line the device no longer has simply disappears.
 */
export const POLY_DEVICE_BODY = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<polycomConfig
  device.set="1"
  device.prov.serverName.set="1"
  device.prov.serverName="%%PROVISIONING_URL%%"
  device.dhcp.bootSrvUseOpt.set="1"
  device.dhcp.bootSrvUseOpt="Static"
  prov.polling.enabled="1"
  prov.polling.period="%%PROVISIONING_RESYNC_SECONDS%%"
%%IF PROVISIONING_RESYNC_TIME%%
  prov.polling.mode="abs"
  prov.polling.time="%%PROVISIONING_RESYNC_TIME%%"
%%END_IF%%
%%IF_NOT PROVISIONING_RESYNC_TIME%%
  prov.polling.mode="rel"
%%END_IF%%
%%IF ADMIN_PASSWORD%%
  device.auth.localAdminPassword.set="1"
  device.auth.localAdminPassword="%%ADMIN_PASSWORD%%"
%%END_IF%%
%%IF VLAN_ID%%
  device.net.vlanId.set="1"
  device.net.vlanId="%%VLAN_ID%%"
%%END_IF%%
  device.dhcp.enabled.set="1"
%%IF NETWORK_IP%%
  device.dhcp.enabled="0"
  device.net.ipAddress.set="1"
  device.net.ipAddress="%%NETWORK_IP%%"
  device.net.subnetMask.set="1"
  device.net.subnetMask="%%NETWORK_NETMASK%%"
  device.net.IPgateway.set="1"
  device.net.IPgateway="%%NETWORK_GATEWAY%%"
%%END_IF%%
%%IF_NOT NETWORK_IP%%
  device.dhcp.enabled="1"
%%END_IF%%
%%IF NETWORK_DNS1%%
  device.dns.serverAddress.set="1"
  device.dns.serverAddress="%%NETWORK_DNS1%%"
%%END_IF%%
%%IF NETWORK_DNS2%%
  device.dns.altSrvAddress.set="1"
  device.dns.altSrvAddress="%%NETWORK_DNS2%%"
%%END_IF%%
%%IF PBX_NTP_SERVER%%
  tcpIpApp.sntp.address.overrideDHCP="1"
  tcpIpApp.sntp.address="%%PBX_NTP_SERVER%%"
%%END_IF%%
%%IF POLY_GMT_OFFSET%%
  tcpIpApp.sntp.gmtOffset.overrideDHCP="1"
  tcpIpApp.sntp.gmtOffset="%%POLY_GMT_OFFSET%%"
  tcpIpApp.sntp.daylightSavings.enable="%%POLY_DST_ENABLE%%"
%%END_IF%%
%%IF POLY_DST_START_MONTH%%
  tcpIpApp.sntp.daylightSavings.fixedDayEnable="0"
  tcpIpApp.sntp.daylightSavings.start.month="%%POLY_DST_START_MONTH%%"
  tcpIpApp.sntp.daylightSavings.start.date="%%POLY_DST_START_DATE%%"
  tcpIpApp.sntp.daylightSavings.start.dayOfWeek="%%POLY_DST_START_DAY_OF_WEEK%%"
  tcpIpApp.sntp.daylightSavings.start.dayOfWeek.lastInMonth="%%POLY_DST_START_LAST_IN_MONTH%%"
  tcpIpApp.sntp.daylightSavings.start.time="%%POLY_DST_START_TIME%%"
  tcpIpApp.sntp.daylightSavings.stop.month="%%POLY_DST_STOP_MONTH%%"
  tcpIpApp.sntp.daylightSavings.stop.date="%%POLY_DST_STOP_DATE%%"
  tcpIpApp.sntp.daylightSavings.stop.dayOfWeek="%%POLY_DST_STOP_DAY_OF_WEEK%%"
  tcpIpApp.sntp.daylightSavings.stop.dayOfWeek.lastInMonth="%%POLY_DST_STOP_LAST_IN_MONTH%%"
  tcpIpApp.sntp.daylightSavings.stop.time="%%POLY_DST_STOP_TIME%%"
%%END_IF%%
%%IF POLY_LANGUAGE%%
  lcl.ml.lang="%%POLY_LANGUAGE%%"
%%END_IF%%
%%BEGIN_ACCOUNTS%%
  reg.%%ACCOUNT_INDEX%%.address="%%ACCOUNT_SIP_USERNAME%%@%%PBX_SIP_DOMAIN%%"
  reg.%%ACCOUNT_INDEX%%.auth.userId="%%ACCOUNT_AUTH_USERNAME%%"
  reg.%%ACCOUNT_INDEX%%.auth.password="%%ACCOUNT_SIP_PASSWORD%%"
  reg.%%ACCOUNT_INDEX%%.displayName="%%ACCOUNT_DISPLAY_NAME%%"
  reg.%%ACCOUNT_INDEX%%.label="%%ACCOUNT_EXTENSION%%"
  reg.%%ACCOUNT_INDEX%%.server.1.address="%%PBX_HOST%%"
  reg.%%ACCOUNT_INDEX%%.server.1.port="%%PBX_SIP_PORT%%"
  reg.%%ACCOUNT_INDEX%%.server.1.transport="%%POLY_SIP_TRANSPORT%%"
%%IF ACCOUNT_VOICEMAIL%%
  msg.mwi.%%ACCOUNT_INDEX%%.callBackMode="contact"
  msg.mwi.%%ACCOUNT_INDEX%%.callBack="%%ACCOUNT_VOICEMAIL%%"
%%END_IF%%
%%END_ACCOUNTS%%
/>
`;

export const POLY_MASTER_FILE = '000000000000.cfg';

/** The phone itself expands [PHONE_MAC_ADDRESS]; paths are relative to the directory the phone was sent to. */
export const POLY_MASTER_BODY = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<APPLICATION
  APP_FILE_PATH="sip.ld"
  CONFIG_FILES="[PHONE_MAC_ADDRESS]-user.cfg"
  MISC_FILES=""
  LOG_FILE_DIRECTORY=""
  OVERRIDES_DIRECTORY=""
  CONTACTS_DIRECTORY=""
  LICENSE_DIRECTORY=""
/>
`;

const poly = (family: string): BuiltInModel => ({
  brand: 'Poly',
  name: `Poly ${family}`,
  rule: MAC_USER_CFG,
  contentType: XML,
  template: xmlTemplate(`Poly ${family} default`, POLY_DEVICE_BODY),
  commonFiles: [{ fileName: POLY_MASTER_FILE, body: POLY_MASTER_BODY }],
});

export const POLY_MODELS: readonly BuiltInModel[] = [poly('VVX'), poly('Edge')];
