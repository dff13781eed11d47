import { XML, xmlTemplate } from '../define';
import { CFG_MAC_XML } from '../rules';
import type { BuiltInModel } from '../types';

/**
 * Htek UC9xx: `cfg<mac>.xml`, `<hl_provision><config>` with P-values labelled by `para`
 * (labels as the vendor spells them, "DispalyName" included). Account 2 registers through
 * profile 1, so only account 1's profile carries the server (host:port, UDP). On a one-line
 * device account 2 renders inactive and empty.
 */
export const HTEK_DEVICE_BODY = `<?xml version="1.0" encoding="UTF-8"?>
<hl_provision version="1">
  <config version="1">
    <!-- NTP server, VLAN on the WAN port -->
    <P30 para="UrlOrIpAddress">%%PBX_NTP_SERVER%%</P30>
    <P24053 para="Network_Advanced_Vlan_WANVlan">%%VLAN_ENABLED%%</P24053>
    <P51 para="Layer2QoS_802_1Q_VLANTag">%%VLAN_ID%%</P51>
    <P87 para="Layer2QoS_802_1pPriorityValue">%%VLAN_PRIORITY%%</P87>

    <!-- Profile 1: the PBX -->
    <P47 para="Profile1_Sipserver">%%PBX_HOST%%:%%PBX_SIP_UDP_PORT%%</P47>

    <!-- Account 1 -->
    <P271 para="Account1_Active">%%ACCOUNT1_ENABLED%%</P271>
    <P35 para="Account1_SipUserId">%%ACCOUNT1_SIP_USERNAME%%</P35>
    <P36 para="Account1_AuthenticateID">%%ACCOUNT1_AUTH_USERNAME%%</P36>
    <P34 para="Account1_AuthenticatePassword">%%ACCOUNT1_SIP_PASSWORD%%</P34>
    <P3 para="Account1_DispalyName">%%ACCOUNT1_DISPLAY_NAME%%</P3>

    <!-- Account 2 -->
    <P401 para="Account2_Active">%%ACCOUNT2_ENABLED%%</P401>
    <P735 para="Account2_SipUserId">%%ACCOUNT2_SIP_USERNAME%%</P735>
    <P736 para="Account2_AuthenticateID">%%ACCOUNT2_AUTH_USERNAME%%</P736>
    <P734 para="Account2_AuthenticatePassword">%%ACCOUNT2_SIP_PASSWORD%%</P734>
    <P703 para="Account2_DispalyName">%%ACCOUNT2_DISPLAY_NAME%%</P703>
  </config>
</hl_provision>
`;

export const HTEK_MODELS: readonly BuiltInModel[] = [
  {
    brand: 'Htek',
    name: 'Htek UC9xx',
    rule: CFG_MAC_XML,
    contentType: XML,
    template: xmlTemplate('Htek UC9xx default', HTEK_DEVICE_BODY),
    commonFiles: [],
  },
];
