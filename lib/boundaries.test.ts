import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Import-boundary rules of STYLE.md, checked over the source tree (no linter needed). */
const ROOT = path.resolve(import.meta.dirname, '..');

function sources(dir: string): string[] {
  const full = path.join(ROOT, dir);
  if (!fs.existsSync(full)) return [];
  return fs.readdirSync(full, { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(rel);
    return /\.(ts|tsx)$/.test(entry.name) ? [rel] : [];
  });
}

/** Value imports (type-only imports are erased and allowed). */
function valueImports(file: string): string[] {
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
  return [...text.matchAll(/^import\s+(?!type\s)[^;]*?from\s+'([^']+)'/gms)].map((m) => m[1]);
}

const isClient = (file: string) => /^\s*['"]use client['"]/.test(fs.readFileSync(path.join(ROOT, file), 'utf8'));

describe('import boundaries', () => {
  it('components and client modules never import the database, the domain or the daemons', () => {
    const files = [...sources('components'), ...[...sources('app'), ...sources('lib')].filter(isClient)];
    const offenders = files.flatMap((file) =>
      valueImports(file)
        .filter((spec) => /^@\/(db|lib\/domain|lib\/provisioning|lib\/daemons|lib\/api|lib\/bootstrap)(\/|$)|^better-sqlite3$|^node:/.test(spec))
        .map((spec) => `${file} → ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('the engine, the domain, provisioning, daemons and db stay free of Next and server-only', () => {
    const files = ['lib/templates', 'lib/domain', 'lib/provisioning', 'lib/daemons', 'db'].flatMap(sources);
    const offenders = files.flatMap((file) =>
      valueImports(file)
        .filter((spec) => spec === 'server-only' || spec.startsWith('next/') || spec === 'next')
        .map((spec) => `${file} → ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('the template engine does no I/O', () => {
    const offenders = sources('lib/templates').flatMap((file) =>
      valueImports(file)
        .filter((spec) => /^node:|^@\/db/.test(spec))
        .map((spec) => `${file} → ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('a web worker loads neither Next nor the daemons: server.ts imports the main process only when it is one', () => {
    const resolve = (from: string, spec: string): string | null => {
      const base = spec.startsWith('@/') ? path.join(ROOT, spec.slice(2)) : spec.startsWith('.') ? path.resolve(ROOT, path.dirname(from), spec) : null;
      if (!base) return null;
      const found = [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find((candidate) => fs.existsSync(candidate));
      return found ? path.relative(ROOT, found) : null;
    };
    const loaded = new Set<string>();
    const packages = new Set<string>();
    const walk = (file: string) => {
      if (loaded.has(file)) return;
      loaded.add(file);
      for (const spec of valueImports(file)) {
        const next = resolve(file, spec);
        if (next) walk(next);
        else if (!spec.startsWith('.') && !spec.startsWith('@/')) packages.add(spec);
      }
    };
    // What a worker evaluates: the entry's static imports, then the worker's own graph.
    walk('server.ts');
    walk('lib/cluster/worker.ts');
    expect([...packages].filter((name) => name === 'next' || name.startsWith('next/'))).toEqual([]);
    expect([...loaded].filter((file) => file.startsWith('lib/daemons/') || file === 'lib/main-process.ts')).toEqual([]);
  });
});
