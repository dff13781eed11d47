import { z } from 'zod';

// Runs in the browser before the console's own code. Zod compiles object parsers with `new Function` after probing
// for it; under the console's CSP (no 'unsafe-eval', lib/console-security.ts) that probe is refused and reported as a
// CSP violation, so the browser side parses without it.
z.config({ jitless: true });
