import { XML, xmlTemplate } from '../define';
import { MAC_USER_CFG } from '../rules';
import type { BuiltInModel } from '../types';

/**
 * Poly VVX and Edge (UC Software): the master `000000000000.cfg` lists the per-device
 * `<mac>-user.cfg` in CONFIG_FILES; that file is one `<polycomConfig …/>` element whose
 * attributes are the settings. `device.*` values apply only with `device.set="1"` and their
 * own `.set="1"`. Lines register over UDP (`UDPOnly`) on the PBX's UDP port.
 */
export const POLY_DEVICE_BODY = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<polycomConfig
  device.set="1"
  device.auth.localAdminPassword.set="1"
  device.auth.localAdminPassword="%%ADMIN_PASSWORD%%"
  device.net.vlanId.set="1"
  device.net.vlanId="%%VLAN_ID%%"
  tcpIpApp.sntp.address.overrideDHCP="1"
  tcpIpApp.sntp.address="%%PBX_NTP_SERVER%%"
%%BEGIN_ACCOUNTS%%
  reg.%%ACCOUNT_INDEX%%.address="%%ACCOUNT_SIP_USERNAME%%"
  reg.%%ACCOUNT_INDEX%%.auth.userId="%%ACCOUNT_AUTH_USERNAME%%"
  reg.%%ACCOUNT_INDEX%%.auth.password="%%ACCOUNT_SIP_PASSWORD%%"
  reg.%%ACCOUNT_INDEX%%.displayName="%%ACCOUNT_DISPLAY_NAME%%"
  reg.%%ACCOUNT_INDEX%%.label="%%ACCOUNT_EXTENSION%%"
  reg.%%ACCOUNT_INDEX%%.server.1.address="%%PBX_HOST%%"
  reg.%%ACCOUNT_INDEX%%.server.1.port="%%PBX_SIP_UDP_PORT%%"
  reg.%%ACCOUNT_INDEX%%.server.1.transport="UDPOnly"
%%END_ACCOUNTS%%
/>
`;

export const POLY_MASTER_FILE = '000000000000.cfg';

/** The phone itself expands [PHONE_MAC_ADDRESS]; paths are relative to the provisioning directory. */
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
