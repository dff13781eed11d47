/**
 * The V8 flags server.ts runs with: `npm start` (package.json, written out there), the e2e server and the benches.
 * A regeneration keeps each page's rows, jobs and files alive across a few pages, so they are promoted and die old; by
 * default V8 lets the old generation grow to several times what survives its last collection before collecting again.
 * Growing by half at most kept the peak RSS of a 100,000-device regeneration near 300 MB instead of 350–430 MB
 * (bench/regenerate). Web workers inherit the flag (cluster forks with these execArgv); bench/serve ran with it.
 */
export const SERVER_NODE_FLAGS = ['--heap-growing-percent=50'];
