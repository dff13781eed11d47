import { TEXT, textTemplate } from '../define';
import { MAC_CFG } from '../rules';
import type { BuiltInCommonFile, BuiltInModel } from '../types';

/** Yealink's T4x/T5x phones have at most 16 accounts (T46/T48/T54/T57). */
const MAX_ACCOUNTS = 16;

/**
 * A line the device no longer has is switched off and its credentials reset (`%NULL%` = factory value),
 * so a line removed in the console does not stay registered with stale credentials.
 */
const unusedAccounts = Array.from({ length: MAX_ACCOUNTS }, (_, i) => i + 1)
  .map(
    (n) => `%%IF_NOT ACCOUNT${n}_SIP_USERNAME%%
account.${n}.enable = 0
account.${n}.user_name = %NULL%
account.${n}.auth_name = %NULL%
account.${n}.password = %NULL%
%%END_IF%%`,
  )
  .join('\n');

/** Where the phone re-checks, how often, and when (`weekly` with every day = once a day in that window). */
const AUTO_PROVISION = `static.auto_provision.server.url = %%PROVISIONING_URL%%
static.auto_provision.power_on = 1
static.auto_provision.repeat.enable = 1
static.auto_provision.repeat.minutes = %%PROVISIONING_RESYNC_MINUTES%%
%%IF PROVISIONING_RESYNC_TIME%%
static.auto_provision.weekly.enable = 1
static.auto_provision.weekly.dayofweek = 0123456
static.auto_provision.weekly.begin_time = %%PROVISIONING_RESYNC_TIME%%
static.auto_provision.weekly.end_time = %%PROVISIONING_RESYNC_TIME%%
%%END_IF%%
%%IF_NOT PROVISIONING_RESYNC_TIME%%
static.auto_provision.weekly.enable = 0
%%END_IF%%
local_time.ntp_server1 = %%PBX_NTP_SERVER%%`;

/**
 * Yealink T4x/T5x (firmware 80 or later): `key = value` text whose first line must be
 * `#!version:1.0.0.1`. Without a boot file the phone reads its model's common file
 * `y0000000000XX.cfg`, then `<mac>.cfg` (families/yealink.md).
 */
export const YEALINK_DEVICE_BODY = `#!version:1.0.0.1
## Provisio built-in template: Yealink T4x/T5x, firmware 80 or later.

${AUTO_PROVISION}
%%IF YEALINK_TIME_ZONE%%
local_time.time_zone = %%YEALINK_TIME_ZONE%%
%%IF YEALINK_TIME_ZONE_NAME%%
local_time.time_zone_name = %%YEALINK_TIME_ZONE_NAME%%
%%END_IF%%
local_time.summer_time = %%YEALINK_SUMMER_TIME%%
%%IF YEALINK_DST_START%%
local_time.dst_time_type = 1
local_time.start_time = %%YEALINK_DST_START%%
local_time.end_time = %%YEALINK_DST_END%%
local_time.offset_time = %%YEALINK_DST_OFFSET%%
%%END_IF%%
%%END_IF%%
%%IF YEALINK_LANGUAGE%%
lang.gui = %%YEALINK_LANGUAGE%%
lang.wui = %%YEALINK_LANGUAGE%%
%%END_IF%%
%%IF ADMIN_PASSWORD%%
static.security.user_password = %%ADMIN_USERNAME%%:%%ADMIN_PASSWORD%%
%%END_IF%%

%%IF VLAN_ID%%
static.network.vlan.internet_port_enable = 1
static.network.vlan.internet_port_vid = %%VLAN_ID%%
static.network.vlan.internet_port_priority = %%VLAN_PRIORITY%%
%%END_IF%%
%%IF_NOT VLAN_ID%%
static.network.vlan.internet_port_enable = 0
%%END_IF%%
%%IF NETWORK_IP%%
static.network.internet_port.type = 2
static.network.internet_port.ip = %%NETWORK_IP%%
static.network.internet_port.mask = %%NETWORK_NETMASK%%
static.network.internet_port.gateway = %%NETWORK_GATEWAY%%
static.network.static_dns_enable = 1
static.network.primary_dns = %%NETWORK_DNS1%%
%%IF NETWORK_DNS2%%
static.network.secondary_dns = %%NETWORK_DNS2%%
%%END_IF%%
%%END_IF%%
%%IF_NOT NETWORK_IP%%
static.network.internet_port.type = 0
%%END_IF%%
%%BEGIN_ACCOUNTS%%
account.%%ACCOUNT_INDEX%%.enable = 1
account.%%ACCOUNT_INDEX%%.label = %%ACCOUNT_EXTENSION%%
account.%%ACCOUNT_INDEX%%.display_name = %%ACCOUNT_DISPLAY_NAME%%
account.%%ACCOUNT_INDEX%%.auth_name = %%ACCOUNT_AUTH_USERNAME%%
account.%%ACCOUNT_INDEX%%.user_name = %%ACCOUNT_SIP_USERNAME%%
account.%%ACCOUNT_INDEX%%.password = %%ACCOUNT_SIP_PASSWORD%%
account.%%ACCOUNT_INDEX%%.sip_server.1.address = %%PBX_HOST%%
account.%%ACCOUNT_INDEX%%.sip_server.1.port = %%PBX_SIP_PORT%%
account.%%ACCOUNT_INDEX%%.sip_server.1.transport_type = %%YEALINK_SIP_TRANSPORT%%
voice_mail.number.%%ACCOUNT_INDEX%% = %%ACCOUNT_VOICEMAIL%%
%%END_ACCOUNTS%%
${unusedAccounts}
`;

/**
 * Read by every Yealink phone of the tenant before its `<mac>.cfg`: the provisioning server and
 * re-check schedule (PBX-level only), so a phone whose MAC file is missing still comes back.
 */
export const YEALINK_COMMON_BODY = `#!version:1.0.0.1
## Provisio built-in common file: read by every Yealink phone of this tenant before <mac>.cfg.

${AUTO_PROVISION}
`;

/**
 * Common CFG names `y0000000000XX.cfg` (XX = the model's hardware id) that Wazo's Yealink plugins
 * (v81–v86) serve; `y000000000000.cfg` is the name Yealink gives the common file in its boot template.
 */
const T4X_IDS = ['28', '29', '35', '36', '54', '65', '66', '67', '68', '76', '108'];
const T5X_IDS = ['58', '70', '95', '96', '97', '150'];

const commonFiles = (ids: readonly string[]): BuiltInCommonFile[] =>
  ['0', ...ids].map((id) => ({ fileName: `y${id.padStart(12, '0')}.cfg`, body: YEALINK_COMMON_BODY }));

const yealink = (family: string, ids: readonly string[]): BuiltInModel => ({
  brand: 'Yealink',
  name: `Yealink ${family}`,
  rule: MAC_CFG,
  contentType: TEXT,
  template: textTemplate(`Yealink ${family} default`, YEALINK_DEVICE_BODY, '80 or later'),
  commonFiles: commonFiles(ids),
});

export const YEALINK_MODELS: readonly BuiltInModel[] = [yealink('T4x', T4X_IDS), yealink('T5x', T5X_IDS)];
