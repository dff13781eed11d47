import { TEXT, textTemplate } from '../define';
import { CONFIG_MAC_CFG } from '../rules';
import type { BuiltInModel } from '../types';

/**
 * Panasonic KX-HDV: `Config<MAC>.cfg`, `KEY="value"` text whose first line must be
 * `# Panasonic SIP Phone Standard Format File #`. Registrar and proxy are the PBX on its
 * UDP port; SIP_URI is sip:user@domain.
 */
export const PANASONIC_DEVICE_BODY = `# Panasonic SIP Phone Standard Format File #
# Provisio built-in template: Panasonic KX-HDV.

NTP_ADDR="%%PBX_NTP_SERVER%%"
%%BEGIN_ACCOUNTS%%
PHONE_NUMBER_%%ACCOUNT_INDEX%%="%%ACCOUNT_SIP_USERNAME%%"
DISPLAY_NAME_%%ACCOUNT_INDEX%%="%%ACCOUNT_DISPLAY_NAME%%"
SIP_URI_%%ACCOUNT_INDEX%%="sip:%%ACCOUNT_SIP_USERNAME%%@%%PBX_SIP_DOMAIN%%"
SIP_SVCDOMAIN_%%ACCOUNT_INDEX%%="%%PBX_SIP_DOMAIN%%"
SIP_RGSTR_ADDR_%%ACCOUNT_INDEX%%="%%PBX_HOST%%"
SIP_RGSTR_PORT_%%ACCOUNT_INDEX%%="%%PBX_SIP_UDP_PORT%%"
SIP_PRXY_ADDR_%%ACCOUNT_INDEX%%="%%PBX_HOST%%"
SIP_PRXY_PORT_%%ACCOUNT_INDEX%%="%%PBX_SIP_UDP_PORT%%"
SIP_AUTHID_%%ACCOUNT_INDEX%%="%%ACCOUNT_AUTH_USERNAME%%"
SIP_PASS_%%ACCOUNT_INDEX%%="%%ACCOUNT_SIP_PASSWORD%%"
%%END_ACCOUNTS%%`;

export const PANASONIC_MODELS: readonly BuiltInModel[] = [
  {
    brand: 'Panasonic',
    name: 'Panasonic KX-HDV',
    rule: CONFIG_MAC_CFG,
    contentType: TEXT,
    template: textTemplate('Panasonic KX-HDV default', PANASONIC_DEVICE_BODY),
    commonFiles: [],
  },
];
