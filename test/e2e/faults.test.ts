/**
 * The built action (dist/index.js) against a simulator that misbehaves: seeded faults (throttling,
 * 5xx, HTML 502 pages, empty bodies, connection resets, answers slower than request-timeout),
 * an account that is throttled for good, a bad key pair, malformed answers, and lists that move
 * between pages while a poll reads them.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import {
  ALL_FAULT_KINDS,
  startSimulator,
  type FaultKind,
  type JobScenario,
  type JobState,
  type RawEntry,
  type Simulator,
  type SimulatorOptions
} from '../simulator/server.js';
import * as scenarios from '../simulator/scenarios.js';
import { runAction, type ActionRun } from '../support/action.js';
import { baseInputs, KEY } from '../support/fixtures.js';

const sims: Simulator[] = [];

async function simulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const sim = await startSimulator({ region: 'cn-hangzhou', credentials: [KEY], ...options });
  sims.push(sim);
  return sim;
}

afterEach(async () => {
  await Promise.all(sims.splice(0).map((s) => s.close()));
});

const SEEDS = [11, 23, 47];

/** Every fault kind, at a rate of 0.3; a slow answer (600 ms) is a read timeout (300 ms). */
const faultsFor = (seed: number) => ({ rate: 0.3, seed, kinds: [...ALL_FAULT_KINDS], slowMs: 600 });
const FAULTY_INPUTS = { 'request-timeout': '300ms', 'poll-interval': '100ms', timeout: '40s', 'page-size': '1' };

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
    for (const kind of ALL_FAULT_KINDS) {
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
    const results = await underFaults('progressing', scenarios.progressing);
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
    const failing = () => scenarios.steps(scenarios.stuck()(0), scenarios.stuck()(0), scenarios.dataFailure()(0));
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

describe('faults that do not go away', () => {
  it('an account throttled on every call ends within timeout, with an error naming the throttling', async () => {
    const sim = await simulator({ jobs: { stuck: scenarios.stuck() }, faults: { rate: 1, seed: 5, kinds: ['throttling'] } });
    const run = await runAction(baseInputs(sim.endpoint, { 'job-id': 'stuck', timeout: '3s', 'poll-interval': '1s' }));
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ status: 'error', polls: '0', total: '0' });
    expect(run.stdout).toMatch(/^::error::DTS could not be read: DTS refused the call: Throttling\.User/m);
    expect(sim.stats.faults.throttling).toBeGreaterThanOrEqual(3); // it did retry
    const report = run.report as { startedAt: string; finishedAt: string };
    const started = Date.parse(report.startedAt);
    // No call starts past the deadline; one already under way may end a little after it.
    const lastCall = Math.max(...sim.requests.map((r) => r.at));
    expect(lastCall).toBeLessThanOrEqual(started + 3_000);
    expect(Date.parse(report.finishedAt) - started).toBeLessThanOrEqual(3_000 + 500);
    expect(run.durationMs).toBeLessThan(3_000 + 2_000); // process start and exit included
  });

  it('throttled for good after the first poll: keeps the counts of that poll and times out at the deadline', async () => {
    const sim = await simulator({ jobs: { stuck: scenarios.stuck() } });
    const run = await runAction(baseInputs(sim.endpoint, { 'job-id': 'stuck', timeout: '3s', 'poll-interval': '500ms' }), {
      onStdout: (out) => {
        if (/^poll 1 /m.test(out) && !sim.stats.faults.throttling) sim.setFaults({ rate: 1, seed: 5, kinds: ['throttling'] });
      }
    });
    expect(run.code).toBe(1);
    // Not an API error: DTS was read once, and was still busy when time ran out.
    expect(run.outputs).toMatchObject({ status: 'timeout', polls: '1', total: '3', pending: '1' });
    expect(run.stdout).toMatch(/^::error::Timed out after 3s with 1 object still pending/m);
    expect(run.stdout).toMatch(/^Poll 2 could not be completed: DTS refused the call: Throttling\.User/m);
    expect(run.summary).toMatch(/could not be completed \(Throttling\.User\); the result is that of poll 1/);
    // The last poll at the deadline is one quick call, not another round of retries.
    const report = run.report as { startedAt: string; finishedAt: string };
    expect(Date.parse(report.finishedAt) - Date.parse(report.startedAt)).toBeLessThan(3_000 + 500);
  });

  it('a bad key pair ends in seconds even with a long timeout and faults on the way', async () => {
    const sim = await simulator({ jobs: { seed: scenarios.seedExample() }, faults: faultsFor(3) });
    const run = await runAction(
      baseInputs(sim.endpoint, { 'job-id': 'seed', 'access-key-secret': 'not-the-secret', timeout: '30m', 'request-timeout': '300ms' })
    );
    expect(run.code).toBe(1);
    expect(run.outputs.status).toBe('error');
    expect(run.stdout).toMatch(/^::error::.*SignatureDoesNotMatch.*check the key pair/m);
    // Not retried: one call per page the first poll reads ahead (at most 4) and the job-status
    // call beside them, no retry line.
    expect(sim.stats.outcomes.SignatureDoesNotMatch).toBeLessThanOrEqual(5);
    expect(run.stdout).not.toMatch(/SignatureDoesNotMatch, retry/);
    expect(run.durationMs).toBeLessThan(5_000);
  });
});

