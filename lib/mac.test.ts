import { describe, expect, it } from 'vitest';
import { findMac, formatMac, MAC_FORMATS, normaliseMac } from './mac';
import { deviceFileName } from './file-name-rule';

describe('normaliseMac', () => {
  it.each([
    ['001565aabbcc', '001565aabbcc'],
    ['001565AABBCC', '001565aabbcc'],
    ['00:15:65:aa:bb:cc', '001565aabbcc'],
    ['00:15:65:AA:BB:CC', '001565aabbcc'],
    ['00-15-65-aa-bb-cc', '001565aabbcc'],
    ['00-15-65-AA-BB-CC', '001565aabbcc'],
    ['0015.65aa.bbcc', '001565aabbcc'],
    ['  00 15 65 aa bb cc ', '001565aabbcc'],
  ])('%s → %s', (input, expected) => expect(normaliseMac(input)).toBe(expected));

  it.each(['', '001565aabbc', '001565aabbccd', '00:15:65:aa:bb:cg', '00:15:65:aa:bb', 'hello', '00::15:65:aa:bb:cc', '0015-65aa-bbcc1'])(
    'refuses %j',
    (input) => expect(normaliseMac(input)).toBeNull(),
  );
});

describe('formatMac', () => {
  const expected: Record<(typeof MAC_FORMATS)[number], string> = {
    lower: '001565aabbcc',
    upper: '001565AABBCC',
    'colon-lower': '00:15:65:aa:bb:cc',
    'colon-upper': '00:15:65:AA:BB:CC',
    'hyphen-lower': '00-15-65-aa-bb-cc',
    'hyphen-upper': '00-15-65-AA-BB-CC',
    dotted: '0015.65aa.bbcc',
  };
  it.each(MAC_FORMATS)('%s', (format) => expect(formatMac('001565aabbcc', format)).toBe(expected[format]));
});

describe('deviceFileName', () => {
  it.each([
    [{ prefix: 'snomD785-', macFormat: 'upper', suffix: '.htm' }, '000413922d24', 'snomD785-000413922D24.htm'],
    [{ prefix: '', macFormat: 'lower', suffix: '.cfg' }, '001565aabbcc', '001565aabbcc.cfg'],
    [{ prefix: 'cfg', macFormat: 'lower', suffix: '.xml' }, '001565aabbcc', 'cfg001565aabbcc.xml'],
    [{ prefix: 'Config', macFormat: 'upper', suffix: '.cfg' }, '0080f0c8c381', 'Config0080F0C8C381.cfg'],
    [{ prefix: 'phone-', macFormat: 'hyphen-upper', suffix: '' }, '001565aabbcc', 'phone-00-15-65-AA-BB-CC'],
  ])('%o + %s → %s', (rule, mac, expected) => expect(deviceFileName(rule, mac)).toBe(expected));
});

describe('findMac', () => {
  it.each([
    ['snomD785-000413922D24.htm', '000413922d24'],
    ['cfg001565aabbcc.xml', '001565aabbcc'],
    ['config.3c28a620089e.xml', '3c28a620089e'],
    ['001565aabbcc-user.cfg', '001565aabbcc'],
    ['Config0080F0C8C381.cfg', '0080f0c8c381'],
    ['x 00:15:65:4a:a9:37 y', '0015654aa937'],
    ['y000000000000.cfg', null],
    ['000000000000.cfg', null],
    ['sip.ld', null],
  ])('%s → %s', (text, expected) => expect(findMac(text)).toBe(expected));
});
