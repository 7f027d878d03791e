/**
 * The shape of src/, checked: the import graph has no circle (type-only and lazy imports
 * included), the plain data of the core sits at the bottom, no module is longer than 300 lines,
 * only the entries end the process, and the scripts do not reach into the tests.
 */
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

function filesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

/** Every relative module `file` imports or re-exports, statically, type-only or lazily, as repository paths. */
export function importsOf(file: string, text = readFileSync(join(ROOT, file), 'utf8')): string[] {
  const specifiers = [
    ...text.matchAll(/^\s*(?:import|export)\b[^;'"]*?\bfrom\s*['"]([^'"]+)['"]/gm),
    ...text.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm),
    ...text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)
  ].map((m) => m[1]!);
  return specifiers.filter((s) => s.startsWith('.')).map((s) => relative(ROOT, resolve(ROOT, dirname(file), s.replace(/\.js$/, '.ts'))));
}

/** A circle of the graph, as the modules along it, or undefined when there is none. */
export function circleOf(graph: ReadonlyMap<string, readonly string[]>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): string[] | undefined => {
    if (state.get(node) === 'done') return undefined;
    if (state.get(node) === 'open') return [...path.slice(path.indexOf(node)), node];
    state.set(node, 'open');
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      const circle = visit(next);
      if (circle) return circle;
    }
    path.pop();
    state.set(node, 'done');
    return undefined;
  };
  for (const node of graph.keys()) {
    const circle = visit(node);
    if (circle) return circle;
  }
  return undefined;
}

const SRC = filesUnder('src');
const GRAPH = new Map(SRC.map((file) => [file, importsOf(file)]));

describe('the import graph of src/', () => {
  it('has no circle, type-only and lazy imports included', () => {
    expect(circleOf(GRAPH)).toBeUndefined();
  });

  it('is read by a check that finds a circle where there is one, and every import it follows exists', () => {
    expect(
      circleOf(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', ['a']]
        ])
      )
    ).toEqual(['a', 'b', 'c', 'a']);
    expect(
      importsOf('src/x/y.ts', "import type { A } from './a.js';\nexport { b } from '../b.js';\nconst c = await import('./c.js');")
    ).toEqual(['src/x/a.ts', 'src/b.ts', 'src/x/c.ts']);
    for (const [file, imports] of GRAPH)
      for (const target of imports) expect([file, SRC.includes(target) || target.endsWith('.json')]).toEqual([file, true]);
  });

  it('keeps the plain data of the core at the bottom: its type modules import nothing of the core but each other', () => {
    const ground = ['src/core/types.ts', 'src/core/jobTypes.ts', 'src/core/checkTypes.ts'];
    for (const file of ground) {
      expect([file, GRAPH.get(file)!.filter((target) => target.startsWith('src/core/') && !ground.includes(target))]).toEqual([file, []]);
    }
  });
});

describe('the modules of src/', () => {
  it('are at most 300 lines long', () => {
    const long = SRC.map((file) => [file, readFileSync(join(ROOT, file), 'utf8').split('\n').length] as const).filter(([, n]) => n > 301);
    expect(long).toEqual([]);
  });

  it('end the process only in the entries', () => {
    const exiting = SRC.filter((file) => /\bprocess\.exit\(/.test(readFileSync(join(ROOT, file), 'utf8')));
    expect(exiting.sort()).toEqual(['src/cli.ts', 'src/index.ts']);
  });
});

describe('the scripts', () => {
  it('import nothing from test/', () => {
    const reaching = filesUnder('scripts').filter((file) => importsOf(file).some((target) => target.startsWith('test/')));
    expect(reaching).toEqual([]);
  });
});

describe('the map of src/ in the README ("How it is built")', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const block = /```\nsrc\/\n([\s\S]*?)\n(?:simulator\/|```)/.exec(readme)?.[1] ?? '';
  const mapped = [...block.matchAll(/^ {2}(\S+)/gm)].map((m) => `src/${m[1]}`);

  it('names every module of src/, each once, and nothing that is not there', () => {
    const modules = SRC.filter((file) => !file.endsWith('.d.ts'));
    expect(mapped.filter((file) => file.endsWith('.ts')).sort()).toEqual([...modules].sort());
    expect(new Set(mapped).size).toBe(mapped.length);
  });
});
