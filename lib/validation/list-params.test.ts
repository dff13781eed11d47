import { describe, expect, it } from 'vitest';
import {
  ACCOUNT_SORT,
  accountListParamsSchema,
  DEVICE_SORT,
  deviceListParamsSchema,
  fileListParamsSchema,
  nextSort,
  paramsRecord,
  resolveSort,
  toSearchParams,
  unknownDeviceListParamsSchema,
} from './list-params';

const parse = (query: string) => deviceListParamsSchema.parse(paramsRecord(new URLSearchParams(query)));

describe('sort and direction params, one shape for the console and the REST API (issue 11)', () => {
  it('reads a whitelisted column and direction', () => {
    expect(parse('sort=lastFetch&dir=asc&pageSize=100&page=3')).toMatchObject({ sort: 'lastFetch', dir: 'asc', pageSize: 100, page: 3 });
    expect(accountListParamsSchema.parse({ sort: 'displayName', dir: 'desc' })).toMatchObject({ sort: 'displayName', dir: 'desc' });
    expect(fileListParamsSchema.parse({ sort: 'generatedAt' })).toMatchObject({ sort: 'generatedAt' });
    expect(unknownDeviceListParamsSchema.parse({ sort: 'mac' })).toMatchObject({ sort: 'mac' });
  });

  it("drops what a list does not allow (another list's column, a raw SQL, a bad direction) and keeps the rest", () => {
    const bad = parse('sort=extension&dir=sideways&q=lab');
    expect(bad).toMatchObject({ q: 'lab', page: 1 });
    expect(bad.sort).toBeUndefined();
    expect(bad.dir).toBeUndefined();
    expect(parse('sort=mac;drop table devices').sort).toBeUndefined();
    expect(parse('dir=DESC').dir).toBeUndefined();
    expect(accountListParamsSchema.parse({ sort: 'mac' }).sort).toBeUndefined();
    expect(resolveSort(DEVICE_SORT, bad)).toEqual({ column: 'mac', dir: 'asc' });
  });

  it('without a direction, a column sorts its own way (times newest first); without a column, the default one', () => {
    expect(resolveSort(DEVICE_SORT, {})).toEqual({ column: 'mac', dir: 'asc' });
    expect(resolveSort(DEVICE_SORT, { sort: 'lastFetch' })).toEqual({ column: 'lastFetch', dir: 'desc' });
    expect(resolveSort(DEVICE_SORT, { dir: 'desc' })).toEqual({ column: 'mac', dir: 'desc' });
    expect(resolveSort(ACCOUNT_SORT, {})).toEqual({ column: 'extension', dir: 'asc' });
  });

  it("a click on the sorted column flips it; on another column starts in that column's own direction", () => {
    expect(nextSort(DEVICE_SORT, {}, 'mac')).toEqual({ sort: 'mac', dir: 'desc' });
    expect(nextSort(DEVICE_SORT, { sort: 'mac', dir: 'desc' }, 'mac')).toEqual({ sort: 'mac', dir: 'asc' });
    expect(nextSort(DEVICE_SORT, { sort: 'mac', dir: 'desc' }, 'label')).toEqual({ sort: 'label', dir: 'asc' });
    expect(nextSort(DEVICE_SORT, {}, 'lastFetch')).toEqual({ sort: 'lastFetch', dir: 'desc' });
    expect(nextSort(DEVICE_SORT, { sort: 'lastFetch' }, 'lastFetch')).toEqual({ sort: 'lastFetch', dir: 'asc' });
  });

  it('round-trips through the URL', () => {
    const params = parse('q=lab&sort=model&dir=desc&pageSize=200');
    expect(parse(toSearchParams(params).toString())).toEqual(params);
    expect(toSearchParams(params).toString()).toBe('q=lab&pageSize=200&sort=model&dir=desc');
  });
});