/** A state whose lists are built by `build` on every request (a getter per list). */
function perRequest(build: () => Pick<JobState, 'structure' | 'data' | 'incremental'>): JobState {
  return {
    get structure() {
      return build().structure;
    },
    get data() {
      return build().data;
    },
    get incremental() {
      return build().incremental;
    }
  };
}

describe('malformed answers', () => {
  it('row counts beyond 2^53 are kept exact in the report file', async () => {
    const sim = await simulator({ jobs: { huge: scenarios.hugeNumbers() } });
    const run = await runAction(baseInputs(sim.endpoint, { 'job-id': 'huge' }));
    expect(run.code).toBe(0);
    expect(run.outputs.status).toBe('finished');
    const data = (run.report?.objects as Array<Record<string, unknown>>).find((o) => o.section === 'data');
    expect(data).toMatchObject({ name: 'clicks', totalRows: '12345678901234567890', finishedRows: '12345678901234567891' });
    expect(run.reportText).toContain('"12345678901234567891"');
    expect(run.summary).toContain('12,345,678,901,234,567,891');
  });

  it('statuses in another case are read as what they say: a FAILED table fails the run', async () => {
    const sim = await simulator({ jobs: { mixed: scenarios.mixedCase() } });
    const run = await runAction(baseInputs(sim.endpoint, { 'job-id': 'mixed' }));
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ status: 'failed', total: '6', finished: '4', failed: '1', running: '1', pending: '0' });
    expect(JSON.parse(run.outputs['failed-objects']!)).toEqual([expect.objectContaining({ name: 'roles', status: 'FAILED' })]);
  });

  it('missing fields and wrong types: no crash, every entry counted, the Failed one reported', async () => {
    const structure: RawEntry[] = [
      { ObjectName: 'weird', ObjectType: null, SourceOwnerDBName: 'odd', Status: 'Finished', Constraints: null },
      {
        ObjectName: 123,
        SourceOwnerDBName: 'odd',
        DestinationOwnerDBName: ['odd'],
        Status: 'Finished',
        ErrorMessage: null,
        Constraints: {}
      },
      {
        ObjectName: 'broken',
        SourceOwnerDBName: 'odd',
        Status: 'Failed',
        ErrorMessage: 42,
        Constraints: [{ ObjectName: 'c', Status: 'Finished' }, 'junk']
      }
    ];
    const data: RawEntry[] = [
      { TableName: 'weird', SourceOwnerDBName: 'odd', Status: 'Finished', TotalRowNum: 10, FinishRowNum: '', UsedTime: null },
      { TableName: 'blank', SourceOwnerDBName: 'odd', Status: 'Finished', TotalRowNum: '', FinishRowNum: 'abc', UsedTime: { s: 1 } }
    ];
    const sim = await simulator({
      jobs: { odd: scenarios.constant(scenarios.state({ structure, data, incremental: [{ TableName: 'weird', Status: 'Migrating' }] })) }
    });
    const run = await runAction(baseInputs(sim.endpoint, { 'job-id': 'odd', timeout: '1s' }));
    expect(run.stderr).not.toMatch(/TypeError|ReferenceError|at .*dist\/index\.js/);
    expect(run.code).toBe(1);
    // 3 structure + 2 constraints ('junk' is kept, as an unknown status) + 2 data + 1 incremental.
    expect(run.outputs).toMatchObject({ status: 'failed', total: '8', failed: '1', pending: '1', running: '1', finished: '5' });
    expect(JSON.parse(run.outputs['failed-objects']!)).toEqual([expect.objectContaining({ name: 'broken', error: '42' })]);
    expect(run.summary).toContain('broken');
  });

  it('the simulator\'s malformed scenario (Constraints: "none") ends in an error naming the field', async () => {
    const sim = await simulator({ jobs: { odd: scenarios.malformed() } });
    const run = await runAction(baseInputs(sim.endpoint, { 'job-id': 'odd', timeout: '2s' }));
    expect(run.code).toBe(1);
    expect(run.outputs.status).toBe('error');
    expect(run.stdout).toMatch(/^::error::DTS could not be read: DTS answered with a malformed Constraints/m);
    // No fault was served: the read-ahead pages still in flight when the poll failed are not
    // logged as retries (their sockets are closed once the poll loop is over).
    expect(run.stdout).not.toMatch(/retry/);
  });

  it('a poll that fails on one job does not go on retrying the calls of the other in the log', async () => {
    // Job "big" needs 21 pages; "odd" fails on its first: the poll ends with calls of "big" in
    // flight, whose sockets are then closed. Those are not faults to retry, and not logged as such.
    const sim = await simulator({ jobs: { odd: scenarios.malformed(), big: scenarios.large(2_000) } });
    const run = await runAction(baseInputs(sim.endpoint, { 'job-id': 'big,odd', timeout: '5s' }));
    expect(run.outputs.status).toBe('error');
    expect(run.stdout).toMatch(/^::error::DTS could not be read: DTS answered with a malformed Constraints/m);
    expect(sim.requests.filter((r) => r.jobId === 'big').length).toBeLessThan(21); // "big" was cut short
    expect(run.stdout).not.toMatch(/retry/);
  });

  it('statuses that are not Finished in any case never finish the run', async () => {
    const statuses: unknown[] = [1, null, true, ['Finished'], { Status: 'Finished' }, 'Finished!', 'Finishing', 'Fin ished', '', 'Done'];
    const structure = statuses.map((Status, i) => ({
      ObjectName: `t${i}`,
      ObjectType: 'Table',
      SourceOwnerDBName: 'db',
      Status,
      Constraints: []
    }));
    const missing: RawEntry = { ObjectName: 'no_status', ObjectType: 'Table', SourceOwnerDBName: 'db' };
    const sim = await simulator({ jobs: { odd: scenarios.constant(scenarios.state({ structure: [...structure, missing] })) } });
    const run = await runAction(baseInputs(sim.endpoint, { 'job-id': 'odd', timeout: '500ms' }));
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({
      status: 'timeout',
      total: String(statuses.length + 1),
      finished: '0',
      pending: String(statuses.length + 1)
    });
    expect(run.stdout).toMatch(/^::warning title=Unknown DTS status::/m);
  });

  it('a list of the wrong type is an error that says so, not a crash', async () => {
    const sim = await simulator({ jobs: { odd: scenarios.constant(scenarios.state({ fields: { DataInitializationDetails: 'none' } })) } });
    const run = await runAction(baseInputs(sim.endpoint, { 'job-id': 'odd', timeout: '2s' }));
    expect(run.code).toBe(1);
    expect(run.outputs.status).toBe('error');
    expect(run.stdout).toMatch(/^::error::.*malformed DataInitializationDetails/m);
  });

  it('answers that are not an object (null, a list, a string) end in an error, never in finished', async () => {
    for (const body of ['null', '[]', '"ok"']) {
      const sim = await simulator({ jobs: { odd: scenarios.constant({ ...scenarios.state(), raw: { body } }) } });
      const run = await runAction(baseInputs(sim.endpoint, { 'job-id': 'odd', timeout: '1s' }));
      expect({ body, code: run.code, status: run.outputs.status }).toEqual({ body, code: 1, status: 'error' });
      expect(run.stderr).not.toMatch(/at .*dist\/index\.js/);
    }
  });
});

