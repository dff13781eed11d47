import { describe, expect, it } from 'vitest';
import { negotiateOptions } from './options';
import { decodePacket, encodeAck, encodeData, encodeError, encodeOack, encodeRequest, type TftpPacket } from './packets';

const bytes = (...parts: Array<number[] | string>) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

describe('encode', () => {
  it.each<[string, Buffer, Buffer]>([
    ['RRQ', encodeRequest('rrq', 'a.cfg', 'octet'), bytes([0, 1], 'a.cfg\0octet\0')],
    ['WRQ', encodeRequest('wrq', 'a.cfg', 'netascii'), bytes([0, 2], 'a.cfg\0netascii\0')],
    ['RRQ with options', encodeRequest('rrq', 'f', 'octet', { blksize: '1428', tsize: '0' }), bytes([0, 1], 'f\0octet\0blksize\x001428\0tsize\x000\0')],
    ['DATA', encodeData(258, Buffer.from('xy')), bytes([0, 3, 1, 2], 'xy')],
    ['empty DATA', encodeData(7, Buffer.alloc(0)), bytes([0, 3, 0, 7])],
    ['DATA block wraps at 65536', encodeData(65536, Buffer.alloc(0)), bytes([0, 3, 0, 0])],
    ['ACK', encodeAck(65535), bytes([0, 4, 0xff, 0xff])],
    ['ERROR', encodeError(1, 'File not found'), bytes([0, 5, 0, 1], 'File not found\0')],
    ['OACK', encodeOack({ blksize: '1024', tsize: '9' }), bytes([0, 6], 'blksize\x001024\0tsize\x009\0')],
  ])('%s', (_name, actual, expected) => {
    expect(actual.equals(expected)).toBe(true);
  });
});

