import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The floors of server/src and the arrows allowed to run up them are written once, in
// docs/ARCHITECTURE.md ("Floors"); this test reads them from there, so the map and the code cannot part.
const SRC = path.dirname(fileURLToPath(import.meta.url));
const ARCHITECTURE = path.resolve(SRC, '..', '..', 'docs', 'ARCHITECTURE.md');
const MAX_BACK_ARROWS = 20;

interface FloorMap {
  /** Folder (or file at the top of server/src) → its floor, 0 the lowest. */
  floorOf: ReadonlyMap<string, number>;
  /** "from → to" of every arrow allowed to run up a floor. */
  allowedUp: ReadonlySet<string>;
}

function readMap(): FloorMap {
  const text = fs.readFileSync(ARCHITECTURE, 'utf8');
  const block = /```text floors\n([\s\S]*?)```/.exec(text);
  if (!block) throw new Error('docs/ARCHITECTURE.md lost its ```text floors block');
  // the block lists the top floor first; folders on one line share a floor
  const lines = block[1]!.split('\n').filter((line) => line.trim() !== '');
  const floorOf = new Map<string, number>();
  lines.forEach((line, index) => {
    for (const name of line.trim().split(/\s+/)) floorOf.set(name, lines.length - 1 - index);
  });
  const allowedUp = new Set([...text.matchAll(/^- `([\w.-]+) → ([\w.-]+)`/gm)].map((match) => `${match[1]} → ${match[2]}`));
  return { floorOf, allowedUp };
}

function sourceFiles(directory: string): string[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

/** Every relative import of every source file, type-only imports and re-exports included. */
function imports(): Array<{ from: string; to: string }> {
  return sourceFiles(SRC).flatMap((file) =>
    ts
      .preProcessFile(fs.readFileSync(file, 'utf8'), true, true)
      .importedFiles.filter((imported) => imported.fileName.startsWith('.'))
      .map((imported) => ({
        from: path.relative(SRC, file),
        to: path.relative(SRC, path.resolve(path.dirname(file), imported.fileName.replace(/\.js$/, '.ts'))),
      })),
  );
}

/** The folder a file lives in, or the file itself at the top of server/src (config.ts, main.ts). */
const folderOf = (file: string) => file.split(path.sep)[0]!;

/** Strongly connected groups of files (Tarjan), only those of more than one file. */
function circles(edges: Array<{ from: string; to: string }>): string[][] {
  const next = new Map<string, string[]>();
  for (const { from, to } of edges) next.set(from, [...(next.get(from) ?? []), to]);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (file: string) => {
    index.set(file, index.size);
    low.set(file, index.get(file)!);
    stack.push(file);
    onStack.add(file);
    for (const target of next.get(file) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file)!, low.get(target)!));
      } else if (onStack.has(target)) low.set(file, Math.min(low.get(file)!, index.get(target)!));
    }
    if (low.get(file) === index.get(file)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== file);
      if (group.length > 1) found.push(group.sort());
    }
  };
  for (const file of next.keys()) if (!index.has(file)) visit(file);
  return found;
}

describe('the floors of server/src (docs/ARCHITECTURE.md, "Floors")', () => {
  const map = readMap();
  const edges = imports();
  const arrows = new Set(
    edges.filter((edge) => folderOf(edge.from) !== folderOf(edge.to)).map((edge) => `${folderOf(edge.from)} → ${folderOf(edge.to)}`),
  );

  it('places every folder on a floor', () => {
    const unplaced = [...new Set(edges.flatMap((edge) => [folderOf(edge.from), folderOf(edge.to)]))].filter(
      (folder) => !map.floorOf.has(folder),
    );
    expect(unplaced, 'add these to the floors block of docs/ARCHITECTURE.md').toEqual([]);
  });

  it('has no import circle between files of different folders', () => {
    const crossing = circles(edges).filter((group) => new Set(group.map(folderOf)).size > 1);
    expect(crossing).toEqual([]);
  });

  it(`lets only the listed arrows run up a floor, at most ${MAX_BACK_ARROWS}`, () => {
    const up = [...arrows].filter((arrow) => {
      const [from, to] = arrow.split(' → ') as [string, string];
      return (map.floorOf.get(to) ?? 0) > (map.floorOf.get(from) ?? 0);
    });
    expect(
      up.filter((arrow) => !map.allowedUp.has(arrow)),
      'a new arrow up: import downwards, or move the code',
    ).toEqual([]);
    expect(
      [...map.allowedUp].filter((arrow) => !up.includes(arrow)),
      'gone: strike it from docs/ARCHITECTURE.md',
    ).toEqual([]);
    expect(up.length).toBeLessThanOrEqual(MAX_BACK_ARROWS);
  });

  it('reads imports the way the compiler does', () => {
    // a guard for the test itself: the wiring imports the services, the fan-out the change log
    expect(arrows).toContain('app → bookings');
    expect(arrows).toContain('realtime → changes');
    expect(arrows.size).toBeGreaterThan(100);
  });
});
