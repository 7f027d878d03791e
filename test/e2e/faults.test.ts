/**
 * The built action (dist/index.js) against a simulator that misbehaves on the wire: seeded faults
 * (throttling, 5xx, HTML 502 pages, empty bodies, connection resets), an answer slower than
 * request-timeout, and an account that is throttled for good. A bad key pair among faults,
 * malformed answers and lists that move between pages run in-process:
 * test/integration/faults.test.ts.
 */
import { describe, expect, it } from '@jest/globals';
import { ALL_FAULT_KINDS, type FaultKind, type JobScenario, type Simulator } from '../../simulator/index.js';
import * as scenarios from '../../simulator/index.js';
import { runAction, type ActionRun } from '../../simulator/index.js';
import { baseInputs } from '../support/fixtures.js';
import { atPoll, simulatorPerTest } from '../support/simulators.js';
import { dataFailure, progressing, steps, stuck } from '../../simulator/index.js';

const simulator = simulatorPerTest();

const SEEDS = [11, 23, 47];

/**
 * Every fault kind answered at once, at a rate of 0.3. The request timeout is far longer than
 * any of those answers takes on a loaded machine: an answer that came after it would be a
 * RequestTimeout on the action's side, not the fault the simulator served (a 300 ms timeout
 * turned an empty HTTP 500 into a RequestTimeout that way). The slow answer has a run of its own.
 */
const ANSWERED_AT_ONCE = ALL_FAULT_KINDS.filter((kind) => kind !== 'slow');
const faultsFor = (seed: number) => ({ rate: 0.3, seed, kinds: [...ANSWERED_AT_ONCE] });
const FAULTY_INPUTS = { 'request-timeout': '10s', timeout: '40s', 'page-size': '1' };

const faultsServed = (sim: Simulator): number => Object.values(sim.stats.faults).reduce((a, b) => a + b, 0);

/** What the action writes in its retry line for each fault kind. */
const RETRY_CODE: Record<FaultKind, RegExp> = {
  throttling: /Throttling\.User, retry/,
  unavailable: /ServiceUnavailable, retry/,
  internal: /InternalError, retry/,
  'bad-gateway-html': /InvalidResponse, retry/,
  'http500-empty': /InvalidResponse, retry/,
  'http500-json-empty': /HttpError, retry/,
  reset: /(ECONNRESET|EPIPE), retry/,
  slow: /RequestTimeout, retry/
};

async function underFaults(jobId: string, scenario: () => JobScenario): Promise<Array<{ seed: number; sim: Simulator; run: ActionRun }>> {
  return Promise.all(
    SEEDS.map(async (seed) => {
      const sim = await simulator({ jobs: { [jobId]: scenario() }, faults: faultsFor(seed) });
      const run = await runAction(baseInputs(sim.endpoint, { 'job-id': jobId, ...FAULTY_INPUTS }));
      return { seed, sim, run };
    })
  );
}

function expectRetriesLogged(results: Array<{ sim: Simulator; run: ActionRun }>): void {
  const served = new Set<FaultKind>();
  for (const { sim, run } of results) {
    // Faults really were served, and every kind served shows up as a retry of its own code.
    expect(faultsServed(sim)).toBeGreaterThanOrEqual(2);
    for (const kind of ANSWERED_AT_ONCE) {
      if (sim.stats.faults[kind] > 0) {
        served.add(kind);
        expect(run.stdout).toMatch(RETRY_CODE[kind]);
      }
    }
  }
  expect(served.size).toBeGreaterThanOrEqual(4);
}

describe('seeded faults at a rate of 0.3', () => {
  it('still reaches finished on a progressing job, with every object counted once', async () => {
    const results = await underFaults('progressing', progressing);
    for (const { seed, run } of results) {
      expect({ seed, code: run.code, status: run.outputs.status }).toEqual({ seed, code: 0, status: 'finished' });
      expect(run.outputs).toMatchObject({ total: '9', finished: '9', failed: '0', pending: '0', running: '0' });
      expect(Number(run.outputs.polls)).toBeGreaterThanOrEqual(2);
      expect((run.report?.objects as unknown[]).length).toBe(9);
    }
    expectRetriesLogged(results);
  });

  it('still reaches failed when an object failed, naming it', async () => {
    // Two polls of work in progress, then sales.invoices fails.
    const failing = () => steps(stuck()(0), stuck()(0), dataFailure()(0));
    const results = await underFaults('datafail', failing);
    for (const { seed, run } of results) {
      expect({ seed, code: run.code, status: run.outputs.status }).toEqual({ seed, code: 1, status: 'failed' });
      expect(run.outputs).toMatchObject({ total: '6', failed: '1', finished: '3', running: '2' });
      const failed = JSON.parse(run.outputs['failed-objects']!) as Array<Record<string, string>>;
      expect(failed.map((f) => `${f.section} ${f.sourceDatabase}.${f.name}`)).toEqual(['data sales.invoices']);
      expect(run.stdout).toMatch(/^::error::.*1 object failed/m);
    }
    expectRetriesLogged(results);
  });
});