describe('decodePacket', () => {
  it.each<[string, Buffer, TftpPacket]>([
    ['RRQ', bytes([0, 1], 'a.cfg\0octet\0'), { op: 'rrq', filename: 'a.cfg', mode: 'octet', options: {} }],
    ['mode lower-cased', bytes([0, 1], 'a\0NetASCII\0'), { op: 'rrq', filename: 'a', mode: 'netascii', options: {} }],
    ['WRQ', bytes([0, 2], 'up\0octet\0'), { op: 'wrq', filename: 'up', mode: 'octet', options: {} }],
    [
      'options, names case-insensitive, first wins',
      bytes([0, 1], 'f\0octet\0BLKSIZE\x001024\0tsize\x000\0blksize\x0099\0'),
      { op: 'rrq', filename: 'f', mode: 'octet', options: { blksize: '1024', tsize: '0' } },
    ],
    [
      'NUL padding and a dangling option are ignored',
      bytes([0, 1], 'f\0octet\0\0\0timeout\x003\0windowsize'),
      { op: 'rrq', filename: 'f', mode: 'octet', options: { timeout: '3' } },
    ],
    ['DATA', bytes([0, 3, 0, 1], 'abc'), { op: 'data', block: 1, data: Buffer.from('abc') }],
    ['ACK', bytes([0, 4, 1, 0]), { op: 'ack', block: 256 }],
    ['ACK 0', bytes([0, 4, 0, 0]), { op: 'ack', block: 0 }],
    ['ERROR', bytes([0, 5, 0, 8], 'no\0'), { op: 'error', code: 8, message: 'no' }],
    ['ERROR without NUL', bytes([0, 5, 0, 1], 'gone'), { op: 'error', code: 1, message: 'gone' }],
    ['OACK', bytes([0, 6], 'tsize\x00512\0'), { op: 'oack', options: { tsize: '512' } }],
  ])('%s', (_name, input, expected) => {
    expect(decodePacket(input)).toEqual({ ok: true, packet: expected });
  });

  it.each<[string, Buffer]>([
    ['empty', bytes()],
    ['one byte', bytes([0])],
    ['unknown opcode 0', bytes([0, 0, 1, 2])],
    ['unknown opcode 7', bytes([0, 7], 'x\0')],
    ['RRQ without any NUL', bytes([0, 1], 'file')],
    ['RRQ without mode terminator', bytes([0, 1], 'file\0octet')],
    ['RRQ with empty filename', bytes([0, 1], '\0octet\0')],
    ['RRQ with empty mode', bytes([0, 1], 'file\0\0')],
    ['RRQ with invalid UTF-8', bytes([0, 1, 0xff, 0xfe, 0], 'octet\0')],
    ['DATA too short', bytes([0, 3, 0])],
    ['ACK too short', bytes([0, 4, 1])],
    ['ERROR too short', bytes([0, 5])],
  ])('rejects %s', (_name, input) => {
    const result = decodePacket(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toBeTruthy();
  });

  it('never throws on random input', () => {
    for (let i = 0; i < 2000; i++) {
      const buf = Buffer.from(Array.from({ length: i % 40 }, () => Math.floor(Math.random() * 256)));
      expect(() => decodePacket(buf)).not.toThrow();
    }
  });

  it('round-trips what it encodes', () => {
    const packet = decodePacket(encodeRequest('rrq', 'dir/0015651234ab.cfg', 'octet', { tsize: '0' }));
    expect(packet).toEqual({
      ok: true,
      packet: { op: 'rrq', filename: 'dir/0015651234ab.cfg', mode: 'octet', options: { tsize: '0' } },
    });
  });
});

describe('negotiateOptions', () => {
  it.each<[string, Record<string, string>, ReturnType<typeof negotiateOptions>]>([
    ['no options', {}, { blksize: 512, timeoutMs: null, oack: null }],
    ['only unknown options', { windowsize: '4', foo: 'bar' }, { blksize: 512, timeoutMs: null, oack: null }],
    ['blksize', { blksize: '1428' }, { blksize: 1428, timeoutMs: null, oack: { blksize: '1428' } }],
    ['blksize minimum', { blksize: '8' }, { blksize: 8, timeoutMs: null, oack: { blksize: '8' } }],
    ['blksize clamped to 65464', { blksize: '65500' }, { blksize: 65464, timeoutMs: null, oack: { blksize: '65464' } }],
    ['blksize below 8 ignored', { blksize: '7' }, { blksize: 512, timeoutMs: null, oack: null }],
    ['blksize not a number ignored', { blksize: 'big' }, { blksize: 512, timeoutMs: null, oack: null }],
    ['tsize answers the real size', { tsize: '0' }, { blksize: 512, timeoutMs: null, oack: { tsize: '1000' } }],
    ['tsize garbage ignored', { tsize: '-1' }, { blksize: 512, timeoutMs: null, oack: null }],
    ['timeout', { timeout: '3' }, { blksize: 512, timeoutMs: 3000, oack: { timeout: '3' } }],
    ['timeout 0 ignored', { timeout: '0' }, { blksize: 512, timeoutMs: null, oack: null }],
    ['timeout 10 is the longest accepted', { timeout: '10' }, { blksize: 512, timeoutMs: 10_000, oack: { timeout: '10' } }],
    ['timeout 11 not accepted (would hold a socket too long)', { timeout: '11' }, { blksize: 512, timeoutMs: null, oack: null }],
    ['timeout 256 ignored', { timeout: '256' }, { blksize: 512, timeoutMs: null, oack: null }],
    [
      'all together',
      { blksize: '1024', tsize: '0', timeout: '5', windowsize: '8' },
      { blksize: 1024, timeoutMs: 5000, oack: { blksize: '1024', tsize: '1000', timeout: '5' } },
    ],
  ])('%s', (_name, requested, expected) => {
    expect(negotiateOptions(requested, 1000)).toEqual(expected);
  });

  it('clamps blksize to what the socket can send', () => {
    expect(negotiateOptions({ blksize: '65464' }, 10, 9000).blksize).toBe(9000);
  });
});
