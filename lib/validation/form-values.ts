/** Native inputs give '' for "nothing": these map it to what the shared schemas expect. */
export const emptyToNull = (value: unknown) => (value === '' || value === undefined ? null : value);
export const emptyToUndefined = (value: unknown) => (value === '' ? undefined : value);

/** Drops a write-only secret left empty, so a partial update keeps the stored value. */
export function withoutEmpty<T extends Record<string, unknown>>(data: T, key: keyof T & string): T {
  if (data[key] !== undefined && data[key] !== '') return data;
  const { [key]: _dropped, ...rest } = data;
  return rest as T;
}
