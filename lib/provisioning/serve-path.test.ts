import { describe, expect, it, onTestFailed } from 'vitest';
import { fuzzCases, fuzzSeed, replayHint, seededRng } from '@/lib/fuzz-support';
import { deviceFileName } from '@/lib/file-name-rule';
import { MAC_FORMATS } from '@/lib/mac';
import { parseProvisioningPath } from './serve';

// Which paths reach the database. Every name a file-name rule can produce must (all 7 MAC notations,
// prefix and suffix up to 64 characters of lib/validation/common.ts `fileNamePart`); traversal and
// odd names must not, exactly as before ':' and '.' notations were servable.

const MAC = '0c1105aabb01';
const TENANT = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';
const names = (prefix: string, suffix: string) => MAC_FORMATS.map((macFormat) => deviceFileName({ prefix, macFormat, suffix }, MAC));

describe('names a file-name rule produces', () => {
  it('are the 7 notations the console offers', () => {
    expect(names('akv-', '.cfg')).toEqual([
      'akv-0c1105aabb01.cfg',
      'akv-0C1105AABB01.cfg',
      'akv-0c:11:05:aa:bb:01.cfg',
      'akv-0C:11:05:AA:BB:01.cfg',
      'akv-0c-11-05-aa-bb-01.cfg',
      'akv-0C-11-05-AA-BB-01.cfg',
      'akv-0c11.05aa.bb01.cfg',
    ]);
  });

  const longest = 'A'.repeat(63);
  const cases = [
    ...names('akv-', '.cfg'),
    ...names('', ''),
    ...names('SEP', '.cnf.xml'),
    ...names(`.${longest}`, `_${longest}`),
    ...names(`${longest}.`, `.${longest}`),
  ];
  it.each(cases)('%s is looked up, at the root and under a tenant, raw and percent-encoded', (name) => {
    for (const channel of ['http', 'https'] as const) {
      expect(parseProvisioningPath(name, channel)).toEqual({ tenantUuid: null, fileName: name });
      expect(parseProvisioningPath(encodeURIComponent(name), channel)).toEqual({ tenantUuid: null, fileName: name });
      expect(parseProvisioningPath(`${TENANT}/${encodeURIComponent(name)}`, channel)).toEqual({ tenantUuid: TENANT, fileName: name });
    }
    expect(parseProvisioningPath(name, 'tftp')).toEqual({ tenantUuid: null, fileName: name });
    expect(parseProvisioningPath(`/${name}`, 'tftp')).toEqual({ tenantUuid: null, fileName: name });
    expect(parseProvisioningPath(`${TENANT}/${name}`, 'tftp')).toEqual({ tenantUuid: TENANT, fileName: name });
  });

  it('accepts %3a in lower case too on HTTP, and never decodes on TFTP (phones send raw names)', () => {
    expect(parseProvisioningPath('akv-0C%3a11%3a05%3aAA%3aBB%3a01.cfg', 'http')).toEqual({ tenantUuid: null, fileName: 'akv-0C:11:05:AA:BB:01.cfg' });
    expect(parseProvisioningPath('akv-0C%3A11%3A05%3AAA%3ABB%3A01.cfg', 'tftp')).toEqual({ status: 404 });
  });

  it('skips the empty segment of a doubled slash, as phones that append "/" to a URL ending in one send', () => {
    const name = 'cfg0c1105aabb01.xml';
    for (const channel of ['http', 'tftp'] as const) {
      expect(parseProvisioningPath(`/${name}`, channel)).toEqual({ tenantUuid: null, fileName: name });
      expect(parseProvisioningPath(`${TENANT}//${name}`, channel)).toEqual({ tenantUuid: TENANT, fileName: name });
      expect(parseProvisioningPath(`/${TENANT}/${name}`, channel)).toEqual({ tenantUuid: TENANT, fileName: name });
    }
    expect(parseProvisioningPath('/', 'http')).toEqual({ status: 404 });
  });

  it('keeps names of common files servable as before', () => {
    for (const name of ['y000000000000.cfg', 'SIPDefault.cnf', '-x.xml', '_', 'a'.repeat(128)]) {
      expect(parseProvisioningPath(name, 'http')).toEqual({ tenantUuid: null, fileName: name });
    }
  });
});

