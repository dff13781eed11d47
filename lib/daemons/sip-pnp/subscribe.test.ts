import { describe, expect, it } from 'vitest';
import { parseSipMessage, type SipRequest } from './sip-message';
import { extractPnpSubscribe, isUaProfileSubscribe, macFromUserPart, parseEvent } from './subscribe';
import { userAgentHint } from './vendor-hint';
import { renderSubscribe, VENDOR_SUBSCRIBES } from './vendor-subscribes.fixture';

const SOURCE = { address: '192.168.10.67', port: 5060 };

function request(lines: string[]): SipRequest {
  const msg = parseSipMessage(Buffer.from(`${lines.join('\r\n')}\r\n\r\n`));
  if (msg?.kind !== 'request') throw new Error('fixture is not a request');
  return msg;
}

const subscribe = (ruri: string, event: string, extra: string[] = []) =>
  request([
    `SUBSCRIBE ${ruri} SIP/2.0`,
    'Via: SIP/2.0/UDP 192.168.10.67:5060;rport',
    'From: <sip:someone@x>;tag=1',
    'To: <sip:someone@x>',
    'Call-ID: c@x',
    'CSeq: 1 SUBSCRIBE',
    `Event: ${event}`,
    ...extra,
  ]);

describe('extractPnpSubscribe over every vendor quirk in sip-pnp.md', () => {
  it.each(VENDOR_SUBSCRIBES.map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
    const msg = parseSipMessage(renderSubscribe(fixture));
    expect(msg?.kind).toBe('request');
    const sub = extractPnpSubscribe(msg as SipRequest, SOURCE);
    expect(sub).toEqual({ ...fixture.expected, source: SOURCE });
  });
});

describe('macFromUserPart', () => {
  const cases: Array<[string, string | null, boolean?]> = [
    ['MAC%3a00135E874B49', '00135e874b49'],
    ['MAC%3A00135E874B49', '00135e874b49'],
    ['mac%3a00135e874b49', '00135e874b49'],
    ['MAC:00135E874B49', '00135e874b49'],
    ['MAC=0c383e07e16c', '0c383e07e16c'],
    ['MAC001565a1b2c3', '001565a1b2c3'],
    ['MAC%3a00:13:5E:87:4B:49', '00135e874b49'],
    ['001565A1B2C3', '001565a1b2c3'],
    ['00-15-65-a1-b2-c3', '001565a1b2c3'],
    ['001565A1B2C3', null, true],
    ['MAC%3a000000000000', null],
    ['MACffffffffffff', null],
    ['512', null],
    ['00000001', null],
    ['MAC%3a00135E874B4', null],
    ['MAC%zz', null],
  ];
  it.each(cases)('%s → %s', (user, expected, requirePrefix) => {
    expect(macFromUserPart(user, requirePrefix ?? false)).toBe(expected);
  });
});

