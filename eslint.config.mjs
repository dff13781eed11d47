// ESLint flat config: Next (React, react-hooks, core web vitals), typescript-eslint's non-type-checked
// `recommended` set, the import-boundary rules of the layering below, and eslint-config-prettier last so
// formatting is left to Prettier.
//
//   app/ → lib/actions | lib/api → lib/domain (writes + rules) → db/queries (reads) → db/schema
//   lib/provisioning, lib/templates and lib/daemons sit below the domain and never import it back.
//
// The boundaries bind VALUE imports only (`allowTypeImports`): `import type` is erased at build time and may
// cross layers. In flat config a later block setting the same rule replaces the earlier one for the files both
// match, so every folder below has exactly ONE block for `@typescript-eslint/no-restricted-imports`, and the
// globs of those blocks never overlap. lib/lint-boundaries.test.ts proves that the rules fire.
import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import prettier from 'eslint-config-prettier/flat';
import tseslint from 'typescript-eslint';

/** A repo folder or module under the `@/` alias, also spelled relatively from anywhere (`../../lib/domain/x`). */
const at = (dir) => [`@/${dir}`, `@/${dir}/**`, `**/${dir}`, `**/${dir}/**`];
/** A folder under lib/ as a sibling of the importing lib/ folder spells it (`../domain/x`, `../../domain/x`). */
const sibling = (name) => [`../${name}`, `../${name}/**`, `../../${name}`, `../../${name}/**`];

const DOMAIN = [...at('lib/domain'), ...sibling('domain')];
const ACTIONS = [...at('lib/actions'), ...sibling('actions')];
const API = [...at('lib/api'), ...sibling('api')];
const DAEMONS = [...at('lib/daemons'), ...sibling('daemons')];
const PROVISIONING = [...at('lib/provisioning'), ...sibling('provisioning')];
const AUTH = [...at('lib/auth'), ...sibling('auth')];
const APP = at('app');
const COMPONENTS = at('components');
const DB = at('db');
const DB_SCHEMA = ['@/db/schema*', '**/db/schema*', '**/db/schema/**'];
/** `next`, `next/*` and `server-only`: the layers below the app stay framework-free and runnable from scripts and tests. */
const FRAMEWORK = ['/next', 'next/*', '/server-only'];

const NEXT_LINK =
  'Links use @/components/ui/link: it prefetches on intent (hover, focus, touch), where next/link prefetches every link in view (issue 11: a prefetch storm after each navigation).';
const TYPES_OK = 'Type-only imports (`import type`) are allowed across layers.';
const layer = (group, message) => ({ group, message: `${message} ${TYPES_OK}`, allowTypeImports: true });
const boundaries = (...patterns) => ({ '@typescript-eslint/no-restricted-imports': ['error', { patterns }] });

const BELOW_DOMAIN =
  'sits below the domain: the domain (lib/domain) calls it, never the reverse, and it never reaches up to lib/actions, lib/api, app/ or components/.';
const NO_FRAMEWORK = 'stays free of Next (`next`, `next/*`) and `server-only`, so it runs the same in the server, scripts, daemons and tests.';