describe('an answer slower than request-timeout', () => {
  it('is a RequestTimeout, retried, and the run goes on', async () => {
    const sim = await simulator({ jobs: { progressing: scenarios.progressing() } });
    // The first call answers after 20 s; the action gives up on it after 1 s (long enough for any
    // other answer of the simulator on a loaded machine) and asks again.
    sim.setFaults({ rate: 0, seed: 1, slowMs: 20_000 });
    sim.injectNext('slow');
    const run = await runAction(baseInputs(sim.endpoint, { 'job-id': 'progressing', 'request-timeout': '1s' }));
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ status: 'finished', total: '9', finished: '9' });
    expect(sim.stats.faults.slow).toBe(1);
    expect(run.stdout).toMatch(RETRY_CODE.slow);
  });
});

describe('faults that do not go away', () => {
  it('an account throttled on every call ends within timeout, with an error naming the throttling', async () => {
    const sim = await simulator({ jobs: { stuck: scenarios.stuck() }, faults: { rate: 1, seed: 5, kinds: ['throttling'] } });
    // 3 s: the first two waits of the backoff (full jitter) add up to 1.2 s at most, so a third
    // call always comes before the deadline, however the jitter falls.
    const run = await runAction(baseInputs(sim.endpoint, { 'job-id': 'stuck', timeout: '3s', 'poll-interval': '1s' }));
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ status: 'error', polls: '0', total: '0' });
    expect(run.stdout).toMatch(/^::error::DTS could not be read: DTS refused the call: Throttling\.User/m);
    expect(sim.stats.faults.throttling).toBeGreaterThanOrEqual(3); // it did retry
    // No retry starts past the deadline (test/unit/retry.test.ts, on the clock it is given). What
    // only a process shows is that the step then ends: by its own clock within timeout plus one
    // request timeout (2 s here), the bound every call is held to; and the process exits soon
    // after, with 5 s allowed for starting and exiting on a loaded machine.
    const report = run.report as { startedAt: string; finishedAt: string };
    expect(Date.parse(report.finishedAt) - Date.parse(report.startedAt)).toBeLessThanOrEqual(3_000 + 2_000);
    expect(run.durationMs).toBeLessThan(3_000 + 2_000 + 5_000);
  });

  it('throttled for good after the first poll: keeps the counts of that poll and times out at the deadline', async () => {
    const sim = await simulator();
    sim.setJob(
      'stuck',
      atPoll(1, () => sim.setFaults({ rate: 1, seed: 5, kinds: ['throttling'] }), scenarios.stuck())
    );
    const run = await runAction(baseInputs(sim.endpoint, { 'job-id': 'stuck', timeout: '2s', 'poll-interval': '500ms' }));
    expect(run.code).toBe(1);
    // Not an API error: DTS was read once, and was still busy when time ran out.
    expect(run.outputs).toMatchObject({ status: 'timeout', polls: '1', total: '3', pending: '1' });
    expect(run.stdout).toMatch(/^::error::Timed out after 2s with 1 object still pending/m);
    expect(run.stdout).toMatch(/^Poll 2 could not be completed: DTS refused the call: Throttling\.User/m);
    expect(run.summary).toMatch(/could not be completed \(Throttling\.User\); the result is that of poll 1/);
    // The last poll at the deadline is one quick call, not another round of retries (their backoff
    // alone would take seconds): by the action's own clock it ends within the one request timeout
    // (2 s here) that calls may take past the deadline.
    const report = run.report as { startedAt: string; finishedAt: string };
    expect(Date.parse(report.finishedAt) - Date.parse(report.startedAt)).toBeLessThan(2_000 + 2_000);
  });
});