describe('Event header', () => {
  const vendors: Array<[string, string | null]> = [
    ['ua-profile;profile-type="device";vendor="snom";model="snom370";version="8.7.5.48"', 'snom'],
    ['ua-profile;profile-type="device";vender="Panasonic";model="KX-HDV130";version="1"', 'Panasonic'],
    ['UA-Profile; Profile-Type=Device; VENDOR=Yealink; Model=T46S; Version=66.86.0.15', 'Yealink'],
    ['ua-profile;VENDER=Panasonic', 'Panasonic'],
    ['ua-profile ; vendor = "Grandstream" ; model = "GRP2612W"', 'Grandstream'],
    ['ua-profile;vendor=""', null],
    ['ua-profile', null],
  ];
  it.each(vendors)('vendor from %s', (event, vendor) => {
    expect(extractPnpSubscribe(subscribe('sip:MAC001565a1b2c3@224.0.1.75', event), SOURCE)?.vendor).toBe(vendor);
  });

  it('reads model, version and profile-type quoted or not, any case', () => {
    const sub = extractPnpSubscribe(subscribe('sip:MAC001565a1b2c3@224.0.1.75', 'UA-PROFILE;PROFILE-TYPE=Application;MODEL=T46S;VERSION="66.86.0.15"'), SOURCE);
    expect(sub).toMatchObject({ model: 'T46S', firmware: '66.86.0.15', profileType: 'application' });
  });

  it('accepts only the ua-profile package on a SUBSCRIBE', () => {
    expect(isUaProfileSubscribe(subscribe('sip:x@y', 'ua-profile;effective-by=3600'))).toBe(true);
    expect(isUaProfileSubscribe(subscribe('sip:x@y', 'Ua-Profile'))).toBe(true);
    expect(isUaProfileSubscribe(subscribe('sip:x@y', 'message-summary'))).toBe(false);
    expect(isUaProfileSubscribe(subscribe('sip:x@y', 'ua-profile-x'))).toBe(false);
    expect(isUaProfileSubscribe(subscribe('sip:x@y', ''))).toBe(false);
    expect(extractPnpSubscribe(subscribe('sip:x@y', 'presence'), SOURCE)).toBeNull();
    expect(parseEvent('ua-profile;profile-type="device"')).toEqual({
      package: 'ua-profile',
      params: [{ name: 'profile-type', value: 'device' }],
    });
  });
});

describe('MAC source precedence', () => {
  it('prefers the Request-URI, then To, then a MAC-prefixed From, then the User-Agent', () => {
    const base = (ruri: string, to: string, from: string, ua?: string) =>
      extractPnpSubscribe(
        request([
          `SUBSCRIBE ${ruri} SIP/2.0`,
          'Via: SIP/2.0/UDP 10.0.0.5:5060',
          `From: <${from}>;tag=1`,
          `To: <${to}>`,
          'Call-ID: p@x',
          'CSeq: 1 SUBSCRIBE',
          'Event: ua-profile',
          ...(ua ? [`User-Agent: ${ua}`] : []),
        ]),
        SOURCE,
      )?.mac;
    expect(base('sip:MAC%3a001565000001@x', 'sip:MAC%3a001565000002@x', 'sip:MAC%3a001565000003@x')).toBe('001565000001');
    expect(base('sip:224.0.1.75', 'sip:MAC%3a001565000002@x', 'sip:MAC%3a001565000003@x')).toBe('001565000002');
    expect(base('sip:224.0.1.75', 'sip:224.0.1.75', 'sip:MAC%3a001565000003@x')).toBe('001565000003');
    expect(base('sip:224.0.1.75', 'sip:224.0.1.75', 'sip:001565000003@x')).toBeNull();
    expect(base('sip:224.0.1.75', 'sip:224.0.1.75', 'sip:512@10.0.0.90', 'snomM700/03.23.0005 (MAC=000413B50A1C; HW=255)')).toBe('000413b50a1c');
  });
});

describe('userAgentHint', () => {
  const cases: Array<[string, string | null, string | null]> = [
    ['snomM700/03.23.0005 (MAC=000413B50A1C; SER=1; HW=255)', 'snom', 'snomM700'],
    ['snom370-SIP 8.7.5.48', 'snom', 'snom370'],
    ['Yealink SIP-T46G 28.83.0.120', 'Yealink', 'T46G'],
    ['Grandstream GRP2612W 1.0.5.67', 'Grandstream', 'GRP2612W'],
    ['PLANET VIP-2140PT', 'PLANET', 'VIP-2140PT'],
    ['AUDC-IPPhone/2.2.8.61_4.4.0', 'AudioCodes', null],
    ['Gigaset N720 DM PRO/70.089.00.000.000', 'Gigaset', 'N720 DM PRO'],
    ['Panasonic_KX-UT113/01.133 (0080f0c8c381)', 'Panasonic', 'KX-UT113'],
    ['Asterisk PBX 20', null, null],
  ];
  it.each(cases)('%s', (ua, vendor, model) => {
    const hint = userAgentHint(ua);
    expect(hint?.vendor ?? null).toBe(vendor);
    expect(hint?.model ?? null).toBe(model);
  });
});
