import { TEXT, textTemplate } from '../define';
import { CONFIG_MAC_CFG } from '../rules';
import type { BuiltInCommonFile, BuiltInModel } from '../types';

/**
 * Panasonic KX-HDV: `KEY="value"` text. The parser wants the magic first line, CRLF line breaks and
 * a final line break (the template is rendered with `lineEndings: 'crlf'`); a `"` inside a value is
 * rendered as `'` by the engine. A key given twice keeps its first value. Keys and sources:
 * lib/provisioning/builtin/families/panasonic.md.
 */
export const PANASONIC_DEVICE_BODY = `# Panasonic SIP Phone Standard Format File #
# Provisio built-in template: Panasonic KX-HDV.

# Provisioning: this file, re-read every interval (at a fixed time of day instead, when one is set)
CFG_STANDARD_FILE_PATH="%%PROVISIONING_URL%%Config{MAC}.cfg"
CFG_CYCLIC="Y"
CFG_CYCLIC_INTVL="%%PROVISIONING_RESYNC_MINUTES%%"
%%IF PROVISIONING_RESYNC_TIME%%
CFG_RESYNC_TIME="%%PROVISIONING_RESYNC_TIME%%"
%%END_IF%%
CFG_RESYNC_FROM_SIP="check-sync"
%%IF ADMIN_PASSWORD%%

# Web user interface, administrator account
%%IF ADMIN_USERNAME%%
ADMIN_ID="%%ADMIN_USERNAME%%"
%%END_IF%%
ADMIN_PASS="%%ADMIN_PASSWORD%%"
%%END_IF%%
%%IF NETWORK_IP%%

# Static IPv4 address
CONNECTION_TYPE="0"
STATIC_IP_ADDRESS="%%NETWORK_IP%%"
STATIC_SUBNET="%%NETWORK_NETMASK%%"
%%IF NETWORK_GATEWAY%%
STATIC_GATEWAY="%%NETWORK_GATEWAY%%"
%%END_IF%%
%%IF NETWORK_DNS1%%
USER_DNS1_ADDR="%%NETWORK_DNS1%%"
%%END_IF%%
%%IF NETWORK_DNS2%%
USER_DNS2_ADDR="%%NETWORK_DNS2%%"
%%END_IF%%
%%END_IF%%
%%IF VLAN_ID%%

# Voice VLAN
VLAN_ENABLE="Y"
VLAN_ID_IP_PHONE="%%VLAN_ID%%"
VLAN_PRI_IP_PHONE="%%VLAN_PRIORITY%%"
%%END_IF%%

# Time: NTP, then the zone as an offset with DST rules and as a POSIX string (newer firmware)
%%IF PBX_NTP_SERVER%%
NTP_ADDR="%%PBX_NTP_SERVER%%"
%%END_IF%%
%%IF PANASONIC_TIME_ZONE%%
TIME_ZONE="%%PANASONIC_TIME_ZONE%%"
DST_ENABLE="%%PANASONIC_DST_ENABLE%%"
%%IF PANASONIC_DST_OFFSET%%
DST_OFFSET="%%PANASONIC_DST_OFFSET%%"
DST_START_MONTH="%%PANASONIC_DST_START_MONTH%%"
DST_START_ORDINAL_DAY="%%PANASONIC_DST_START_ORDINAL_DAY%%"
DST_START_DAY_OF_WEEK="%%PANASONIC_DST_START_DAY_OF_WEEK%%"
DST_START_TIME="%%PANASONIC_DST_START_TIME%%"
DST_STOP_MONTH="%%PANASONIC_DST_STOP_MONTH%%"
DST_STOP_ORDINAL_DAY="%%PANASONIC_DST_STOP_ORDINAL_DAY%%"
DST_STOP_DAY_OF_WEEK="%%PANASONIC_DST_STOP_DAY_OF_WEEK%%"
DST_STOP_TIME="%%PANASONIC_DST_STOP_TIME%%"
%%END_IF%%
LOCAL_TIME_ZONE_POSIX="%%PANASONIC_TIME_ZONE_POSIX%%"
%%END_IF%%
%%IF PANASONIC_LANGUAGE%%

# Language of the display and of the web user interface
DEFAULT_LANGUAGE="%%PANASONIC_LANGUAGE%%"
WEB_LANGUAGE="%%PANASONIC_LANGUAGE%%"
%%END_IF%%
%%BEGIN_ACCOUNTS%%
# Line %%ACCOUNT_INDEX%%
PHONE_NUMBER_%%ACCOUNT_INDEX%%="%%ACCOUNT_SIP_USERNAME%%"
DISPLAY_NAME_%%ACCOUNT_INDEX%%="%%ACCOUNT_DISPLAY_NAME%%"
SIP_URI_%%ACCOUNT_INDEX%%="sip:%%ACCOUNT_SIP_USERNAME%%@%%PBX_SIP_DOMAIN%%"
SIP_SVCDOMAIN_%%ACCOUNT_INDEX%%="%%PBX_SIP_DOMAIN%%"
SIP_RGSTR_ADDR_%%ACCOUNT_INDEX%%="%%PBX_HOST%%"
SIP_RGSTR_PORT_%%ACCOUNT_INDEX%%="%%PBX_SIP_PORT%%"
SIP_PRXY_ADDR_%%ACCOUNT_INDEX%%="%%PBX_HOST%%"
SIP_PRXY_PORT_%%ACCOUNT_INDEX%%="%%PBX_SIP_PORT%%"
SIP_TRANSPORT_%%ACCOUNT_INDEX%%="%%PANASONIC_SIP_TRANSPORT%%"
SIP_AUTHID_%%ACCOUNT_INDEX%%="%%ACCOUNT_AUTH_USERNAME%%"
SIP_PASS_%%ACCOUNT_INDEX%%="%%ACCOUNT_SIP_PASSWORD%%"
%%IF ACCOUNT_VOICEMAIL%%
VM_NUMBER_%%ACCOUNT_INDEX%%="%%ACCOUNT_VOICEMAIL%%"
%%END_IF%%
%%END_ACCOUNTS%%`;

