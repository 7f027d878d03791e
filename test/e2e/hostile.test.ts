/**
 * Answers from outside never hold the runner's step or fill its memory: dist/index.js against an
 * endpoint whose lists never end, in a process whose peak resident memory it records. What the
 * action says of crafted text: test/integration/hostile.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { endlessPages } from '../../simulator/index.js';
import { startSimulator, type Simulator } from '../../simulator/index.js';
import { runAction } from '../../simulator/index.js';
import { baseInputs, KEY } from '../support/fixtures.js';

let sim: Simulator;

beforeAll(async () => {
  sim = await startSimulator({ region: 'cn-hangzhou', credentials: [KEY] });
});

afterAll(async () => {
  await sim.close();
});

describe('lists that never end', () => {
  it('end the run by timeout plus request-timeout, in bounded memory, with the summary and outputs written', async () => {
    sim.setJob('endless', endlessPages());
    const dir = mkdtempSync(join(tmpdir(), 'dts-gate-endless-'));
    const rssFile = join(dir, 'maxrss.json');
    const preload = join(dir, 'maxrss.mjs');
    // The process's own high-water mark of resident memory, written as it exits.
    writeFileSync(
      preload,
      `import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));\n`
    );
    const run = await runAction(
      baseInputs(sim.endpoint, { 'job-id': 'endless', timeout: '3s', 'request-timeout': '1s', 'poll-interval': '1s' }),
      { nodeArgs: ['--import', pathToFileURL(preload).href], killAfterMs: 30_000 }
    );
    // No page starts after the deadline, and a page under way ends within request-timeout
    // (test/unit/pager.test.ts, on the clock it is given). What only a process shows: by its own
    // clock the run ends within that bound, and the process exits soon after (5 s allowed for
    // starting and exiting on a loaded machine).
    const report = run.report as { startedAt: string; finishedAt: string };
    expect(Date.parse(report.finishedAt) - Date.parse(report.startedAt)).toBeLessThanOrEqual(3_000 + 1_000);
    expect(run.durationMs).toBeLessThan(3_000 + 1_000 + 5_000);
    expect(run.outputs.status).toBe('error');
    expect(run.outputs.polls).toBe('0');
    expect(run.summary).toContain('the timeout came before every page of job endless was read');
    expect(sim.dtsRequests().filter((r) => r.jobId === 'endless').length).toBeGreaterThan(50);
    const maxRssKiB = Number(readFileSync(rssFile, 'utf8'));
    expect(maxRssKiB).toBeGreaterThan(0);
    expect(maxRssKiB).toBeLessThan(512 * 1024);
  });
});