export default defineConfig([
  globalIgnores([
    '.next/**',
    'node_modules/**',
    '.tmp/**',
    'data/**',
    'db/migrations/**',
    'next-env.d.ts',
    'bench/.out/**',
    'test-results/**',
    'playwright-report/**',
  ]),

  ...nextVitals,
  ...tseslint.configs.recommended,
  {
    name: 'provisio/conventions',
    rules: {
      // A leading underscore marks a binding kept on purpose (a destructured field dropped from a rest object, an unused parameter).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // After a 401 the console sends the browser to /login with a full page load on purpose: the
      // client cache and router state belong to the expired session and must not survive it.
      '@next/next/no-location-assign-relative-destination': 'off',
    },
  },
  {
    // Playwright fixtures receive a `use` callback: it is not React's `use()` hook.
    name: 'provisio/e2e',
    files: ['e2e/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },

  {
    name: 'provisio/boundaries/components',
    files: ['components/**'],
    rules: boundaries(
      layer(
        [...DB, ...DOMAIN, ...PROVISIONING, ...DAEMONS, ...API, ...at('lib/bootstrap'), '/better-sqlite3', 'node:*'],
        'components/ are (mostly client) UI: no database (@/db, better-sqlite3), domain, provisioning, daemons, API internals, bootstrap or node:* — fetch through the API or receive props from a page.',
      ),
      layer(['/next/link'], NEXT_LINK),
    ),
  },
  {
    name: 'provisio/boundaries/app',
    files: ['app/**'],
    rules: boundaries(
      layer(
        DOMAIN,
        'app/ does not call the domain directly: pages read through @/db/queries/*, server actions write through @/lib/actions/*, API routes go through @/lib/api/*.',
      ),
      layer([...DB_SCHEMA, '/better-sqlite3'], 'app/ does not query tables itself: read through @/db/queries/* (no @/db/schema, no better-sqlite3).'),
      layer(DAEMONS, 'app/ does not drive the daemons (TFTP, SIP PnP): they are started by server.ts and reached through the domain.'),
      layer(['/next/link'], NEXT_LINK),
    ),
  },
  {
    name: 'provisio/boundaries/lib/domain',
    files: ['lib/domain/**'],
    rules: boundaries(
      layer(
        [...ACTIONS, ...API, ...APP, ...COMPONENTS],
        'lib/domain (writes + business rules) sits below lib/actions and lib/api: it must not import them, app/ or components/.',
      ),
      layer(DAEMONS, 'lib/domain must not import lib/daemons: the daemons sit below the domain; server.ts wires them together.'),
      layer(
        ['@/lib/auth/session', '**/lib/auth/session', '../auth/session'],
        'lib/domain must not read the session (cookies, Next request scope): the caller (lib/actions, lib/api) resolves the user and passes it in.',
      ),
      layer(FRAMEWORK, `lib/domain ${NO_FRAMEWORK}`),
    ),
  },
  {
    name: 'provisio/boundaries/lib/provisioning',
    files: ['lib/provisioning/**'],
    rules: boundaries(
      layer([...DOMAIN, ...ACTIONS, ...API, ...APP, ...COMPONENTS], `lib/provisioning ${BELOW_DOMAIN}`),
      layer(DAEMONS, 'lib/provisioning must not import lib/daemons: the daemons serve what provisioning generates, not the reverse.'),
      layer(FRAMEWORK, `lib/provisioning ${NO_FRAMEWORK}`),
    ),
  },
  {
    name: 'provisio/boundaries/lib/templates',
    files: ['lib/templates/**'],
    rules: boundaries(
      layer([...DOMAIN, ...ACTIONS, ...API, ...APP, ...COMPONENTS], `lib/templates ${BELOW_DOMAIN}`),
      layer(
        [...DAEMONS, ...PROVISIONING, ...DB, 'node:*'],
        'lib/templates is the pure template engine: no I/O (node:*, @/db) and no lib/provisioning or lib/daemons — they call the engine, never the reverse.',
      ),
      layer(FRAMEWORK, `lib/templates ${NO_FRAMEWORK}`),
    ),
  },
  {
    name: 'provisio/boundaries/lib/redirection',
    files: ['lib/redirection/**'],
    rules: boundaries(
      layer([...DOMAIN, ...ACTIONS, ...API, ...APP, ...COMPONENTS, ...DAEMONS], `lib/redirection (vendor clients, outbox worker) ${BELOW_DOMAIN}`),
      layer(FRAMEWORK, `lib/redirection ${NO_FRAMEWORK}`),
    ),
  },
  {
    name: 'provisio/boundaries/lib/daemons',
    files: ['lib/daemons/**'],
    rules: boundaries(
      layer([...DOMAIN, ...ACTIONS, ...API, ...APP, ...COMPONENTS], `lib/daemons ${BELOW_DOMAIN}`),
      layer(FRAMEWORK, `lib/daemons ${NO_FRAMEWORK}`),
    ),
  },
  {
    name: 'provisio/boundaries/db',
    files: ['db/**'],
    rules: boundaries(
      layer(
        [...DOMAIN, ...PROVISIONING, ...DAEMONS, ...ACTIONS, ...API, ...AUTH, ...APP, ...COMPONENTS],
        'db/ (schema, client, read queries) is the bottom layer: it must not import anything from lib/ above it (domain, provisioning, daemons, actions, api, auth), app/ or components/.',
      ),
      layer(FRAMEWORK, `db/ ${NO_FRAMEWORK}`),
    ),
  },
  {
    name: 'provisio/boundaries/lib/validation',
    files: ['lib/validation/**'],
    rules: boundaries(
      layer(
        [...DB, ...DOMAIN, ...PROVISIONING],
        'lib/validation (zod schemas, shared with client forms) must not import @/db, lib/domain or lib/provisioning.',
      ),
    ),
  },
  {
    name: 'provisio/boundaries/lib/errors',
    files: ['lib/errors.ts'],
    rules: boundaries(layer(['@/**', './*', './**', '../**'], 'lib/errors.ts is imported by every layer, so it imports nothing from the project itself.')),
  },

  {
    name: 'provisio/raw-sql',
    files: ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'],
    ignores: ['db/**', '**/*.test.ts', 'bench/**', 'scripts/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='$client']",
          message: 'Raw better-sqlite3 SQL (`$client`) belongs in db/**: add a Drizzle query under db/queries/* (reads) or a domain function (writes) instead.',
        },
      ],
    },
  },

  prettier,
]);
