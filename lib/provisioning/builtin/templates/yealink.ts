import { TEXT, textTemplate } from '../define';
import { MAC_CFG } from '../rules';
import type { BuiltInModel } from '../types';

/**
 * Yealink T4x/T5x (firmware 80 or later): `key = value` text whose first line must be
 * `#!version:1.0.0.1`. The phone reads the common `y000000000000.cfg`, then `<mac>.cfg`.
 * Lines register over UDP (`transport_type`: 0 UDP, 1 TCP, 2 TLS) on the PBX's UDP port,
 * because PBX_SIP_TRANSPORT renders a word, not Yealink's number.
 */
export const YEALINK_DEVICE_BODY = `#!version:1.0.0.1
## Provisio built-in template: Yealink, firmware 80 or later.

static.security.user_password = %%ADMIN_USERNAME%%:%%ADMIN_PASSWORD%%

static.network.vlan.internet_port_enable = %%VLAN_ENABLED%%
static.network.vlan.internet_port_vid = %%VLAN_ID%%
static.network.vlan.internet_port_priority = %%VLAN_PRIORITY%%
%%BEGIN_ACCOUNTS%%
account.%%ACCOUNT_INDEX%%.enable = 1
account.%%ACCOUNT_INDEX%%.label = %%ACCOUNT_EXTENSION%%
account.%%ACCOUNT_INDEX%%.display_name = %%ACCOUNT_DISPLAY_NAME%%
account.%%ACCOUNT_INDEX%%.auth_name = %%ACCOUNT_AUTH_USERNAME%%
account.%%ACCOUNT_INDEX%%.user_name = %%ACCOUNT_SIP_USERNAME%%
account.%%ACCOUNT_INDEX%%.password = %%ACCOUNT_SIP_PASSWORD%%
account.%%ACCOUNT_INDEX%%.sip_server.1.address = %%PBX_HOST%%
account.%%ACCOUNT_INDEX%%.sip_server.1.port = %%PBX_SIP_UDP_PORT%%
account.%%ACCOUNT_INDEX%%.sip_server.1.transport_type = 0
voice_mail.number.%%ACCOUNT_INDEX%% = %%ACCOUNT_VOICEMAIL%%
%%END_ACCOUNTS%%`;

export const YEALINK_COMMON_FILE = 'y000000000000.cfg';

export const YEALINK_COMMON_BODY = `#!version:1.0.0.1
## Provisio built-in common file: read by every Yealink phone of this tenant.

static.auto_provision.server.url = %%PROVISIONING_URL%%
local_time.ntp_server1 = %%PBX_NTP_SERVER%%
## Yealink names time zones its own way (local_time.time_zone = +1,
## local_time.time_zone_name = Italy(Rome)); set them here for your site.
`;

const yealink = (family: string): BuiltInModel => ({
  brand: 'Yealink',
  name: `Yealink ${family}`,
  rule: MAC_CFG,
  contentType: TEXT,
  template: textTemplate(`Yealink ${family} default`, YEALINK_DEVICE_BODY, '80 or later'),
  commonFiles: [{ fileName: YEALINK_COMMON_FILE, body: YEALINK_COMMON_BODY }],
});

export const YEALINK_MODELS: readonly BuiltInModel[] = [yealink('T4x'), yealink('T5x')];
