/**
 * What dist/index.js evaluates when it starts, read from the webpack stats ncc wrote for this very
 * build: the modules of its entry chunk. undici (through @actions/core and @actions/http-client)
 * and pop-core's ROA client with xml2js are most of a bundle, and a run needs none of them before
 * its first request: @actions/core lives in a chunk of its own, loaded once the run has started
 * (src/action/toolkit.ts), and only pop-core's RPC client is imported. How soon the first request
 * goes out is a figure of `npm run bench` (its cold start), not a timed test.
 */
import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../scripts/workflows.js';

interface Module {
  name?: string;
  chunks?: Array<number | string>;
  modules?: Module[];
}
interface Stats {
  chunks: Array<{ id: number | string; entry: boolean; files: string[] }>;
  modules: Module[];
}

const STATS = join(ROOT, '.build', 'ncc-stats.json');

function stats(): Stats {
  if (!existsSync(STATS)) throw new Error(`${STATS} is missing: npm run build writes it (npm test builds first)`);
  return JSON.parse(readFileSync(STATS, 'utf8')) as Stats;
}

/** Every module path (a concatenated module's parts too) in the chunks `inChunk` accepts, from node_modules on. */
function modulesIn(all: Stats, inChunk: (id: number | string) => boolean): string[] {
  const paths: string[] = [];
  const visit = (modules: Module[] | undefined, chunked: boolean): void => {
    for (const m of modules ?? []) {
      const here = chunked || (m.chunks ?? []).some(inChunk);
      if (here && m.name) paths.push(m.name.replace(/ \+ \d+ modules?$/, ''));
      visit(m.modules, here);
    }
  };
  visit(all.modules, false);
  return paths.map((p) => p.replace(/^.*\/node_modules\//, ''));
}

describe('the start-up of dist/index.js', () => {
  const built = stats();
  const entry = built.chunks.filter((c) => c.entry);
  const atStart = modulesIn(built, (id) => entry.some((c) => c.id === id));
  const lazily = modulesIn(built, (id) => !entry.some((c) => c.id === id));
  const packages = (paths: string[]): Set<string> => new Set(paths.map((p) => p.split('/', p.startsWith('@') ? 2 : 1).join('/')));

  it('is one entry chunk, index.js, which holds the client of the calls (so the checks below can fail)', () => {
    expect(entry.map((c) => c.files)).toEqual([['index.js']]);
    expect(atStart).toContain('@alicloud/pop-core/lib/rpc.js');
    expect(packages(atStart)).toContain('httpx');
    expect([...packages(lazily)]).toEqual(expect.arrayContaining(['@actions/core', 'undici']));
  });

  it('evaluates neither @actions/core nor what it brings (undici), nor pop-core ROA client and xml2js', () => {
    const off = ['@actions/core', '@actions/http-client', '@actions/exec', '@actions/io', '@actions/github', 'undici', 'xml2js', 'sax'];
    expect([...packages(atStart)].filter((p) => off.includes(p))).toEqual([]);
    // Of pop-core, its RPC client and what that reads (its helper, the package.json of its user agent).
    expect(atStart.filter((p) => p.startsWith('@alicloud/pop-core/')).sort()).toEqual([
      '@alicloud/pop-core/lib/helper.js',
      '@alicloud/pop-core/lib/rpc.js',
      '@alicloud/pop-core/package.json'
    ]);
    // pop-core's main module and its ROA client are not bundled at all.
    expect([...atStart, ...lazily].filter((p) => /^@alicloud\/pop-core\/(index|lib\/roa)\.js$/.test(p))).toEqual([]);
  });
});
