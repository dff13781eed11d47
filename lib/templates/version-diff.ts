import { structuredPatch } from 'diff';

/** One line of a diff between two template versions; `skip` stands for unchanged lines left out between hunks. */
export type DiffRow = { kind: 'same' | 'added' | 'removed'; oldLine: number | null; newLine: number | null; text: string } | { kind: 'skip'; count: number };

export type VersionDiff = { rows: DiffRow[]; added: number; removed: number };

/** A line-by-line diff of two bodies, with `context` unchanged lines around each change (unified, as `diff -u`). */
export function diffBodies(before: string, after: string, context = 3): VersionDiff {
  const patch = structuredPatch('before', 'after', before, after, '', '', { context });
  const rows: DiffRow[] = [];
  let added = 0;
  let removed = 0;
  let oldNext = 1;
  for (const hunk of patch.hunks) {
    if (hunk.oldStart > oldNext) rows.push({ kind: 'skip', count: hunk.oldStart - oldNext });
    let oldLine = hunk.oldStart;
    let newLine = hunk.newStart;
    for (const line of hunk.lines) {
      const text = line.slice(1);
      if (line.startsWith('\\')) continue; // "\ No newline at end of file"
      if (line.startsWith('+')) {
        rows.push({ kind: 'added', oldLine: null, newLine: newLine++, text });
        added++;
      } else if (line.startsWith('-')) {
        rows.push({ kind: 'removed', oldLine: oldLine++, newLine: null, text });
        removed++;
      } else rows.push({ kind: 'same', oldLine: oldLine++, newLine: newLine++, text });
    }
    oldNext = oldLine;
  }
  const total = before === '' ? 0 : before.split('\n').length - (before.endsWith('\n') ? 1 : 0);
  if (patch.hunks.length > 0 && total >= oldNext) rows.push({ kind: 'skip', count: total - oldNext + 1 });
  return { rows, added, removed };
}