/**
 * A factory-fresh KX-HDV asks the server of DHCP option 66 (or 159/160, or SIP PnP) for `{MODEL}.cfg`,
 * `{MODEL}` being the model name such as `KX-HDV230`; that pre-provisioning file says where the phone's
 * own file is. `{MAC}` is a Panasonic macro the phone expands to its upper-case MAC.
 */
export const PANASONIC_BOOTSTRAP_MODELS = ['KX-HDV100', 'KX-HDV130', 'KX-HDV230', 'KX-HDV330', 'KX-HDV340', 'KX-HDV430'] as const;

/** Written with CRLF and a final line break: common files keep their own line breaks when rendered. */
export const PANASONIC_BOOTSTRAP_BODY = [
  '# Panasonic SIP Phone Standard Format File #',
  '# Provisio pre-provisioning file: where this phone finds its own configuration file.',
  'CFG_STANDARD_FILE_PATH="%%PROVISIONING_URL%%Config{MAC}.cfg"',
  '',
].join('\r\n');

const bootstrapFiles: BuiltInCommonFile[] = PANASONIC_BOOTSTRAP_MODELS.map((model) => ({ fileName: `${model}.cfg`, body: PANASONIC_BOOTSTRAP_BODY }));

export const PANASONIC_MODELS: readonly BuiltInModel[] = [
  {
    brand: 'Panasonic',
    name: 'Panasonic KX-HDV',
    rule: CONFIG_MAC_CFG,
    contentType: TEXT,
    template: { ...textTemplate('Panasonic KX-HDV default', PANASONIC_DEVICE_BODY), lineEndings: 'crlf' },
    commonFiles: bootstrapFiles,
  },
];
