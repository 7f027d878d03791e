/**
 * dist/licenses.txt names every third-party package whose code is in the built bundles (the
 * action's dist/ and the command line's dist/cli/), each with its licence text, and nothing else.
 * The list of packages is worked out here on its own, not by scripts/licenses.ts (which writes
 * the file): from the webpack stats ncc wrote for this very build, one file per bundle (their
 * chunk files match the bundle's folder byte for byte in size), by the modules' readable names;
 * and, as a check of the stats against the bundle, every package whose ES modules the bundle
 * marks as concatenated must be among them.
 */
import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../scripts/workflows.js';

const DIST = join(ROOT, 'dist');
/** Each bundle's folder and the stats ncc wrote for it. */
const BUNDLES = [
  { dir: DIST, stats: join(ROOT, '.build', 'ncc-stats.json') },
  { dir: join(DIST, 'cli'), stats: join(ROOT, '.build', 'ncc-stats-cli.json') }
];

interface Module {
  name?: string;
  chunks?: unknown[];
  modules?: Module[];
}
interface Stats {
  assets: Array<{ name: string; size: number }>;
  modules: Module[];
}

function readStats(file: string): Stats {
  if (!existsSync(file)) throw new Error(`${file} is missing: npm run build writes it (npm test builds first)`);
  return JSON.parse(readFileSync(file, 'utf8')) as Stats;
}

/** `@scope/name` or `name` of the innermost node_modules folder in a module's path. */
function packageOf(path: string): string | undefined {
  const parts = path.split('/');
  const at = parts.lastIndexOf('node_modules');
  if (at < 0) return undefined;
  const first = parts[at + 1];
  return first?.startsWith('@') ? `${first}/${parts[at + 2]}` : first;
}

interface Package {
  dir: string;
  license: unknown;
}

/** Every package with a module in some chunk of any of the bundles, by `name@version`, read from the stats' module names. */
function packagesInStats(all: readonly Stats[], found = new Map<string, Package>()): Map<string, Package> {
  const visit = (modules: Module[] | undefined, inChunk: boolean): void => {
    for (const m of modules ?? []) {
      const chunked = inChunk || (m.chunks ?? []).length > 0;
      // A concatenated module is named "<its root module> + N modules"; its parts follow in `modules`.
      const path = m.name?.replace(/ \+ \d+ modules?$/, '');
      const name = path?.startsWith('./') ? packageOf(path) : undefined;
      if (chunked && path && name) {
        const dir = join(ROOT, path.slice(0, path.lastIndexOf(`node_modules/${name}/`)), 'node_modules', name);
        const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string; version: string; license?: unknown };
        found.set(`${pkg.name}@${pkg.version}`, { dir, license: pkg.license });
      }
      visit(m.modules, chunked);
    }
  };
  for (const stats of all) visit(stats.modules, false);
  return found;
}

/** The size of a bundle file as the stats give it: ncc puts the entry's `#!` line back in front after them. */
function sizeBeforeShebang(file: string): number {
  const head = readFileSync(file, 'utf8').slice(0, 200);
  return statSync(file).size - (head.startsWith('#!') ? Buffer.byteLength(head.slice(0, head.indexOf('\n') + 1)) : 0);
}

const bundleFiles = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith('.js'));

/** What dist/licenses.txt lists: `name@version` -> its licence line and text. */
function listed(): Map<string, { licence: string; text: string }> {
  const sections = readFileSync(join(DIST, 'licenses.txt'), 'utf8')
    .split(/^-{80}\n/m)
    .slice(1);
  return new Map(
    sections.map((section) => {
      const [title, licence, , blank, ...text] = section.split('\n');
      const m = /^(\S+) (\S+)$/.exec(title ?? '');
      expect([title, m !== null, blank]).toEqual([title, true, '']);
      return [`${m![1]}@${m![2]}`, { licence: (licence ?? '').replace(/^License: /, ''), text: text.join('\n').trim() }];
    })
  );
}

describe('dist/licenses.txt', () => {
  const stats = BUNDLES.map((bundle) => readStats(bundle.stats));
  const inBundle = packagesInStats(stats);

  it('is checked against the stats of this very build, all chunks of each bundle', () => {
    BUNDLES.forEach(({ dir }, i) => {
      const assets = new Map(stats[i]!.assets.map((a) => [a.name, a.size]));
      expect([...assets.keys()].filter((n) => n.endsWith('.js')).sort()).toEqual(bundleFiles(dir).sort());
      for (const file of bundleFiles(dir)) expect([file, sizeBeforeShebang(join(dir, file))]).toEqual([file, assets.get(file)]);
      expect(bundleFiles(dir).length).toBeGreaterThan(1); // the lazy chunks are there too
    });
  });

  it('finds in the stats what the bundle itself shows, and the packages known to be bundled', () => {
    const concatenated = new Set(
      BUNDLES.flatMap(({ dir }) => bundleFiles(dir).map((f) => join(dir, f))).flatMap((f) =>
        [...readFileSync(f, 'utf8').matchAll(/^;\/\/ CONCATENATED MODULE: (\S+)$/gm)].map((m) => packageOf(m[1]!)).filter(Boolean)
      )
    );
    const names = new Set([...inBundle.keys()].map((p) => p.slice(0, p.lastIndexOf('@'))));
    expect(concatenated.size).toBeGreaterThan(5);
    expect([...concatenated].filter((p) => !names.has(p!))).toEqual([]);
    const known = [
      '@actions/core',
      '@actions/github',
      '@alicloud/pop-core',
      'httpx',
      'json-bigint',
      'kitx',
      'undici',
      '@octokit/core',
      'get-east-asian-width'
    ];
    expect(known.filter((p) => !names.has(p))).toEqual([]);
  });

  it('names exactly the packages in the bundle, each version of each', () => {
    expect([...listed().keys()].sort()).toEqual([...inBundle.keys()].sort());
  });

  it("gives each its licence as its package.json says, with a licence's full text", () => {
    for (const [pkg, { licence, text }] of listed()) {
      expect([pkg, licence]).toEqual([pkg, inBundle.get(pkg)?.license]);
      expect([pkg, text.length >= 300, /permission|licensed|license|licence/i.test(text)]).toEqual([pkg, true, true]);
    }
  });

  it('holds no path of the machine it was built on', () => {
    expect(readFileSync(join(DIST, 'licenses.txt'), 'utf8')).not.toContain(ROOT);
  });
});
