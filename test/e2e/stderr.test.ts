/**
 * A successful run prints nothing on stderr. On Node 24 a run used to print Node's DEP0169
 * warning about `url.parse()`, which httpx (inside pop-core, inlined into the bundle) calls for
 * every request; src/warnings.ts drops exactly that warning. Node 20 emits DEP0169 only with
 * --pending-deprecation, so every run is made both ways: the check bites on either Node.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { progressing, runAction, seedExample, type Simulator, startSimulator } from '../../simulator/index.js';
import { baseInputs, KEY } from '../support/fixtures.js';

const NODE_MAJOR = Number(process.versions.node.split('.')[0]);

let sim: Simulator;

beforeAll(async () => {
  sim = await startSimulator({
    region: 'cn-hangzhou',
    credentials: [KEY],
    jobs: { seed: seedExample(), progressing: progressing() }
  });
});

afterAll(async () => {
  await sim.close();
});

/** What Node itself prints for a url.parse() call from outside node_modules, with `flags`. */
function urlParseWarning(flags: string[]): string {
  const child = spawnSync(process.execPath, [...flags, '-e', "require('node:url').parse('http://127.0.0.1/')"], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' }
  });
  return child.stderr;
}

describe(`stderr of dist/index.js on Node ${process.versions.node}`, () => {
  it('is where this Node prints DEP0169 for url.parse() outside node_modules (so the checks below can fail)', () => {
    expect(urlParseWarning(['--pending-deprecation'])).toContain('[DEP0169] DeprecationWarning: `url.parse()`');
    if (NODE_MAJOR >= 24) expect(urlParseWarning([])).toContain('[DEP0169]');
  });

  it.each([
    ['as the runner starts it', {}],
    ['with --pending-deprecation', { NODE_OPTIONS: '--pending-deprecation' }]
  ])('stays empty for successful runs, %s', async (_how, env) => {
    for (const jobId of ['seed', 'progressing']) {
      const run = await runAction(baseInputs(sim.endpoint, { 'job-id': jobId }), { env });
      expect(run.code).toBe(0);
      expect(run.outputs.status).toBe('finished');
      expect(sim.requests.filter((r) => r.jobId === jobId).length).toBeGreaterThan(0);
      expect(run.stderr).toBe('');
    }
  });
});
