/**
 * Whether dist/ is the build of the sources as they are. `npm run build` ends by writing a stamp,
 * .build/build-stamp.json: one hash of what the build reads (src/, package.json,
 * package-lock.json, tsconfig.json, scripts/licenses.ts) and one of what it writes (dist/,
 * .build/ncc-stats.json). A build is needed when either differs from the stamp: `npm test` builds
 * first only then (its pretest), and the end-to-end tests refuse to run a bundle it does not hold.
 *
 *   tsx scripts/build-stamp.ts write   after a build
 *   tsx scripts/build-stamp.ts check   exit 0 when the stamp holds; 1, saying why, when a build is needed
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

const INPUTS = ['src', 'package.json', 'package-lock.json', 'tsconfig.json', 'scripts/licenses.ts'];
const OUTPUTS = ['dist', '.build/ncc-stats.json'];
const STAMP = '.build/build-stamp.json';

interface Stamp {
  inputs: string;
  outputs: string;
}

function filesOf(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((name) => filesOf(join(path, name)));
}

/** One hash over the names and contents of every file under `paths` (relative to `root`). */
function hashOf(root: string, paths: readonly string[]): string {
  const hash = createHash('sha256');
  const files = paths.flatMap((p) => filesOf(join(root, p))).map((f) => relative(root, f).split('\\').join('/'));
  for (const file of files.sort())
    hash
      .update(`${file}\0`)
      .update(readFileSync(join(root, file)))
      .update('\0');
  return hash.digest('hex');
}

export function stampOf(root: string): Stamp {
  return { inputs: hashOf(root, INPUTS), outputs: hashOf(root, OUTPUTS) };
}

export function writeStamp(root: string): void {
  mkdirSync(join(root, '.build'), { recursive: true });
  writeFileSync(join(root, STAMP), `${JSON.stringify(stampOf(root), null, 2)}\n`);
}

/** Why dist/ under `root` is not the build of its sources as they are, or undefined when it is. */
export function staleBuild(root: string): string | undefined {
  const file = join(root, STAMP);
  if (!existsSync(file)) return 'it has not been built here';
  const stamp = JSON.parse(readFileSync(file, 'utf8')) as Stamp;
  const now = stampOf(root);
  if (now.inputs !== stamp.inputs) return `a source changed since it was built (${INPUTS.join(', ')})`;
  if (now.outputs !== stamp.outputs) return 'dist/ changed since it was built';
  return undefined;
}

function main(command: string | undefined): void {
  const root = process.cwd();
  if (command === 'write') {
    writeStamp(root);
  } else if (command === 'check') {
    const why = staleBuild(root);
    if (why !== undefined) {
      process.stdout.write(`dist/ needs a build: ${why}\n`);
      process.exitCode = 1;
    }
  } else {
    throw new Error('usage: build-stamp.ts write | check');
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv[2]);
