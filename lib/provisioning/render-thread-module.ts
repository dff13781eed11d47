import { isBuiltin } from 'node:module';
import { fileURLToPath } from 'node:url';

/**
 * The render thread's code as one ES module: ./render-worker.ts and everything of ours it imports, bundled by esbuild,
 * with its packages imported from this installation by absolute URL (a data: module resolves nothing relative to it).
 * Started from the TypeScript sources instead, the thread would need tsx's module hooks of its own, which Node 20 runs
 * on yet another thread: 20–30 MB more at the peak of a 100,000-device regeneration (bench/regenerate).
 */
export async function renderThreadModule(): Promise<URL> {
  const esbuild = await import('esbuild');
  try {
    const { outputFiles } = await esbuild.build({
      entryPoints: [fileURLToPath(new URL('./render-worker.ts', import.meta.url))],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      write: false,
      logLevel: 'silent',
      plugins: [
        {
          name: 'installed-packages',
          setup(build) {
            build.onResolve({ filter: /^[^./]/ }, ({ path }) =>
              path.startsWith('@/') || isBuiltin(path) ? undefined : { path: import.meta.resolve(path), external: true },
            );
          },
        },
      ],
    });
    return new URL(`data:text/javascript,${encodeURIComponent(outputFiles[0].text)}`);
  } finally {
    // The build runs in esbuild's own process, kept for further builds: there are none.
    await esbuild.stop();
  }
}
