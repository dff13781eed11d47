import { XML, xmlTemplate } from '../define';
import { MAC_CFG } from '../rules';
import type { BuiltInModel } from '../types';

/** The X series has at most 20 SIP lines (X7, X210). */
const MAX_LINES = 20;

/** A line the device no longer has stops registering and forgets its credentials. */
const unusedLines = Array.from({ length: MAX_LINES }, (_, i) => i + 1)
  .map(
    (n) => `%%IF_NOT ACCOUNT${n}_SIP_USERNAME%%
    <line index="${n}"><EnableReg>0</EnableReg><PhoneNumber></PhoneNumber><RegisterUser></RegisterUser><RegisterPswd></RegisterPswd></line>
%%END_IF%%`,
  )
  .join('\n');

/**
 * Fanvil X series: `<mac>.cfg` holding the XML `<sysConf>` format; `<Version>` first, as the phone
 * compares it with the running configuration. `<ap>` keeps the phone re-checking `<mac>.cfg`
 * (`$mac` is expanded by the phone) in our directory every PROVISIONING_RESYNC_HOURS hours.
 * Sources and unverified points: families/fanvil.md.
 */
export const FANVIL_DEVICE_BODY = `<?xml version="1.0" encoding="UTF-8"?>
<sysConf>
  <Version>2.0002</Version>
  <net>
%%IF NETWORK_IP%%
    <WANTYPE>1</WANTYPE>
    <EnableDHCP>0</EnableDHCP>
    <WANIP>%%NETWORK_IP%%</WANIP>
    <WANSubnetMask>%%NETWORK_NETMASK%%</WANSubnetMask>
    <WANGateway>%%NETWORK_GATEWAY%%</WANGateway>
    <DHCPAutoDNS>0</DHCPAutoDNS>
    <PrimaryDNS>%%NETWORK_DNS1%%</PrimaryDNS>
%%IF NETWORK_DNS2%%
    <SecondaryDNS>%%NETWORK_DNS2%%</SecondaryDNS>
%%END_IF%%
%%END_IF%%
%%IF_NOT NETWORK_IP%%
    <WANTYPE>0</WANTYPE>
    <EnableDHCP>1</EnableDHCP>
    <DHCPAutoDNS>1</DHCPAutoDNS>
%%END_IF%%
  </net>
  <qos>
%%IF VLAN_ID%%
    <EnableVLAN>1</EnableVLAN>
    <VLANID>%%VLAN_ID%%</VLANID>
    <SignallingPriority>%%VLAN_PRIORITY%%</SignallingPriority>
    <VoicePriority>%%VLAN_PRIORITY%%</VoicePriority>
%%END_IF%%
%%IF_NOT VLAN_ID%%
    <EnableVLAN>0</EnableVLAN>
%%END_IF%%
  </qos>
  <ap>
    <DownloadDeviceConf>1</DownloadDeviceConf>
    <SaveProvisionInfo>1</SaveProvisionInfo>
    <FlashServerIP>%%PROVISIONING_URL%%</FlashServerIP>
    <FlashFileName>$mac.cfg</FlashFileName>
    <FlashMode>2</FlashMode>
    <FlashInterval>%%PROVISIONING_RESYNC_HOURS%%</FlashInterval>
  </ap>
  <phone>
    <display>
%%IF FANVIL_LANGUAGE%%
      <DefaultLanguage>%%FANVIL_LANGUAGE%%</DefaultLanguage>
%%END_IF%%
    </display>
    <date>
      <EnableSNTP>1</EnableSNTP>
      <SNTPServer>%%PBX_NTP_SERVER%%</SNTPServer>
%%IF FANVIL_TIME_ZONE%%
      <TimeZone>%%FANVIL_TIME_ZONE%%</TimeZone>
      <TimeZoneName>%%FANVIL_TIME_ZONE_NAME%%</TimeZoneName>
      <EnableDST>%%FANVIL_ENABLE_DST%%</EnableDST>
%%IF FANVIL_DST_OFFSET%%
      <DSTFixedType>2</DSTFixedType>
      <DSTMinOffset>%%FANVIL_DST_OFFSET%%</DSTMinOffset>
      <DSTStartMon>%%FANVIL_DST_START_MONTH%%</DSTStartMon>
      <DSTStartWeek>%%FANVIL_DST_START_WEEK%%</DSTStartWeek>
      <DSTStartWday>%%FANVIL_DST_START_WEEKDAY%%</DSTStartWday>
      <DSTStartHour>%%FANVIL_DST_START_HOUR%%</DSTStartHour>
      <DSTStartMin>%%FANVIL_DST_START_MINUTE%%</DSTStartMin>
      <DSTEndMon>%%FANVIL_DST_END_MONTH%%</DSTEndMon>
      <DSTEndWeek>%%FANVIL_DST_END_WEEK%%</DSTEndWeek>
      <DSTEndWday>%%FANVIL_DST_END_WEEKDAY%%</DSTEndWday>
      <DSTEndHour>%%FANVIL_DST_END_HOUR%%</DSTEndHour>
      <DSTEndMin>%%FANVIL_DST_END_MINUTE%%</DSTEndMin>
%%END_IF%%
%%END_IF%%
    </date>
  </phone>
%%IF ADMIN_PASSWORD%%
  <web>
    <account index="1">
      <Name>%%ADMIN_USERNAME%%</Name>
      <Password>%%ADMIN_PASSWORD%%</Password>
      <Level>10</Level>
    </account>
  </web>
%%END_IF%%
  <sip>
%%BEGIN_ACCOUNTS%%
    <line index="%%ACCOUNT_INDEX%%">
      <PhoneNumber>%%ACCOUNT_SIP_USERNAME%%</PhoneNumber>
      <DisplayName>%%ACCOUNT_DISPLAY_NAME%%</DisplayName>
      <RegisterAddr>%%PBX_HOST%%</RegisterAddr>
      <RegisterPort>%%PBX_SIP_PORT%%</RegisterPort>
      <RegisterUser>%%ACCOUNT_AUTH_USERNAME%%</RegisterUser>
      <RegisterPswd>%%ACCOUNT_SIP_PASSWORD%%</RegisterPswd>
      <Transport>%%FANVIL_SIP_TRANSPORT%%</Transport>
      <MWINum>%%ACCOUNT_VOICEMAIL%%</MWINum>
      <EnableReg>1</EnableReg>
    </line>
%%END_ACCOUNTS%%
${unusedLines}
  </sip>
</sysConf>
`;

export const FANVIL_MODELS: readonly BuiltInModel[] = [
  {
    brand: 'Fanvil',
    name: 'Fanvil X series',
    rule: MAC_CFG,
    contentType: XML,
    template: xmlTemplate('Fanvil X series default', FANVIL_DEVICE_BODY),
    commonFiles: [],
  },
];
