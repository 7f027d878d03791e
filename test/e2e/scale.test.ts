/**
 * Scale, checked on counts and sizes, never on timings (those are `npm run bench`):
 * dist/index.js against the simulator with up to 100,000 objects.
 *
 * "N objects" is the action's `total`: N / 4 tables, each with a structure entry, a constraint,
 * a data entry and an incremental entry (test/support/scale.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startSimulator, type Simulator } from '../simulator/server.js';
import { runAction } from '../support/action.js';
import { baseInputs, KEY } from '../support/fixtures.js';
import { isListCall, minimumCalls, scaleJob, splitPolls, tablesFor } from '../support/scale.js';

/** API calls in flight at once (src/main.ts): the most the first poll may read ahead. */
const CONCURRENCY = 4;

let sim: Simulator;

beforeAll(async () => {
  sim = await startSimulator({ region: 'cn-hangzhou', credentials: [KEY] });
});

afterAll(async () => {
  await sim.close();
});

/** The step's failure message: the `::error::` command without properties, decoded. */
function failureMessage(stdout: string): string | undefined {
  const line = stdout.split('\n').find((l) => l.startsWith('::error::'));
  return line?.slice('::error::'.length).replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

describe('100,000 objects, 2,000 of them failed', () => {
  it('keeps the summary, the outputs and the failure message bounded; the report file has everything', async () => {
    sim.setJob('big', scaleJob({ objects: 100_000, failures: 2_000 }));
    const run = await runAction(baseInputs(sim.endpoint, { 'job-id': 'big', timeout: '60s' }), { killAfterMs: 55_000 });

    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ status: 'failed', total: '100000', failed: '2000', finished: '98000', pending: '0', polls: '1' });

    const summaryBytes = Buffer.byteLength(run.summary);
    expect(summaryBytes).toBeGreaterThan(0);
    expect(summaryBytes).toBeLessThan(512 * 1024);
    expect(run.summary).toContain('not listed here');

    const outputBytes = Object.entries(run.outputs).reduce(
      (sum, [name, value]) => sum + Buffer.byteLength(name) + Buffer.byteLength(value),
      0
    );
    expect(outputBytes).toBeLessThan(100_000);
    const failedObjects = JSON.parse(run.outputs['failed-objects']!) as Array<Record<string, string>>;
    expect(failedObjects).toHaveLength(100);
    expect(failedObjects.every((o) => o.status === 'Failed' && o.section === 'data')).toBe(true);

    const message = failureMessage(run.stdout);
    expect(message).toMatch(/^2,000 objects failed/);
    expect(message!.length).toBeLessThanOrEqual(1500);
    expect(message!.split('\n').length).toBeLessThanOrEqual(8);
    // GitHub records 10 error annotations a step: the action stops well short of 2,000.
    expect((run.stdout.match(/^::error title=/gm) ?? []).length).toBeLessThanOrEqual(100);

    const objects = run.report?.objects as Array<Record<string, string>>;
    expect(objects).toHaveLength(100_000);
    expect(objects.filter((o) => o.outcome === 'failed')).toHaveLength(2_000);
    const bySection = new Map<string, number>();
    for (const o of objects) bySection.set(o.section!, (bySection.get(o.section!) ?? 0) + 1);
    expect(Object.fromEntries(bySection)).toEqual({ structure: 25_000, constraint: 25_000, data: 25_000, incremental: 25_000 });
    expect(new Set(objects.map((o) => `${o.section}/${o.name}`)).size).toBe(100_000);
  });
});

describe('calls per poll', () => {
  // [objects, page size]: lists of 250, 100 (a multiple of the page size: one empty page more),
  // 1,000 and 10,000 entries, at the default page size and at small odd ones.
  const cases: Array<[number, number]> = [
    [1_000, 100],
    [400, 100],
    [400, 25],
    [1_000, 7],
    [4_000, 100],
    [40_000, 100]
  ];

  it.each(cases)(
    '%i objects, page size %i: the minimum and one job-status call at every poll after the first',
    async (objects, pageSize) => {
      const jobId = `calls${objects}x${pageSize}`;
      const pendingPolls = 3;
      sim.setJob(jobId, scaleJob({ objects, pendingPolls }));
      const run = await runAction(baseInputs(sim.endpoint, { 'job-id': jobId, 'page-size': String(pageSize), 'poll-interval': '10ms' }));
      expect(run.code).toBe(0);
      expect(run.outputs).toMatchObject({ status: 'finished', total: String(objects), polls: String(pendingPolls + 1) });

      const minimum = minimumCalls(tablesFor(objects), pageSize);
      const requests = sim.requests.filter((r) => r.jobId === jobId);
      expect(requests.filter(isListCall).every((r) => r.pageSize === pageSize)).toBe(true);
      const polls = splitPolls(requests);
      expect(polls).toHaveLength(pendingPolls + 1);
      const pagesOf = (poll: typeof requests) =>
        poll
          .filter(isListCall)
          .map((r) => r.pageNum)
          .sort((a, b) => a! - b!);
      const jobCallsOf = (poll: typeof requests) => poll.filter((r) => !isListCall(r));

      // The first poll does not know the size: it may read ahead, by at most the concurrency.
      const first = pagesOf(polls[0]!);
      expect(first.length).toBeGreaterThanOrEqual(minimum);
      expect(first.length).toBeLessThanOrEqual(minimum + CONCURRENCY);
      expect(first).toEqual(Array.from({ length: first.length }, (_, i) => i + 1));
      for (const poll of polls) {
        // One job-status call a poll, in flight beside page 1: sent before page 1 was answered.
        const [jobCall, ...more] = jobCallsOf(poll);
        expect(more).toEqual([]);
        const page1 = poll.find((r) => isListCall(r) && r.pageNum === 1)!;
        expect(jobCall!.at).toBeLessThanOrEqual(page1.doneAt!);
      }
      // Every later poll asks for exactly pages 1 .. minimum, each once, and the job's state once.
      for (const poll of polls.slice(1)) {
        expect(pagesOf(poll)).toEqual(Array.from({ length: minimum }, (_, i) => i + 1));
        expect(poll).toHaveLength(minimum + 1);
      }
    }
  );

  it('with job-status false: the minimum and no job-status call', async () => {
    const jobId = 'callsnojob';
    sim.setJob(jobId, scaleJob({ objects: 1_000, pendingPolls: 2 }));
    const run = await runAction(baseInputs(sim.endpoint, { 'job-id': jobId, 'poll-interval': '10ms', 'job-status': 'false' }));
    expect(run.outputs).toMatchObject({ status: 'finished', 'job-status': '{"callsnojob":""}', 'delay-seconds': '' });
    const requests = sim.requests.filter((r) => r.jobId === jobId);
    expect(requests.filter((r) => !isListCall(r))).toEqual([]);
    for (const poll of splitPolls(requests).slice(1)) expect(poll).toHaveLength(minimumCalls(tablesFor(1_000), 100));
  });
});
