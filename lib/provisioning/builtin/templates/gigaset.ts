import { XML, xmlTemplate } from '../define';
import type { BuiltInModel, BuiltInRule } from '../types';

/**
 * Gigaset's own naming, `<MAC>.xml` with the MAC in upper case as Gigaset's wiki writes it
 * (`AABBCCDDEEFF.xml`); Wazo's Nx70 plugin writes it in lower case (families/gigaset.md).
 */
const MAC_UPPER_XML: BuiltInRule = { name: '{MAC}.xml', prefix: '', macFormat: 'upper', suffix: '.xml' };

/**
 * Gigaset N670/N870 DECT IP base stations (Nx70): `<provisioning version="1.1" productID="e2"><nvm>`
 * with `<param name value/>`. Given a directory, the base asks for `provisioning.xml` and, when that is
 * missing, `<MAC>.xml`; we serve only the MAC file and point the base straight at it for later checks.
 * One SIP provider (0) is the PBX; each device line is one handset, numbered with five digits.
 */
export const GIGASET_DEVICE_BODY = `<?xml version="1.0" encoding="UTF-8"?>
<provisioning version="1.1" productID="e2">
  <nvm>
    <oper name="DeleteNotProvisionedHS"/>
    <param name="Provisioning.global.ProvisioningServer" value="%%PROVISIONING_URL%%%%DEVICE_FILE_NAME%%"/>
    <param name="Provisioning.global.Period" value="%%PROVISIONING_RESYNC_SECONDS%%"/>
%%IF ADMIN_PASSWORD%%
    <param name="WebUIAccounts.1.Password" value="%%ADMIN_PASSWORD%%"/>
%%END_IF%%
%%IF PBX_NTP_SERVER%%
    <param name="DmGlobal.0.NtpServer" value="%%PBX_NTP_SERVER%%"/>
%%END_IF%%
%%IF GIGASET_TIME_ZONE%%
    <param name="DmGlobal.0.TimeZone" value="%%GIGASET_TIME_ZONE%%"/>
%%END_IF%%

    <param name="SipProvider.0.Name" value="PBX"/>
    <param name="SipProvider.0.Domain" value="%%PBX_SIP_DOMAIN%%"/>
    <param name="SipProvider.0.ProxyServerAddress" value="%%PBX_HOST%%"/>
    <param name="SipProvider.0.ProxyServerPort" value="%%PBX_SIP_PORT%%"/>
    <param name="SipProvider.0.RegServerAddress" value="%%PBX_HOST%%"/>
    <param name="SipProvider.0.RegServerPort" value="%%PBX_SIP_PORT%%"/>
    <param name="SipProvider.0.TransportProtocol" value="%%GIGASET_SIP_TRANSPORT%%"/>
%%BEGIN_ACCOUNTS%%
    <oper name="add_hs" value="%%ACCOUNT_INDEX_PAD5%%">
      <param name="hs.RegStatus" value="ToReg"/>
    </oper>
    <param name="SipAccount.%%ACCOUNT_INDEX_PAD5%%.ProviderId" value="0"/>
    <param name="SipAccount.%%ACCOUNT_INDEX_PAD5%%.UserName" value="%%ACCOUNT_SIP_USERNAME%%"/>
    <param name="SipAccount.%%ACCOUNT_INDEX_PAD5%%.AuthName" value="%%ACCOUNT_AUTH_USERNAME%%"/>
    <param name="SipAccount.%%ACCOUNT_INDEX_PAD5%%.AuthPassword" value="%%ACCOUNT_SIP_PASSWORD%%"/>
    <param name="SipAccount.%%ACCOUNT_INDEX_PAD5%%.DisplayName" value="%%ACCOUNT_DISPLAY_NAME%%"/>
%%IF ACCOUNT_VOICEMAIL%%
    <param name="SipAccount.%%ACCOUNT_INDEX_PAD5%%.VoiceMailMailbox" value="%%ACCOUNT_VOICEMAIL%%"/>
    <param name="SipAccount.%%ACCOUNT_INDEX_PAD5%%.VoiceMailActive" value="1"/>
%%END_IF%%
%%END_ACCOUNTS%%
  </nvm>
</provisioning>
`;

export const GIGASET_MODELS: readonly BuiltInModel[] = ['N670', 'N870'].map((model) => ({
  brand: 'Gigaset',
  name: `Gigaset ${model}`,
  rule: MAC_UPPER_XML,
  contentType: XML,
  template: xmlTemplate(`Gigaset ${model} default`, GIGASET_DEVICE_BODY),
  commonFiles: [],
}));
