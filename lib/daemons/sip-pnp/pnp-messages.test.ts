import { describe, expect, it } from 'vitest';
import { buildNotify, buildSubscribeOk, notifyTarget, responseTargets, withTag } from './pnp-messages';
import { getHeader, getHeaders, parseSipMessage, type SipRequest } from './sip-message';
import { renderSubscribe, VENDOR_SUBSCRIBES } from './vendor-subscribes.fixture';

const LOCAL = { host: '192.168.100.10', port: 5060 };
const fixture = (prefix: string) => VENDOR_SUBSCRIBES.find((f) => f.name.startsWith(prefix))!;
const req = (buf: Buffer) => parseSipMessage(buf) as SipRequest;
const lines = (head: string[]) =>
  req(
    Buffer.from(
      `${['SUBSCRIBE sip:MAC001565a1b2c3@224.0.1.75 SIP/2.0', ...head, 'From: <sip:a@b>;tag=1', 'To: <sip:a@b>', 'Call-ID: x', 'CSeq: 1 SUBSCRIBE', 'Event: ua-profile'].join('\r\n')}\r\n\r\n`,
    ),
  );

describe('buildSubscribeOk', () => {
  it('stamps received/rport, copies headers and tags To (Snom trace)', () => {
    const sub = req(renderSubscribe(fixture('Snom old')));
    const ok = parseSipMessage(buildSubscribeOk(sub, { address: '192.168.10.67', port: 1024 }, LOCAL, 'srvtag'))!;
    expect(ok).toMatchObject({ kind: 'response', status: 200 });
    expect(getHeaders(ok, 'via')).toEqual(['SIP/2.0/UDP 192.168.10.67:5060;received=192.168.10.67;rport=1024']);
    expect(getHeader(ok, 'from')).toBe('<sip:MAC%3a00135E874B49@intern.snom.de>;tag=658512961');
    expect(getHeader(ok, 'to')).toBe('<sip:MAC%3a00135E874B49@intern.snom.de>;tag=srvtag');
    expect(getHeader(ok, 'call-id')).toBe('1930770594@192.168.10.67');
    expect(getHeader(ok, 'cseq')).toBe('1 SUBSCRIBE');
    expect(getHeader(ok, 'expires')).toBe('0');
    expect(getHeader(ok, 'contact')).toBe('<sip:192.168.100.10:5060>');
    expect(getHeader(ok, 'content-length')).toBe('0');
  });

  it('keeps every Via in order and adds received only when sent-by differs (no rport)', () => {
    const sub = lines(['Via: SIP/2.0/UDP phone.local:5080;branch=z9hG4bKa', 'Via: SIP/2.0/UDP 10.0.0.9;branch=z9hG4bKb']);
    const ok = parseSipMessage(buildSubscribeOk(sub, { address: '10.0.0.7', port: 5080 }, LOCAL, 't'))!;
    expect(getHeaders(ok, 'via')).toEqual(['SIP/2.0/UDP phone.local:5080;branch=z9hG4bKa;received=10.0.0.7', 'SIP/2.0/UDP 10.0.0.9;branch=z9hG4bKb']);
    expect(getHeader(ok, 'cseq')).toBe('1 SUBSCRIBE');
  });

  it('does not add a second To tag', () => {
    expect(withTag('<sip:a@b>;tag=x', 'y')).toBe('<sip:a@b>;tag=x');
    expect(withTag('sip:a@b', 'y')).toBe('sip:a@b;tag=y');
  });
});

describe('responseTargets', () => {
  it('uses the source with rport, else the source address at the Via port (and the source port)', () => {
    const rport = lines(['Via: SIP/2.0/UDP 10.0.0.7:5060;rport;branch=z9hG4bKa']);
    expect(responseTargets(rport, { address: '10.0.0.7', port: 40000 })).toEqual([{ address: '10.0.0.7', port: 40000 }]);
    const plain = lines(['Via: SIP/2.0/UDP 10.0.0.7:5080;branch=z9hG4bKa']);
    expect(responseTargets(plain, { address: '10.0.0.7', port: 5080 })).toEqual([{ address: '10.0.0.7', port: 5080 }]);
    const noPort = lines(['Via: SIP/2.0/UDP 10.0.0.7;branch=z9hG4bKa']);
    expect(responseTargets(noPort, { address: '10.0.0.7', port: 40000 })).toEqual([
      { address: '10.0.0.7', port: 40000 },
      { address: '10.0.0.7', port: 5060 },
    ]);
  });
});

