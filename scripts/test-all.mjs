// Runs every suite (ESLint and Prettier, each counted as one test; vitest: unit + DB; Playwright: API,
// provisioning channels, console) and ends with one line "N passed, M failed" so CI reads the result right.
// Exit code 1 when anything failed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

fs.mkdirSync('.tmp', { recursive: true });
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } }).status ?? 1;
const readJson = (file) => {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
};

for (const f of ['.tmp/vitest.json', '.tmp/playwright.json']) fs.rmSync(f, { force: true });
const eslintStatus = run('npx', ['eslint', '--max-warnings', '0', '.']);
const prettierStatus = run('npx', ['prettier', '--check', '.']);
const vitestStatus = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=.tmp/vitest.json']);
const playwrightStatus = run('npx', ['playwright', 'test']);

const vitest = readJson('.tmp/vitest.json');
const playwright = readJson('.tmp/playwright.json');
const flaky = playwright?.stats?.flaky ?? 0;
const checks = { eslint: eslintStatus === 0, prettier: prettierStatus === 0 }; // each check is one test
const checksPassed = Object.values(checks).filter(Boolean).length;
const checksFailed = Object.values(checks).length - checksPassed;
let passed = checksPassed + (vitest?.numPassedTests ?? 0) + (playwright?.stats?.expected ?? 0) + flaky;
let failed = (vitest?.numFailedTests ?? 0) + (playwright?.stats?.unexpected ?? 0);
if (!vitest || !playwright) failed += 1; // a suite that could not even report counts as a failure
if ((vitestStatus !== 0 || playwrightStatus !== 0) && failed === 0) failed = 1;
failed += checksFailed;
const checksLine = Object.entries(checks)
  .map(([name, ok]) => `${name}: ${ok ? 'passed' : 'failed'}`)
  .join('; ');
console.log(
  `\n${checksLine}; vitest: ${vitest?.numPassedTests ?? 0} passed, ${vitest?.numFailedTests ?? 0} failed; playwright: ${playwright?.stats?.expected ?? 0} passed, ${playwright?.stats?.unexpected ?? 0} failed, ${flaky} flaky (passed on retry), ${playwright?.stats?.skipped ?? 0} skipped`,
);
// The names of what failed, just above the result line (CI shows only the end of the output).
for (const file of vitest?.testResults ?? [])
  for (const test of file.assertionResults ?? [])
    if (test.status === 'failed')
      console.log(
        `FAILED vitest: ${file.name.replace(`${process.cwd()}/`, '')} › ${test.fullName}: ${(test.failureMessages?.[0] ?? '').split('\n')[0].slice(0, 300)}`,
      );
for (const name of failedPlaywrightTests(playwright?.suites ?? [])) console.log(`FAILED playwright: ${name}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);

function failedPlaywrightTests(suites, trail = []) {
  return suites.flatMap((suite) => [
    ...(suite.specs ?? []).filter((spec) => !spec.ok).map((spec) => [...trail, suite.title, spec.title].filter(Boolean).join(' › ')),
    ...failedPlaywrightTests(suite.suites ?? [], [...trail, suite.title]),
  ]);
}
