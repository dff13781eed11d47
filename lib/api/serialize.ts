/** Secrets stay write-only: responses say whether one is set, and show it only when an admin asks. */
export const SECRET_FIELDS = ['sipPassword', 'adminPassword', 'defaultAdminPassword', 'password'] as const;

export function withoutSecrets<T extends Record<string, unknown>>(row: T, reveal: boolean): Record<string, unknown> {
  if (reveal) return row;
  const out: Record<string, unknown> = { ...row };
  for (const field of SECRET_FIELDS) {
    if (field in out) {
      out[`${field}Set`] = typeof out[field] === 'string' && out[field] !== '';
      delete out[field];
    }
  }
  return out;
}

/**
 * A generated file's sha256 hashes its passwords in clear: beside the masked text, a short one is guessed offline.
 * Roles that may not reveal secrets get each of these fields as null; `file.sha256` names a field of a nested object.
 */
export function withoutSecretHashes(row: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = { ...row };
  for (const path of fields) {
    const [field, inner] = path.split('.');
    const value = out[field];
    if (inner === undefined) {
      if (field in out) out[field] = null;
    } else if (value !== null && typeof value === 'object') out[field] = { ...value, [inner]: null };
  }
  return out;
}