describe('notifyTarget', () => {
  it('follows the Contact (Yealink on 5059, Grandstream on 5080)', () => {
    const yealink = req(renderSubscribe(fixture('Yealink W52P'), '10.1.1.5'));
    expect(notifyTarget(yealink, { address: '10.1.1.5', port: 5059 })).toEqual({
      uri: 'sip:MAC001565a1b2c3@10.1.1.5:5059',
      target: { address: '10.1.1.5', port: 5059 },
    });
    const gs = req(renderSubscribe(fixture('Grandstream'), '10.1.1.6'));
    expect(notifyTarget(gs, { address: '10.1.1.6', port: 5080 }).target).toEqual({ address: '10.1.1.6', port: 5080 });
  });

  it('falls back to the source without a usable Contact or behind NAT', () => {
    expect(notifyTarget(lines(['Via: SIP/2.0/UDP 10.0.0.7;branch=z9hG4bKa']), { address: '10.0.0.7', port: 5062 })).toEqual({
      uri: 'sip:10.0.0.7:5062',
      target: { address: '10.0.0.7', port: 5062 },
    });
    const nat = lines(['Via: SIP/2.0/UDP 192.168.1.2:5060;rport', 'Contact: <sip:192.168.1.2:5060>']);
    expect(notifyTarget(nat, { address: '203.0.113.9', port: 61000 }).target).toEqual({ address: '203.0.113.9', port: 61000 });
    const named = lines(['Via: SIP/2.0/UDP 10.0.0.7', 'Contact: <sip:phone.local>']);
    expect(notifyTarget(named, { address: '10.0.0.7', port: 5060 }).target).toEqual({ address: '10.0.0.7', port: 5060 });
  });

  it('never copies a Contact with spaces or brackets into the Request-URI (seeded fuzz case 2271028230)', () => {
    const broken = lines(['Via: SIP/2.0/UDP 127.0.0.4', 'Contact: <sip:00000001@127.ontact: <sip:00000001@127.0.0.4:38719>']);
    expect(notifyTarget(broken, { address: '127.0.0.4', port: 38719 })).toEqual({
      uri: 'sip:127.0.0.4:38719',
      target: { address: '127.0.0.4', port: 38719 },
    });
  });
});

describe('buildNotify', () => {
  it('builds the NOTIFY of sip-pnp.md §3.2', () => {
    const sub = req(renderSubscribe(fixture('Snom old')));
    const url = 'http://192.168.100.10/sipphone/sipphoneconfig.xml?mac={mac}';
    const data = buildNotify(sub, { url, toTag: 'srv', branch: 'z9hG4bKabc', local: LOCAL, requestUri: 'sip:192.168.10.67:5060' });
    const text = data.toString();
    expect(text.startsWith('NOTIFY sip:192.168.10.67:5060 SIP/2.0\r\n')).toBe(true);
    const msg = parseSipMessage(data)!;
    expect(getHeader(msg, 'via')).toBe('SIP/2.0/UDP 192.168.100.10:5060;branch=z9hG4bKabc;rport');
    expect(getHeader(msg, 'max-forwards')).toBe('70');
    expect(getHeader(msg, 'from')).toBe('<sip:MAC%3a00135E874B49@intern.snom.de>;tag=srv');
    expect(getHeader(msg, 'to')).toBe('<sip:MAC%3a00135E874B49@intern.snom.de>;tag=658512961');
    expect(getHeader(msg, 'call-id')).toBe('1930770594@192.168.10.67');
    expect(getHeader(msg, 'cseq')).toBe('1 NOTIFY');
    expect(getHeader(msg, 'event')).toBe('ua-profile;profile-type="device";vendor="OEM";model="OEM";version="7.1.19"');
    expect(getHeader(msg, 'subscription-state')).toBe('terminated;reason=timeout');
    expect(getHeader(msg, 'content-type')).toBe('application/url');
    expect(getHeader(msg, 'content-length')).toBe(String(Buffer.byteLength(url)));
    expect(msg.body.toString()).toBe(url);
  });
});
