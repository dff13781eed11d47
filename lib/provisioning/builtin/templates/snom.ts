import { XML, xmlTemplate } from '../define';
import { snomRule } from '../rules';
import type { BuiltInCommonFile, BuiltInModel } from '../types';

/**
 * Snom D7xx desk phones (12 SIP identities). Given a directory as setting server (DHCP option 66, SRAPS or
 * `setting_server`), the phone fetches `snom<model>.htm` and then `snom<model>-<MAC>.htm` there
 * (service.snom.com/display/wiki/Auto+Provisioning). Both are Snom XML settings; both keep the phone on
 * our directory and polling it (lib/provisioning/builtin/families/snom.md).
 */
const SETTING_SERVER = `    <setting_server perm="R">%%PROVISIONING_URL%%</setting_server>
    <prov_polling_enabled perm="R">on</prov_polling_enabled>
    <prov_polling_period perm="R">%%PROVISIONING_RESYNC_SECONDS%%</prov_polling_period>
%%IF PROVISIONING_RESYNC_TIME%%
    <prov_polling_mode perm="R">abs</prov_polling_mode>
    <prov_polling_time perm="R">%%PROVISIONING_RESYNC_TIME%%</prov_polling_time>
%%END_IF%%
%%IF_NOT PROVISIONING_RESYNC_TIME%%
    <prov_polling_mode perm="R">rel</prov_polling_mode>
%%END_IF%%
`;

/** `snom<model>.htm`: the first file the phone asks for; PBX-level settings only. */
export const SNOM_MODEL_FILE_BODY = `<?xml version="1.0" encoding="utf-8"?>
<settings>
  <phone-settings e="2">
${SETTING_SERVER}  </phone-settings>
</settings>
`;

/** Identities the device has no line for are switched off, so a removed line stops registering. */
const IDENTITY_COUNT = 12;
const IDENTITIES = Array.from({ length: IDENTITY_COUNT }, (_, i) => i + 1)
  .map(
    (n) => `    <user_active idx="${n}" perm="R">%%IF ACCOUNT${n}_SIP_USERNAME%%on%%END_IF%%%%IF_NOT ACCOUNT${n}_SIP_USERNAME%%off%%END_IF%%</user_active>\n`,
  )
  .join('');

export const SNOM_DEVICE_BODY = `<?xml version="1.0" encoding="utf-8"?>
<settings>
  <phone-settings e="2">
${SETTING_SERVER}%%IF ADMIN_PASSWORD%%
    <http_user perm="R">%%ADMIN_USERNAME%%</http_user>
    <http_pass perm="R">%%ADMIN_PASSWORD%%</http_pass>
    <admin_mode_password perm="R">%%ADMIN_PASSWORD%%</admin_mode_password>
%%END_IF%%
%%IF PBX_NTP_SERVER%%
    <ntp_server perm="R">%%PBX_NTP_SERVER%%</ntp_server>
%%END_IF%%
%%IF SNOM_TIME_ZONE%%
    <timezone perm="R">%%SNOM_TIME_ZONE%%</timezone>
%%END_IF%%
%%IF_NOT SNOM_TIME_ZONE%%
%%IF SNOM_UTC_OFFSET%%
    <utc_offset perm="R">%%SNOM_UTC_OFFSET%%</utc_offset>
    <dst perm="R">%%SNOM_DST%%</dst>
%%END_IF%%
%%END_IF%%
%%IF SNOM_LANGUAGE%%
    <language perm="R">%%SNOM_LANGUAGE%%</language>
    <web_language perm="R">%%SNOM_LANGUAGE%%</web_language>
%%END_IF%%
%%IF VLAN_ID%%
    <vlan_id perm="R">%%VLAN_ID%%</vlan_id>
    <vlan_qos perm="R">%%VLAN_PRIORITY%%</vlan_qos>
%%END_IF%%
%%IF NETWORK_IP%%
    <dhcp perm="R">off</dhcp>
    <ip_adr perm="R">%%NETWORK_IP%%</ip_adr>
    <netmask perm="R">%%NETWORK_NETMASK%%</netmask>
    <gateway perm="R">%%NETWORK_GATEWAY%%</gateway>
%%IF NETWORK_DNS1%%
    <dns_server1 perm="R">%%NETWORK_DNS1%%</dns_server1>
%%END_IF%%
%%IF NETWORK_DNS2%%
    <dns_server2 perm="R">%%NETWORK_DNS2%%</dns_server2>
%%END_IF%%
%%END_IF%%
${IDENTITIES}%%BEGIN_ACCOUNTS%%
    <user_realname idx="%%ACCOUNT_INDEX%%" perm="R">%%ACCOUNT_DISPLAY_NAME%%</user_realname>
    <user_name idx="%%ACCOUNT_INDEX%%" perm="R">%%ACCOUNT_SIP_USERNAME%%</user_name>
    <user_pname idx="%%ACCOUNT_INDEX%%" perm="R">%%ACCOUNT_AUTH_USERNAME%%</user_pname>
    <user_pass idx="%%ACCOUNT_INDEX%%" perm="R">%%ACCOUNT_SIP_PASSWORD%%</user_pass>
    <user_host idx="%%ACCOUNT_INDEX%%" perm="R">%%PBX_SIP_DOMAIN%%</user_host>
    <user_outbound idx="%%ACCOUNT_INDEX%%" perm="R">%%PBX_HOST%%:%%PBX_SIP_PORT%%;transport=%%SNOM_SIP_TRANSPORT%%</user_outbound>
    <user_mailbox idx="%%ACCOUNT_INDEX%%" perm="R">%%ACCOUNT_VOICEMAIL%%</user_mailbox>
%%END_ACCOUNTS%%
  </phone-settings>
</settings>
`;

const modelFile = (model: string): BuiltInCommonFile => ({ fileName: `snom${model}.htm`, body: SNOM_MODEL_FILE_BODY });

const snom = (model: string): BuiltInModel => ({
  brand: 'Snom',
  name: `Snom ${model}`,
  rule: snomRule(model),
  contentType: XML,
  template: xmlTemplate(`Snom ${model} default`, SNOM_DEVICE_BODY),
  commonFiles: [modelFile(model)],
});

export const SNOM_MODELS: readonly BuiltInModel[] = [snom('D735'), snom('D785')];