describe('refusals stay as they were', () => {
  it.each<[string, number]>([
    ['../package.json', 400],
    ['..%2f..%2fpackage.json', 400],
    ['%2e%2e/package.json', 400],
    ['%2e%2e%2fdata%2fprovisio.db', 400],
    ['..%5c..%5cpackage.json', 400],
    ['a%00.cfg', 400],
    ['%ff%fe.cfg', 400],
    [`${'a'.repeat(300)}.cfg`, 400],
    ['a/b/c.cfg', 404],
    ['.env', 404],
    ['', 404],
    ['.', 400],
    ['%2e', 400],
    ['0c:11:05:aa:bb:01%2f..%2fx', 400],
    ['0c:11:05:aa:bb:01%5cx', 400],
    ['0c:11:05:aa:bb:01%00.cfg', 400],
    ['C:%5cwindows', 400],
  ])('HTTP %s → %i', (path, status) => {
    expect(parseProvisioningPath(path, 'http')).toEqual({ status });
  });

  it.each([
    'a:b.cfg',
    'C:',
    'akv-0C:11:05:AA:BB.cfg',
    'akv-0C:11:05:AA:BB:01:02:03.cfg:',
    'akv-0C:11-05:AA:BB:01.cfg',
    'akv-0C:11:05:AA:BB:0G.cfg',
    'akv-0C%3A11%3A05%3AAA%3ABB%3A01%3A.cfg',
    'akv-0c11.05aa.bb01.cfg%20',
    'akv-0c11.05aabb01.cfg:x',
    `${'g'.repeat(65)}0c:11:05:aa:bb:01.cfg`,
    `0c:11:05:aa:bb:01${'g'.repeat(65)}`,
    `${'g'.repeat(129)}`,
    `${'a'.repeat(146)}`,
    'akv-0C:11:05:AA:BB:01.cfg?x',
    'akv-0C:11:05:AA:BB:01.cfg#',
    'akv-0C:11:05:AA:BB:01.çfg',
  ])('%s is never looked up (404 like any miss)', (name) => {
    expect(parseProvisioningPath(encodeURIComponent(name), 'http')).toEqual({ status: 404 });
    expect(parseProvisioningPath(name, 'tftp')).toEqual({ status: 404 });
  });

  it('refuses traversal over TFTP before any lookup', () => {
    for (const name of ['../etc/passwd', '/../etc/passwd', 'a\\b', '0c:11:05:aa:bb:01\\x', '..', 'x\0.cfg']) {
      expect(parseProvisioningPath(name, 'tftp')).toEqual({ status: 400 });
    }
  });
});

describe('the shortcut for a plain name (one segment, nothing to decode)', () => {
  // A leading '/' takes the general way (an empty segment is skipped, TFTP strips it): both must agree.
  const general = (name: string, channel: 'http' | 'tftp') => parseProvisioningPath(`/${name}`, channel);

  it.each(['.', '..', '...', '-', '_', 'a', '0c1105aabb01', 'SEP0C1105AABB01.cnf.xml', '.0c1105aabb01', 'y000000000028.cfg', 'A'.repeat(146)])(
    '%s parses as the general way parses it',
    (name) => {
      for (const channel of ['http', 'tftp'] as const) expect(parseProvisioningPath(name, channel)).toEqual(general(name, channel));
    },
  );

  it('agrees with the general way on random names of its alphabet', () => {
    const seed = fuzzSeed();
    onTestFailed(() => console.error(replayHint('plain-name shortcut', seed)));
    const rng = seededRng(seed);
    const alphabet = 'abcdefABCDEF0123456789.-_xyzXYZ';
    for (let i = 0, n = fuzzCases(5000); i < n; i++) {
      const name = Array.from({ length: rng.between(1, 160) }, () => rng.pick([...alphabet])).join('');
      for (const channel of ['http', 'tftp'] as const) expect(parseProvisioningPath(name, channel), name).toEqual(general(name, channel));
    }
  });
});
