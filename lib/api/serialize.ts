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
