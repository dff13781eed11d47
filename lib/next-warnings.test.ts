import { createRequire } from 'node:module';
import { afterEach, expect, it, vi } from 'vitest';
import { LOG_BURST } from '@/lib/log-limit';
import { limitUnrecognizedActionWarnings } from '@/lib/next-warnings';

// Next's own errors for a malformed and for an unknown Next-Action id (what its action handler passes to
// console.warn before answering 400/404), so a change of their wording in a Next upgrade fails here.
const next = createRequire(import.meta.url)('next/dist/server/app-render/manifests-singleton.js') as {
  getInvalidServerReferenceIdError: (id: string) => Error;
  getActionNotFoundError: (id: string) => Error;
};

afterEach(() => vi.restoreAllMocks());

it("writes Next's unrecognized-action warnings as one limited line each, and every other warning as before (issue 12, finding 7)", () => {
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  const written: unknown[][] = [];
  const target = { warn: (...args: unknown[]) => void written.push(args) };
  limitUnrecognizedActionWarnings(target);

  for (let i = 0; i < 500; i++) target.warn(i % 2 ? next.getInvalidServerReferenceIdError(`x${i}`) : next.getActionNotFoundError('0'.repeat(42)));
  const lines = stderr.mock.calls.map(([line]) => String(line));
  expect(lines).toHaveLength(LOG_BURST);
  for (const line of lines)
    expect(line).toMatch(/ WARN refused a server action call: (The Server Reference ID did not match|Failed to find Server Action)[^\n]*\n$/);
  expect(written).toEqual([]);

  const other = new Error('something else');
  target.warn(other, 'with context');
  expect(written).toEqual([[other, 'with context']]);
});
