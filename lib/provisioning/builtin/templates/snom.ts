import { XML, xmlTemplate } from '../define';
import { snomRule } from '../rules';
import type { BuiltInModel } from '../types';

/**
 * Snom desk phones (D7xx): `snom<model>-<MAC>.htm` in Snom's XML settings format,
 * `<settings><phone-settings>`, one identity per `idx`. The registrar is the SIP domain
 * (`user_host`); the PBX host, port and transport go in the outbound proxy.
 */
export const SNOM_DEVICE_BODY = `<?xml version="1.0" encoding="utf-8"?>
<settings>
  <phone-settings e="2">
    <admin_mode_password perm="R">%%ADMIN_PASSWORD%%</admin_mode_password>
    <http_user perm="R">%%ADMIN_USERNAME%%</http_user>
    <http_pass perm="R">%%ADMIN_PASSWORD%%</http_pass>
    <ntp_server perm="R">%%PBX_NTP_SERVER%%</ntp_server>
    <vlan_id perm="R">%%VLAN_ID%%</vlan_id>
    <vlan_qos perm="R">%%VLAN_PRIORITY%%</vlan_qos>
%%BEGIN_ACCOUNTS%%
    <user_active idx="%%ACCOUNT_INDEX%%" perm="R">on</user_active>
    <user_realname idx="%%ACCOUNT_INDEX%%" perm="R">%%ACCOUNT_DISPLAY_NAME%%</user_realname>
    <user_name idx="%%ACCOUNT_INDEX%%" perm="R">%%ACCOUNT_SIP_USERNAME%%</user_name>
    <user_pname idx="%%ACCOUNT_INDEX%%" perm="R">%%ACCOUNT_AUTH_USERNAME%%</user_pname>
    <user_pass idx="%%ACCOUNT_INDEX%%" perm="R">%%ACCOUNT_SIP_PASSWORD%%</user_pass>
    <user_host idx="%%ACCOUNT_INDEX%%" perm="R">%%PBX_SIP_DOMAIN%%</user_host>
    <user_outbound idx="%%ACCOUNT_INDEX%%" perm="R">%%PBX_HOST%%:%%PBX_SIP_PORT%%;transport=%%PBX_SIP_TRANSPORT%%</user_outbound>
    <user_mailbox idx="%%ACCOUNT_INDEX%%" perm="R">%%ACCOUNT_VOICEMAIL%%</user_mailbox>
%%END_ACCOUNTS%%
  </phone-settings>
</settings>
`;

const snom = (model: string): BuiltInModel => ({
  brand: 'Snom',
  name: `Snom ${model}`,
  rule: snomRule(model),
  contentType: XML,
  template: xmlTemplate(`Snom ${model} default`, SNOM_DEVICE_BODY),
  commonFiles: [],
});

export const SNOM_MODELS: readonly BuiltInModel[] = [snom('D735'), snom('D785')];
