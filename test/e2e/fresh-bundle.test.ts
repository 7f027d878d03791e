/**
 * The end-to-end tests run dist/index.js, so it must be the build of the sources as they are now:
 * `npm run build` stamps what it read and wrote (scripts/build-stamp.ts), `npm test` builds first
 * unless the stamp holds, and a run of the bundle refuses one it does not hold
 * (test/support/bundle.ts), so that tests run alone cannot check yesterday's action.
 */
import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { staleBuild, writeStamp } from '../../scripts/build-stamp.js';
import { ROOT } from '../../scripts/workflows.js';

/** A repository of one source and its bundle. */
function tree(): string {
  const root = mkdtempSync(join(tmpdir(), 'dts-gate-bundle-'));
  mkdirSync(join(root, 'src', 'core'), { recursive: true });
  mkdirSync(join(root, 'dist'));
  mkdirSync(join(root, '.build'));
  for (const file of [
    'src/core/rules.ts',
    'package.json',
    'package-lock.json',
    'tsconfig.json',
    'dist/index.js',
    '.build/ncc-stats.json'
  ]) {
    writeFileSync(join(root, file), `${file} as built`);
  }
  return root;
}

describe('dist/', () => {
  it('is taken as the build of its sources only while neither has changed since the stamp', () => {
    const root = tree();
    expect(staleBuild(root)).toBe('it has not been built here');
    writeStamp(root);
    expect(staleBuild(root)).toBeUndefined();
    writeFileSync(join(root, 'src', 'core', 'rules.ts'), 'changed');
    expect(staleBuild(root)).toMatch(/^a source changed since it was built/);
    writeFileSync(join(root, 'src', 'core', 'rules.ts'), 'src/core/rules.ts as built');
    expect(staleBuild(root)).toBeUndefined();
    writeFileSync(join(root, 'dist', 'index.js'), 'edited by hand');
    expect(staleBuild(root)).toBe('dist/ changed since it was built');
    writeFileSync(join(root, 'dist', 'index.js'), 'dist/index.js as built');
    writeFileSync(join(root, 'src', 'added.ts'), '');
    expect(staleBuild(root)).toMatch(/^a source changed/);
  });

  it('is what `npm test` builds first unless the stamp holds, and the build stamps it', () => {
    const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.pretest).toBe('tsx scripts/build-stamp.ts check || npm run -s build');
    expect(scripts.build).toMatch(/ncc build src\/index\.ts -o dist\b.* && tsx scripts\/build-stamp\.ts write$/);
  });
});
