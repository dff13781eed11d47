import { XML, xmlTemplate } from '../define';
import { MAC_XML } from '../rules';
import type { BuiltInModel } from '../types';

/**
 * Gigaset N670/N870 DECT IP base stations (Nx70): `<mac>.xml` in the
 * `<provisioning version="1.1" productID="e2"><nvm><param name value/>` format.
 * One SIP provider (number 0) is the PBX; each device line is the SIP account of one
 * handset. Handset numbers are five digits (00001, 00002 …), so this starter, which pads
 * the line index with four zeros, covers handsets 1–9. Transport 1 is UDP.
 */
export const GIGASET_DEVICE_BODY = `<?xml version="1.0" encoding="UTF-8"?>
<provisioning version="1.1" productID="e2">
  <nvm>
    <param name="WebUIAccounts.1.Password" value="%%ADMIN_PASSWORD%%"/>
    <param name="DmGlobal.0.NtpServer" value="%%PBX_NTP_SERVER%%"/>
    <param name="DmGlobal.0.TimeZone" value="%%DEVICE_TIME_ZONE%%"/>

    <param name="SipProvider.0.Name" value="PBX"/>
    <param name="SipProvider.0.Domain" value="%%PBX_SIP_DOMAIN%%"/>
    <param name="SipProvider.0.ProxyServerAddress" value="%%PBX_HOST%%"/>
    <param name="SipProvider.0.ProxyServerPort" value="%%PBX_SIP_UDP_PORT%%"/>
    <param name="SipProvider.0.RegServerAddress" value="%%PBX_HOST%%"/>
    <param name="SipProvider.0.RegServerPort" value="%%PBX_SIP_UDP_PORT%%"/>
    <param name="SipProvider.0.TransportProtocol" value="1"/>
%%BEGIN_ACCOUNTS%%
    <param name="SipAccount.0000%%ACCOUNT_INDEX%%.ProviderId" value="0"/>
    <param name="SipAccount.0000%%ACCOUNT_INDEX%%.UserName" value="%%ACCOUNT_SIP_USERNAME%%"/>
    <param name="SipAccount.0000%%ACCOUNT_INDEX%%.AuthName" value="%%ACCOUNT_AUTH_USERNAME%%"/>
    <param name="SipAccount.0000%%ACCOUNT_INDEX%%.AuthPassword" value="%%ACCOUNT_SIP_PASSWORD%%"/>
    <param name="SipAccount.0000%%ACCOUNT_INDEX%%.DisplayName" value="%%ACCOUNT_DISPLAY_NAME%%"/>
%%END_ACCOUNTS%%
  </nvm>
</provisioning>
`;

export const GIGASET_MODELS: readonly BuiltInModel[] = ['N670', 'N870'].map((model) => ({
  brand: 'Gigaset',
  name: `Gigaset ${model}`,
  rule: MAC_XML,
  contentType: XML,
  template: xmlTemplate(`Gigaset ${model} default`, GIGASET_DEVICE_BODY),
  commonFiles: [],
}));
