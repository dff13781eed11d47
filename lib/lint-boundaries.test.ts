import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * Proves the import-boundary rules of eslint.config.mjs fire: each snippet is linted as if it lived at a
 * virtual path in the folder under test (the file need not exist), with the repo's real config.
 */
const ROOT = path.resolve(import.meta.dirname, '..');
const BOUNDARY = '@typescript-eslint/no-restricted-imports';
const RAW_SQL = 'no-restricted-syntax';

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

/** The rule ids reported for `code` linted as `filePath`, boundary and raw-SQL rules only (formatting and style rules are not under test). */
async function violations(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, filePath) });
  expect(result.fatalErrorCount, result.messages.map((m) => m.message).join('\n')).toBe(0);
  expect(result.messages.filter((m) => m.ruleId === null)).toEqual([]); // e.g. "File ignored"
  return result.messages.map((m) => m.ruleId ?? '').filter((id) => id === BOUNDARY || id === RAW_SQL);
}

describe('import-boundary lint: an upward value import fails', () => {
  it.each([
    ['lib/provisioning/x.ts', "import { createDevice } from '@/lib/domain/devices';"],
    ['lib/provisioning/x.ts', "import { createDevice } from '../domain/devices';"],
    ['lib/provisioning/x.ts', "import { daemonsStatus } from '@/lib/daemons/status';"],
    ['lib/provisioning/x.ts', "import 'server-only';"],
    ['db/queries/x.ts', "import { regenerate } from '@/lib/provisioning/regenerate';"],
    ['db/queries/x.ts', "import { createDevice } from '../../lib/domain/devices';"],
    ['db/schema/x.ts', "import { getSession } from '@/lib/auth/session';"],
    ['components/x.tsx', "import { getDb } from '@/db/client';"],
    ['components/x.tsx', "import { regenerate } from '@/lib/provisioning/regenerate';"],
    ['components/x.tsx', "import { bootstrap } from '@/lib/bootstrap';"],
    ['components/x.tsx', "import fs from 'node:fs';"],
    ['app/x/page.tsx', "import { createDevice } from '@/lib/domain/devices';"],
    ['app/x/page.tsx', "import { devices } from '@/db/schema';"],
    ['app/x/page.tsx', "import { startDaemons } from '@/lib/daemons';"],
    ['app/api/x/route.ts', "import Database from 'better-sqlite3';"],
    ['lib/templates/x.ts', "import fs from 'node:fs';"],
    ['lib/templates/x.ts', "import { getDb } from '@/db/client';"],
    ['lib/templates/x.ts', "import { regenerate } from '@/lib/provisioning/regenerate';"],
    ['components/x.tsx', "import { viewFile } from '@/lib/provisioning/file-view';"],
    ['lib/daemons/tftp/x.ts', "import { createDevice } from '@/lib/domain/devices';"],
    ['lib/daemons/x.ts', "import { headers } from 'next/headers';"],
    ['lib/domain/x.ts', "import { run } from '@/lib/actions/run';"],
    ['lib/domain/x.ts', "import { getSession } from '@/lib/auth/session';"],
    ['lib/domain/x.ts', "import { startDaemons } from '@/lib/daemons';"],
    ['lib/domain/x.ts', "import { revalidatePath } from 'next/cache';"],
    ['lib/validation/x.ts', "import { REDIRECTION_BRANDS } from '@/db/schema/redirection-servers';"],
    ['lib/errors.ts', "import { env } from '@/lib/env';"],
    ['lib/provisioning/x.ts', "export { createDevice } from '@/lib/domain/devices';"],
  ])('%s: %s', async (filePath, code) => {
    expect(await violations(filePath, code)).toEqual([BOUNDARY]);
  });

  it('raw better-sqlite3 ($client) outside db/ fails', async () => {
    const code = "import { getDb } from '@/db/client';\nexport const n = getDb().$client.prepare('SELECT 1').get();\n";
    expect(await violations('lib/provisioning/x.ts', code)).toEqual([RAW_SQL]);
    expect(await violations('app/api/x/route.ts', code)).toEqual([RAW_SQL]);
  });
});

describe('import-boundary lint: the allowed counterparts pass', () => {
  it.each([
    ['components/x.tsx', "import type { DeviceRow } from '@/db/queries/devices';"],
    ['components/x.tsx', "import { type DeviceRow } from '@/db/queries/devices';"],
    ['components/x.tsx', "import { exampleFileName } from '@/lib/file-name-rule';"],
    ['components/x.tsx', "import { createDeviceAction } from '@/lib/actions/devices';"],
    ['lib/domain/x.ts', "import { listDevices } from '@/db/queries/devices';"],
    ['lib/domain/x.ts', "import { devices } from '@/db/schema';"],
    ['lib/domain/x.ts', "import { regenerate } from '@/lib/provisioning/regenerate';"],
    ['lib/domain/x.ts', "import type { NextRequest } from 'next/server';"],
    ['lib/actions/x.ts', "import { createDevice } from '@/lib/domain/devices';"],
    ['lib/api/x.ts', "import { createDevice } from '@/lib/domain/devices';"],
    ['app/x/page.tsx', "import { listDevices } from '@/db/queries/devices';"],
    ['app/x/page.tsx', "import { createDeviceAction } from '@/lib/actions/devices';"],
    ['app/x/page.tsx', "import type { Device } from '@/lib/domain/devices';"],
    ['lib/provisioning/x.ts', "import type { Device } from '@/lib/domain/devices';"],
    ['lib/provisioning/x.ts', "import { render } from '@/lib/templates';"],
    ['lib/templates/x.ts', "import { escapeXml } from './escape';"],
    ['db/queries/x.ts', "import { devices } from '@/db/schema';"],
    ['lib/errors.ts', "import type { Device } from '@/lib/domain/devices';"],
  ])('%s: %s', async (filePath, code) => {
    expect(await violations(filePath, code)).toEqual([]);
  });

  it('raw better-sqlite3 ($client) is allowed in db/, tests, bench/ and scripts/', async () => {
    const code = "import { getDb } from '@/db/client';\nexport const n = getDb().$client.prepare('SELECT 1').get();\n";
    for (const filePath of ['db/queries/x.ts', 'lib/provisioning/x.test.ts', 'bench/x.ts', 'scripts/x.ts']) {
      expect(await violations(filePath, code), filePath).toEqual([]);
    }
  });
});
