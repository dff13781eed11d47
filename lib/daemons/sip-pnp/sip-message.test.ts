import { describe, expect, it } from 'vitest';
import { parseCSeq, parseNameAddr, parseParams, parseSipUri, parseVia } from './sip-headers';
import { buildRequest, buildResponse, canonicalHeaderName, getHeader, getHeaders, MAX_SIP_MESSAGE_BYTES, parseSipMessage } from './sip-message';

const crlf = (...lines: string[]) => Buffer.from(`${lines.join('\r\n')}\r\n\r\n`);
const BASE = ['Via: SIP/2.0/UDP 10.0.0.2:5060;branch=z9hG4bK1', 'From: <sip:a@b>;tag=1', 'To: <sip:a@b>', 'Call-ID: c1', 'CSeq: 1 SUBSCRIBE'];

describe('parseSipMessage', () => {
  it('parses a request with method, URI, headers and body', () => {
    const msg = parseSipMessage(Buffer.from(`SUBSCRIBE sip:x@y SIP/2.0\r\n${BASE.join('\r\n')}\r\nContent-Length: 5\r\n\r\nhello`));
    expect(msg).toMatchObject({ kind: 'request', method: 'SUBSCRIBE', uri: 'sip:x@y' });
    expect(msg?.body.toString()).toBe('hello');
  });

  it('parses a response status line', () => {
    const msg = parseSipMessage(crlf('SIP/2.0 200 OK', ...BASE));
    expect(msg).toMatchObject({ kind: 'response', status: 200, reason: 'OK' });
  });

  const headerCases: Array<[string, string, string, string]> = [
    ['lower-case names', 'call-id: abc', 'Call-ID', 'abc'],
    ['upper-case names', 'CALL-ID: abc', 'call-id', 'abc'],
    ['compact i', 'i: abc', 'Call-ID', 'abc'],
    ['compact o = Event', 'o: ua-profile;vendor=x', 'Event', 'ua-profile;vendor=x'],
    ['compact m = Contact', 'm: <sip:1.2.3.4>', 'contact', '<sip:1.2.3.4>'],
    ['compact c = Content-Type', 'c: application/url', 'content-type', 'application/url'],
    ['folded value', 'Subject: a\r\n  b', 'subject', 'a b'],
    ['space before colon', 'Subject  :  hi', 'Subject', 'hi'],
  ];
  it.each(headerCases)('reads headers: %s', (_name, line, lookup, expected) => {
    const base = BASE.filter((b) => !(lookup.toLowerCase() === 'call-id' && b.startsWith('Call-ID')));
    const msg = parseSipMessage(crlf('OPTIONS sip:x SIP/2.0', ...base, line));
    expect(msg).not.toBeNull();
    expect(getHeader(msg!, lookup)).toBe(expected);
  });

  it('keeps every Via, whether on separate lines, compact or comma-joined', () => {
    const msg = parseSipMessage(
      crlf(
        'SUBSCRIBE sip:x SIP/2.0',
        'Via: SIP/2.0/UDP 10.0.0.1;branch=z9hG4bKa, SIP/2.0/UDP 10.0.0.2:5080;branch=z9hG4bKb',
        'v: SIP/2.0/UDP 10.0.0.3;branch=z9hG4bKc',
        ...BASE.slice(1),
      ),
    );
    expect(getHeaders(msg!, 'via').map((v) => parseVia(v)?.host)).toEqual(['10.0.0.1', '10.0.0.2', '10.0.0.3']);
  });

  it('refuses a CR that is not half of a line break (it would be echoed in our answers)', () => {
    expect(parseSipMessage(crlf('OPTIONS sip:x SIP/2.0', ...BASE.filter((b) => !b.startsWith('Call-ID')), 'Call-ID: x\ry'))).toBeNull();
    expect(parseSipMessage(Buffer.from(`OPTIONS sip:x SIP/2.0\r\r\n${BASE.join('\r\n')}\r\n\r\n`))).toBeNull();
  });

  it('accepts bare-LF line endings and leading CRLF keep-alive bytes', () => {
    const msg = parseSipMessage(Buffer.from(`\r\n\r\nSUBSCRIBE sip:x SIP/2.0\n${BASE.join('\n')}\n\n`));
    expect(msg?.kind).toBe('request');
  });

  it('frames the body by Content-Length and takes the rest when it is absent', () => {
    const framed = parseSipMessage(Buffer.from(`NOTIFY sip:x SIP/2.0\r\n${BASE.join('\r\n')}\r\nl: 3\r\n\r\nabcdef`));
    expect(framed?.body.toString()).toBe('abc');
    const open = parseSipMessage(Buffer.from(`NOTIFY sip:x SIP/2.0\r\n${BASE.join('\r\n')}\r\n\r\nabcdef`));
    expect(open?.body.toString()).toBe('abcdef');
  });

  const rejects: Array<[string, Buffer]> = [
    ['empty', Buffer.alloc(0)],
    ['CRLF keep-alive', Buffer.from('\r\n\r\n')],
    ['binary', Buffer.from([0x16, 0x03, 0x01, 0x00, 0xff, 0x00, 0x0d, 0x0a, 0x0d, 0x0a])],
    ['invalid UTF-8 in headers', Buffer.concat([Buffer.from('SUBSCRIBE sip:x SIP/2.0\r\nX: '), Buffer.from([0xc3, 0x28]), crlf(...BASE)])],
    ['NUL in headers', crlf('SUBSCRIBE sip:x SIP/2.0', 'Subject: a\u0000b', ...BASE)],
    ['no blank line (truncated headers)', Buffer.from(`SUBSCRIBE sip:x SIP/2.0\r\n${BASE.join('\r\n')}`)],
    ['Content-Length beyond the datagram (truncated body)', Buffer.from(`NOTIFY sip:x SIP/2.0\r\n${BASE.join('\r\n')}\r\nContent-Length: 50\r\n\r\nshort`)],
    ['non-numeric Content-Length', crlf('NOTIFY sip:x SIP/2.0', ...BASE, 'Content-Length: -1')],
    ['missing Call-ID', crlf('SUBSCRIBE sip:x SIP/2.0', ...BASE.filter((b) => !b.startsWith('Call-ID')))],
    ['missing Via', crlf('SUBSCRIBE sip:x SIP/2.0', ...BASE.slice(1))],
    ['HTTP request', crlf('GET / HTTP/1.1', 'Host: x')],
    ['header line without colon', crlf('SUBSCRIBE sip:x SIP/2.0', ...BASE, 'garbage')],
    ['folded first header', crlf('SUBSCRIBE sip:x SIP/2.0', ' continuation', ...BASE)],
    ['wrong SIP version', crlf('SUBSCRIBE sip:x SIP/3.0', ...BASE)],
    ['oversized (> 64 KB)', Buffer.concat([crlf('SUBSCRIBE sip:x SIP/2.0', ...BASE), Buffer.alloc(MAX_SIP_MESSAGE_BYTES, 0x61)])],
  ];
  it.each(rejects)('returns null for %s', (_name, data) => {
    expect(parseSipMessage(data)).toBeNull();
  });

  it('survives random bytes', () => {
    for (let i = 0; i < 500; i++) {
      const data = Buffer.from(Array.from({ length: 1 + Math.floor(Math.random() * 300) }, () => Math.floor(Math.random() * 256)));
      expect(() => parseSipMessage(data)).not.toThrow();
    }
  });
});

