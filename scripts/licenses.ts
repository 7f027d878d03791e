/**
 * Writes dist/licenses.txt: the licence of every third-party package whose code is in the bundle,
 * with its text. Part of `npm run build`, after ncc.
 *
 *   npx tsx scripts/licenses.ts <ncc stats JSON>... <output file>
 *
 * One stats file per bundle (the action's dist/index.js, the command line's dist/cli/index.js):
 * the file covers every package in any of them.
 *
 * ncc's own `--license` option keeps only the packages of the last chunk it writes (each chunk's
 * list overwrites the file), so the list is made here from ncc's webpack stats (`--stats-out`):
 * every module of every chunk, concatenated ones included, names the file it came from; the
 * package is the folder under the last `node_modules/` of that path. Each package's text is the
 * licence files it ships (LICENSE, LICENCE, COPYING, NOTICE, in any case and extension); a
 * package that ships none gets the SPDX text of the licence its package.json names, with a note
 * that says so.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The parts of a webpack stats module the list needs. */
interface StatsModule {
  name?: string;
  nameForCondition?: string;
  chunks?: unknown[];
  modules?: StatsModule[];
}

/** The folder of the package a module file belongs to, or undefined outside node_modules. */
export function packageDir(file: string): string | undefined {
  const m = /^(.*[\\/]node_modules[\\/](?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(file);
  return m?.[1];
}

/** The package folders of every module in a chunk of the stats, as absolute paths. */
export function bundledPackageDirs(stats: { modules?: StatsModule[] }, root: string): string[] {
  const dirs = new Set<string>();
  const walk = (modules: StatsModule[] | undefined, inChunk: boolean): void => {
    for (const m of modules ?? []) {
      const here = inChunk || (m.chunks?.length ?? 0) > 0;
      const file = m.nameForCondition ?? (m.name?.startsWith('./') ? join(root, m.name) : undefined);
      const dir = here && file ? packageDir(file) : undefined;
      if (dir) dirs.add(dir);
      walk(m.modules, here);
    }
  };
  walk(stats.modules, false);
  return [...dirs];
}

interface PackageLicence {
  name: string;
  version: string;
  licence: string;
  /** The files the text came from, or a note where the package ships none. */
  source: string;
  text: string;
}

const LICENCE_FILE = /^(licen[cs]e|copying|notice)([.-].*)?$/i;

function licenceId(pkg: { license?: unknown; licenses?: unknown }): string {
  const l = pkg.license ?? pkg.licenses;
  if (typeof l === 'string') return l;
  if (Array.isArray(l)) return l.map((x: { type?: unknown }) => String(x?.type)).join(' OR ');
  if (l && typeof l === 'object' && 'type' in l) return String((l as { type: unknown }).type);
  return 'UNKNOWN';
}

function authorOf(pkg: { author?: unknown }): string | undefined {
  const a = pkg.author;
  if (typeof a === 'string') return a;
  if (a && typeof a === 'object' && 'name' in a) return String((a as { name: unknown }).name);
  return undefined;
}

export function readLicence(dir: string): PackageLicence {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Record<string, unknown>;
  const name = String(pkg.name);
  const version = String(pkg.version);
  const licence = licenceId(pkg);
  const files = readdirSync(dir)
    .filter((f) => LICENCE_FILE.test(f))
    .sort();
  if (files.length > 0) {
    const text = files.map((f) => readFileSync(join(dir, f), 'utf8').trim()).join('\n\n');
    return { name, version, licence, source: files.join(', '), text };
  }
  const spdx = (createRequire(import.meta.url)('spdx-license-list/full') as Record<string, { licenseText: string } | undefined>)[licence];
  if (!spdx) throw new Error(`${name}@${version} ships no licence file, and "${licence}" is not an SPDX licence whose text is known`);
  const author = authorOf(pkg);
  const note =
    `no licence file in the package; its package.json says "license": "${licence}"` +
    (author ? ` and "author": "${author}"` : '') +
    `. The text below is the SPDX text of ${licence}.`;
  return { name, version, licence, source: note, text: spdx.licenseText.trim() };
}

export function renderLicences(licences: PackageLicence[]): string {
  const sorted = [...licences].sort((a, b) => a.name.localeCompare(b.name, 'en') || a.version.localeCompare(b.version, 'en'));
  const rule = '-'.repeat(80);
  const sections = sorted.map((l) =>
    [rule, `${l.name} ${l.version}`, `License: ${l.licence}`, `From: ${l.source}`, '', l.text, ''].join('\n')
  );
  return (
    `Third-party software bundled into dist/ (${sorted.length} packages): the licence of each, with its text.\n` +
    `Written by scripts/licenses.ts from the modules of every chunk of the bundle.\n\n` +
    sections.join('\n')
  );
}

function main(): void {
  const args = process.argv.slice(2);
  const outFile = args.pop();
  if (!outFile || args.length === 0) throw new Error('usage: licenses.js <ncc stats JSON>... <output file>');
  const dirs = new Set<string>();
  for (const statsFile of args) {
    const stats = JSON.parse(readFileSync(statsFile, 'utf8')) as { modules?: StatsModule[] };
    const found = bundledPackageDirs(stats, process.cwd());
    if (found.length === 0) throw new Error(`no package found in the modules of ${statsFile}`);
    for (const dir of found) dirs.add(dir);
  }
  writeFileSync(outFile, renderLicences([...dirs].map(readLicence)));
  process.stdout.write(`${outFile}: ${dirs.size} packages\n`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