describe('consistent reads', () => {
  const TABLES = 250;
  const SLOW = 123;
  const name = (i: number) => `table_${String(i).padStart(3, '0')}`;

  /**
   * 250 tables (750 objects) read 100 per page. While table_123's data is Migrating (polls 0
   * and 1), DTS re-sorts the lists between the requests of one poll: the first page sees
   * table_123 at position 150, the later pages at position 50, so a poll that believes its
   * pages never meets table_123 at all, and meets another table twice. From poll 2 on
   * everything is Finished and the order holds still.
   */
  function resorting(sim: Simulator): JobScenario {
    const order = (at: number): number[] => {
      const rest = Array.from({ length: TABLES }, (_, i) => i).filter((i) => i !== SLOW);
      rest.splice(at, 0, SLOW);
      return rest;
    };
    const lists = (indices: number[], migrating: boolean) => ({
      structure: indices.map((i) => scenarios.structureEntry({ db: 'shop', name: name(i), status: 'Finished' })),
      data: indices.map((i) =>
        scenarios.dataEntry({
          db: 'shop',
          name: name(i),
          status: migrating && i === SLOW ? 'Migrating' : 'Finished',
          total: 10,
          finished: migrating && i === SLOW ? 5 : 10
        })
      ),
      incremental: indices.map((i) => scenarios.incrementalEntry({ db: 'shop', name: name(i), status: 'Migrating' }))
    });
    return (poll) => {
      if (poll >= 2) return scenarios.state(lists(order(SLOW), false));
      // The request being answered is the last one recorded (the simulator answers it at once).
      return perRequest(() => lists(order(sim.requests[sim.requests.length - 1]?.pageNum === 1 ? 150 : 50), true));
    };
  }

  it('never finishes on a poll whose pages moved under it, and never counts an object twice', async () => {
    const sim = await simulator();
    sim.setJob('moving', resorting(sim));
    const run = await runAction(baseInputs(sim.endpoint, { 'job-id': 'moving', 'poll-interval': '200ms' }));
    expect(run.outputs.status).toBe('finished');
    expect(run.code).toBe(0);
    // Not before table_123 had finished (poll 3 of the simulator is the first settled one).
    expect(Number(run.outputs.polls)).toBeGreaterThanOrEqual(3);
    expect(run.outputs).toMatchObject({ total: String(3 * TABLES), finished: String(2 * TABLES), running: String(TABLES) });
    // No poll line ever counted more objects in a section than there are.
    for (const m of run.stdout.matchAll(/(structure|data) ([\d,]+)\/([\d,]+)/g)) {
      expect(Number(m[3]!.replace(/,/g, ''))).toBeLessThanOrEqual(TABLES);
    }
    const objects = run.report?.objects as Array<Record<string, string>>;
    const ids = objects.map((o) => [o.section, o.sourceDatabase, o.name, o.type, o.parent ?? ''].join('|'));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(3 * TABLES);
  });

  it('a poll whose pages moved says so, and the job that keeps moving times out rather than finishing', async () => {
    const sim = await simulator();
    const always = resorting(sim);
    sim.setJob('moving', () => always(0));
    const run = await runAction(baseInputs(sim.endpoint, { 'job-id': 'moving', 'poll-interval': '200ms', timeout: '1s' }));
    expect(run.code).toBe(1);
    expect(run.outputs.status).toBe('timeout');
    expect(Number(run.outputs.total)).toBeLessThanOrEqual(3 * TABLES);
    expect(run.summary).toMatch(/moved between pages/);
  });
});
