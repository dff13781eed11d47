import { XML, xmlTemplate } from '../define';
import { CFG_MAC_XML } from '../rules';
import type { BuiltInModel } from '../types';

/**
 * Grandstream GRP/GXP: `cfg<mac>.xml`, `<gs_provision><config>` with numeric P-values.
 * Accounts 1 and 2 have unrelated P numbers, so they are written out instead of using the
 * accounts block; on a one-line device account 2 renders disabled (P401 = 0) and empty.
 * P47/P402 carry host:port (UDP, the phone's default transport).
 */
export const GRANDSTREAM_DEVICE_BODY = `<?xml version="1.0" encoding="UTF-8"?>
<gs_provision version="1">
  <config version="1">
    <!-- Admin password, NTP server, VLAN tag and 802.1p priority -->
    <P2>%%ADMIN_PASSWORD%%</P2>
    <P30>%%PBX_NTP_SERVER%%</P30>
    <P51>%%VLAN_ID%%</P51>
    <P87>%%VLAN_PRIORITY%%</P87>

    <!-- Account 1 -->
    <P271>%%ACCOUNT1_ENABLED%%</P271>
    <P270>%%ACCOUNT1_EXTENSION%%</P270>
    <P47>%%PBX_HOST%%:%%PBX_SIP_UDP_PORT%%</P47>
    <P35>%%ACCOUNT1_SIP_USERNAME%%</P35>
    <P36>%%ACCOUNT1_AUTH_USERNAME%%</P36>
    <P34>%%ACCOUNT1_SIP_PASSWORD%%</P34>
    <P3>%%ACCOUNT1_DISPLAY_NAME%%</P3>

    <!-- Account 2 -->
    <P401>%%ACCOUNT2_ENABLED%%</P401>
    <P417>%%ACCOUNT2_EXTENSION%%</P417>
    <P402>%%PBX_HOST%%:%%PBX_SIP_UDP_PORT%%</P402>
    <P404>%%ACCOUNT2_SIP_USERNAME%%</P404>
    <P405>%%ACCOUNT2_AUTH_USERNAME%%</P405>
    <P406>%%ACCOUNT2_SIP_PASSWORD%%</P406>
    <P407>%%ACCOUNT2_DISPLAY_NAME%%</P407>
  </config>
</gs_provision>
`;

export const GRANDSTREAM_MODELS: readonly BuiltInModel[] = ['GRP', 'GXP'].map((family) => ({
  brand: 'Grandstream',
  name: `Grandstream ${family}`,
  rule: CFG_MAC_XML,
  contentType: XML,
  template: xmlTemplate(`Grandstream ${family} default`, GRANDSTREAM_DEVICE_BODY),
  commonFiles: [],
}));