describe('header value parsers', () => {
  it('parses Via with IPv6, port and valueless params', () => {
    expect(parseVia('SIP/2.0/udp [2001:db8::1]:5080;rport;branch=z9hG4bKx')).toEqual({
      transport: 'UDP',
      host: '[2001:db8::1]',
      port: 5080,
      params: [
        { name: 'rport', value: null },
        { name: 'branch', value: 'z9hG4bKx' },
      ],
    });
    expect(parseVia('SIP/2.0/UDP host:99999')).toBeNull();
  });

  it('parses name-addr and addr-spec forms', () => {
    expect(parseNameAddr('"Desk; 1" <sip:MAC%3a00135E874B49@x;transport=udp>;tag=9')).toEqual({
      uri: 'sip:MAC%3a00135E874B49@x;transport=udp',
      params: [{ name: 'tag', value: '9' }],
    });
    expect(parseNameAddr('sip:512@10.0.0.90;tag=abc')).toEqual({ uri: 'sip:512@10.0.0.90', params: [{ name: 'tag', value: 'abc' }] });
  });

  it('parses SIP URIs with and without user and port', () => {
    expect(parseSipUri('sip:MAC001565a1b2c3@192.168.1.5:5059;transport=udp')).toMatchObject({
      user: 'MAC001565a1b2c3',
      host: '192.168.1.5',
      port: 5059,
    });
    expect(parseSipUri('sip:224.0.1.75:5060')).toMatchObject({ user: null, host: '224.0.1.75', port: 5060 });
    expect(parseSipUri('http://x')).toBeNull();
    for (const broken of ['sip:1@127.ontact: <sip:1@127.0.0.4:5060', 'sip:a"b@10.0.0.1', 'sip:1@10.0.0.1;x=<y>', 'sip:1@10.0.0.1?h=a b'])
      expect(parseSipUri(broken), broken).toBeNull();
  });

  it('parses params with quoted values and CSeq', () => {
    expect(parseParams(';Vendor="a;b";X')).toEqual([
      { name: 'vendor', value: 'a;b' },
      { name: 'x', value: null },
    ]);
    expect(parseCSeq('20000 subscribe')).toEqual({ seq: 20000, method: 'SUBSCRIBE' });
    expect(parseCSeq('x SUBSCRIBE')).toBeNull();
  });

  it('maps compact names', () => {
    expect(['v', 'f', 't', 'i', 'm', 'l', 'c', 'o'].map(canonicalHeaderName)).toEqual([
      'via',
      'from',
      'to',
      'call-id',
      'contact',
      'content-length',
      'content-type',
      'event',
    ]);
  });
});

describe('build', () => {
  it('computes Content-Length in bytes and round-trips', () => {
    const data = buildRequest('NOTIFY', 'sip:a@b', [...BASE.map((l) => l.split(': ') as [string, string]), ['Content-Length', '999']], 'http://h/è');
    const text = data.toString();
    expect(text).toContain('Content-Length: 11\r\n\r\nhttp://h/è');
    expect(text.match(/Content-Length/g)).toHaveLength(1);
    expect(parseSipMessage(data)?.body.toString()).toBe('http://h/è');
    expect(buildResponse(200, 'OK', []).toString()).toBe('SIP/2.0 200 OK\r\nContent-Length: 0\r\n\r\n');
  });
});
