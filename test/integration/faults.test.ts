/**
 * The action's run() in-process against a simulator that misbehaves in what it says: a bad key
 * pair among seeded faults, malformed answers, and lists that move between pages while a poll
 * reads them (test/e2e/faults.test.ts has the faults on the wire, through the built action).
 */
import { describe, expect, it } from '@jest/globals';
import { ALL_FAULT_KINDS, type JobScenario, type PollState as JobState, type RawEntry, type Simulator } from '../../simulator/index.js';
import * as scenarios from '../../simulator/index.js';
import { baseInputs } from '../support/fixtures.js';
import { runInProcess } from '../support/inProcess.js';
import { simulatorPerTest } from '../support/simulators.js';

const simulator = simulatorPerTest();

describe('a bad key pair', () => {
  it('ends the run at once even with a long timeout and faults on the way', async () => {
    const sim = await simulator({
      jobs: { seed: scenarios.seedExample() },
      faults: { rate: 0.3, seed: 3, kinds: [...ALL_FAULT_KINDS], slowMs: 600 }
    });
    const run = await runInProcess(
      baseInputs(sim.endpoint, { 'job-id': 'seed', 'access-key-secret': 'not-the-secret', timeout: '30m', 'request-timeout': '300ms' })
    );
    expect(run.code).toBe(1);
    expect(run.outputs.status).toBe('error');
    expect(run.stdout).toMatch(/^::error::.*SignatureDoesNotMatch.*check the key pair/m);
    // Not retried: one call per page the first poll reads ahead (at most 4) and the job-status
    // call beside them, no retry line.
    expect(sim.stats.outcomes.SignatureDoesNotMatch).toBeLessThanOrEqual(5);
    expect(run.stdout).not.toMatch(/SignatureDoesNotMatch, retry/);
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
    const run = await runInProcess(baseInputs(sim.endpoint, { 'job-id': 'huge' }));
    expect(run.code).toBe(0);
    expect(run.outputs.status).toBe('finished');
    const data = (run.report?.objects as Array<Record<string, unknown>>).find((o) => o.section === 'data');
    expect(data).toMatchObject({ name: 'clicks', totalRows: '12345678901234567890', finishedRows: '12345678901234567891' });
    expect(run.reportText).toContain('"12345678901234567891"');
    expect(run.summary).toContain('12,345,678,901,234,567,891');
  });

  it('statuses in another case are read as what they say: a FAILED table fails the run', async () => {
    const sim = await simulator({ jobs: { mixed: scenarios.mixedCase() } });
    const run = await runInProcess(baseInputs(sim.endpoint, { 'job-id': 'mixed' }));
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
    const run = await runInProcess(baseInputs(sim.endpoint, { 'job-id': 'odd', timeout: '300ms' }));
    expect(run.stderr).not.toMatch(/TypeError|ReferenceError|at .*src\//);
    expect(run.code).toBe(1);
    // 3 structure + 2 constraints ('junk' is kept, as an unknown status) + 2 data + 1 incremental.
    expect(run.outputs).toMatchObject({ status: 'failed', total: '8', failed: '1', pending: '1', running: '1', finished: '5' });
    expect(JSON.parse(run.outputs['failed-objects']!)).toEqual([expect.objectContaining({ name: 'broken', error: '42' })]);
    expect(run.summary).toContain('broken');
  });

  it('the simulator\'s malformed scenario (Constraints: "none") ends in an error naming the field', async () => {
    const sim = await simulator({ jobs: { odd: scenarios.malformed() } });
    const run = await runInProcess(baseInputs(sim.endpoint, { 'job-id': 'odd', timeout: '2s' }));
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
    const run = await runInProcess(baseInputs(sim.endpoint, { 'job-id': 'big,odd', timeout: '5s' }));
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
    const run = await runInProcess(baseInputs(sim.endpoint, { 'job-id': 'odd', timeout: '500ms' }));
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
    const run = await runInProcess(baseInputs(sim.endpoint, { 'job-id': 'odd', timeout: '2s' }));
    expect(run.code).toBe(1);
    expect(run.outputs.status).toBe('error');
    expect(run.stdout).toMatch(/^::error::.*malformed DataInitializationDetails/m);
  });

  it('answers that are not an object (null, a list, a string) end in an error, never in finished', async () => {
    for (const body of ['null', '[]', '"ok"']) {
      const sim = await simulator({ jobs: { odd: scenarios.constant({ ...scenarios.state(), raw: { body } }) } });
      const run = await runInProcess(baseInputs(sim.endpoint, { 'job-id': 'odd', timeout: '300ms' }));
      expect({ body, code: run.code, status: run.outputs.status }).toEqual({ body, code: 1, status: 'error' });
      expect(run.stderr).not.toMatch(/at .*src\//);
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
    const run = await runInProcess(baseInputs(sim.endpoint, { 'job-id': 'moving', 'poll-interval': '200ms' }));
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
    const run = await runInProcess(baseInputs(sim.endpoint, { 'job-id': 'moving', 'poll-interval': '200ms', timeout: '500ms' }));
    expect(run.code).toBe(1);
    expect(run.outputs.status).toBe('timeout');
    expect(Number(run.outputs.total)).toBeLessThanOrEqual(3 * TABLES);
    expect(run.summary).toMatch(/moved between pages/);
  });
});
