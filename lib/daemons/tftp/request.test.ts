import { describe, expect, it } from 'vitest';
import { checkFilename, parseMode, toNetascii } from './request';

describe('checkFilename', () => {
  it.each([
    ['plain', 'y000000000044.cfg', 'y000000000044.cfg'],
    ['one leading slash stripped', '/0015651234ab.cfg', '0015651234ab.cfg'],
    ['sub directory', 'tenant/a.cfg', 'tenant/a.cfg'],
    ['dots inside a name', 'a..b.cfg', 'a..b.cfg'],
    ['single dot segment', './a.cfg', './a.cfg'],
    ['255 bytes', 'a'.repeat(255), 'a'.repeat(255)],
  ])('accepts %s', (_name, input, path) => {
    expect(checkFilename(input)).toEqual({ ok: true, path });
  });

  it.each([
    ['parent segment', '../etc/passwd'],
    ['parent segment after slash', '/../etc/passwd'],
    ['inner parent segment', 'a/../../b'],
    ['trailing parent segment', 'a/..'],
    ['backslash', 'a\\b'],
    ['backslash traversal', '..\\..\\boot.ini'],
    ['NUL', 'a\0b'],
    ['absolute after stripping one slash', '//etc/passwd'],
    ['double slash inside', 'a//b'],
    ['only a slash', '/'],
    ['empty', ''],
    ['256 bytes', 'a'.repeat(256)],
    ['over 255 bytes in UTF-8', 'é'.repeat(128)],
  ])('refuses %s', (_name, input) => {
    expect(checkFilename(input).ok).toBe(false);
  });
});

describe('parseMode', () => {
  it.each([
    ['octet', 'octet'],
    ['OCTET', 'octet'],
    ['NetAscii', 'netascii'],
    ['mail', null],
    ['binary', null],
    ['', null],
  ])('%s → %s', (input, expected) => {
    expect(parseMode(input)).toBe(expected);
  });
});

describe('toNetascii', () => {
  it.each([
    ['no line ends', 'abc', 'abc'],
    ['LF', 'a\nb\n', 'a\r\nb\r\n'],
    ['bare CR', 'a\rb', 'a\r\0b'],
    ['CR LF', 'a\r\nb', 'a\r\0\r\nb'],
    ['empty', '', ''],
  ])('%s', (_name, input, expected) => {
    expect(toNetascii(Buffer.from(input, 'latin1')).toString('latin1')).toBe(expected);
  });
});
