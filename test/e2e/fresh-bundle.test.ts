/**
 * The end-to-end tests run dist/index.js, so it must be built from the sources as they are now:
 * `npm test` builds it first (its `pretest` script). A bundle older than a source file means the
 * tests would check yesterday's action.
 */
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/workflows.js';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

describe('dist/', () => {
  it('is built after the last change to src/ and to the dependencies', () => {
    const built = Math.min(...readdirSync(join(ROOT, 'dist')).map((f) => statSync(join(ROOT, 'dist', f)).mtimeMs));
    const sources = [...files(join(ROOT, 'src')), join(ROOT, 'package-lock.json'), join(ROOT, 'tsconfig.json')];
    const newer = sources.filter((f) => statSync(f).mtimeMs > built).map((f) => f.slice(ROOT.length + 1));
    expect([newer, 'run npm run build (npm test does it first)']).toEqual([[], 'run npm run build (npm test does it first)']);
  });

  it('is what `npm test` builds first', () => {
    const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.pretest).toBe('npm run -s build');
    expect(scripts.build).toMatch(/ncc build src\/index\.ts -o dist\b/);
  });
});
