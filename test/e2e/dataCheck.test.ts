/**
 * Full data verification, end to end (dist/index.js against the simulator): a task that verifies
 * its data is done only once its verification finished with every table the same; tables that
 * differ or whose check failed stop the gate, each named; `data-check: auto`, `true` and `false`;
 * refusals; and the calls: the result is read once, after the verification finished, never per poll.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  CHECK_FAILURE_ERROR,
  copyRun,
  DTS_JOBS_ACTION,
  LISTS_ACTION,
  runAction,
  steadyCopy,
  TABLE_DETAILS_ACTION,
  verificationDiffers,
  verificationFailed,
  verifiedTask,
  verifying,
  type CheckedTable,
  type JobSpec,
  type RecordedRequest,
  type Simulator,
  startSimulator
} from '../../simulator/index.js';
import { annotations, failureMessage, pollLines } from '../support/commands.js';
import { baseInputs, KEY } from '../support/fixtures.js';

/** A key that may call everything but DescribeDataCheckTableDetails. */
const NO_DETAILS = { accessKeyId: 'LTAI5tNoCheckKey0004', accessKeySecret: 'no-check/Secret+Value=0123456789' };
const noDetails = { 'access-key-id': NO_DETAILS.accessKeyId, 'access-key-secret': NO_DETAILS.accessKeySecret };

let sim: Simulator;

beforeAll(async () => {
  sim = await startSimulator({
    region: 'cn-hangzhou',
    credentials: [KEY, NO_DETAILS],
    forbiddenActions: [{ action: TABLE_DETAILS_ACTION, accessKeyIds: [NO_DETAILS.accessKeyId] }]
  });
});

afterAll(async () => {
  await sim.close();
});

const lastSeq = (): number => sim.requests.at(-1)?.seq ?? 0;
const callsSince = (since: number): RecordedRequest[] => sim.dtsRequests().filter((r) => r.seq > since);
const detailsOf = (calls: readonly RecordedRequest[]) => calls.filter((r) => r.action === TABLE_DETAILS_ACTION);
const dataCheckOf = (outputs: Record<string, string>) => JSON.parse(outputs['data-check']!) as Record<string, Record<string, unknown>>;

/** A copy of one table over two polls whose verification checks `tables` (1,000 rows each unless said). */
function verifiedCopy(tables: readonly CheckedTable[], taskId: string): JobSpec {
  const copy = copyRun({ tables: [{ name: 'orders', rows: 1000 }], rowsPerPoll: 1000 });
  return { scenario: verifying(copy, { tables, checkingPolls: 1 }), fullDataCheck: true, taskId };
}

describe('a task that verifies its data', () => {
  it('is done only at the poll whose verification finished with every table the same; the result read once, in that poll', async () => {
    sim.setJob('dtsverified01', verifiedTask({ taskId: 'verifiedtask01q' }));
    const since = lastSeq();
    const run = await runAction(baseInputs(sim.endpoint, { 'job-id': 'verifiedtask01q' }));
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ status: 'finished', 'differing-tables': '0' });
    expect(dataCheckOf(run.outputs)).toEqual({
      verifiedtask01q: { status: 'Finished', percent: 100, tables: 4, differing: 0, failed: 0, diffRows: 0 }
    });
    const lines = pollLines(run.stdout);
    // The copy is done polls before the verification is: those polls do not finish the run.
    const copied = lines.findIndex((l) => l.includes('nothing pending'));
    expect(copied).toBeGreaterThan(0);
    expect(lines.length - 1 - copied).toBe(2);
    expect(lines[copied]).toContain(', verification checking ');
    expect(lines.at(-1)).toContain(', verification finished: 4 tables, every one the same · nothing pending');
    expect(run.summary).toContain('**Full data verification:** ✅ 4 tables, every one the same');
    expect(run.stdout).toContain('; full data verification passed on 1 job.');

    const calls = callsSince(since);
    const details = detailsOf(calls);
    expect(details.map((r) => [r.params.DtsJobId, r.params.CheckType, r.params.Status, r.params.PageNumber])).toEqual([
      ['verifiedtask01q', '1', '-1', '1']
    ]);
    expect(details[0]!.params.RegionId ?? details[0]!.params.Region).toBeUndefined();
    // Calls per poll: the lists and one DescribeDtsJobs call, checking or not; the table details in the last poll alone.
    const polls = Number(run.outputs.polls);
    const perPoll = Array.from({ length: polls }, (_, p) =>
      calls.filter((r) => (r.action === DTS_JOBS_ACTION ? r.polls?.dtsverified01 : r.poll) === p)
    );
    const lists = perPoll.map((c) => c.filter((r) => r.action === LISTS_ACTION).length);
    expect(perPoll.slice(1).map((c, i) => c.length - lists[i + 1]!)).toEqual([...Array(polls - 2).fill(1), 2]);
    expect(details[0]!.poll).toBe(polls - 1);
  });

  it('two tables that differ, on pages 1 and 3 of the tables: failed, both named with their rows, one annotation each', async () => {
    const tables: CheckedTable[] = Array.from({ length: 250 }, (_, i) => ({
      db: 'shop',
      table: `part_${String(i).padStart(3, '0')}`,
      rows: 1000
    }));
    tables[3] = { ...tables[3]!, diff: 3 };
    tables[220] = { ...tables[220]!, diff: 7, destTable: 'part_220_copy' };
    sim.setJob('dtsdiffers02', verifiedCopy(tables, 'differstask02qz'));
    const since = lastSeq();
    const run = await runAction(baseInputs(sim.endpoint, { 'job-id': 'differstask02qz' }));
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ status: 'failed', 'differing-tables': '2', failed: '0' });
    expect(dataCheckOf(run.outputs).differstask02qz).toEqual({
      status: 'Finished',
      percent: 100,
      tables: 250,
      differing: 2,
      failed: 0,
      diffRows: 10
    });
    // Page 1 of every table brings the counts; the differing tables come from their own list, one page.
    expect(detailsOf(callsSince(since)).map((r) => `${r.params.Status}:${r.params.PageNumber}:${r.params.PageSize}`)).toEqual([
      '-1:1:100',
      '6:1:100'
    ]);
    expect(annotations(run.stdout, 'error', 'DTS data differs').map((a) => a.properties.title)).toEqual([
      'DTS data differs: shop.part_003',
      'DTS data differs: shop.part_220'
    ]);
    expect(failureMessage(run.stdout)!.split('\n')).toEqual([
      'The full data verification found 2 tables that differ:',
      '- shop.part_003: 3 rows differ, 1,000 of 1,000 rows checked',
      '- shop.part_220 -> shop.part_220_copy: 7 rows differ, 1,000 of 1,000 rows checked'
    ]);
    expect(run.summary).toContain('- ❌ **shop.part\\_003** · data verification\n  > 3 rows differ · 1,000 of 1,000 rows checked');
    expect(run.summary).toContain('- ❌ **shop.part\\_220** → shop.part\\_220\\_copy · data verification\n  > 7 rows differ');
    expect(run.report).toMatchObject({
      decidedBy: 'data-check',
      dataCheck: { failedTables: [{ sourceTable: 'part_003' }, { sourceTable: 'part_220' }] }
    });
  });

  it('a table whose check failed (Status 5, ErrorCode 3): failed, with what the code means', async () => {
    sim.setJob('dtsfailedtable03', verificationDiffers({ taskId: 'failedtable03qz', failedTable: true }));
    const run = await runAction(baseInputs(sim.endpoint, { 'job-id': 'failedtable03qz' }));
    expect(run.outputs).toMatchObject({ status: 'failed', 'differing-tables': '3' });
    expect(annotations(run.stdout, 'error', 'DTS data verification failed: shop.refunds')).toHaveLength(1);
    expect(failureMessage(run.stdout)).toContain(
      '- shop.refunds: check failed (status 5, ErrorCode 3: the table does not exist), 0 of 1,000 rows checked'
    );
    expect(dataCheckOf(run.outputs).failedtable03qz).toMatchObject({ differing: 2, failed: 1, diffRows: 10 });
  });

  it('a verification that failed: failed at the poll that sees it, with DTS’s error', async () => {
    sim.setJob('dtscheckfail04', verificationFailed({ taskId: 'checkfail04qzzz' }));
    const since = lastSeq();
    const run = await runAction(baseInputs(sim.endpoint, { 'job-id': 'checkfail04qzzz' }));
    expect(run.outputs).toMatchObject({ status: 'failed', 'differing-tables': '0' });
    expect(pollLines(run.stdout).at(-1)).toContain(', verification failed ·');
    expect(pollLines(run.stdout).filter((l) => l.includes('verification failed'))).toHaveLength(1);
    expect(failureMessage(run.stdout)).toBe(`The full data verification of job checkfail04qzzz failed: ${CHECK_FAILURE_ERROR}.`);
    expect(annotations(run.stdout, 'error', 'DTS data verification failed: checkfail04qzzz')).toHaveLength(1);
    expect(detailsOf(callsSince(since))).toEqual([]);
  });

  it('an ignored table that differs: not failed, shown as ignored', async () => {
    sim.setJob('dtsignored05', verificationDiffers({ taskId: 'ignoredtask05qz' }));
    const run = await runAction(baseInputs(sim.endpoint, { 'job-id': 'ignoredtask05qz', ignore: 'shop.order_items, shop.coupons' }));
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ status: 'finished', 'differing-tables': '0' });
    expect(run.summary).toContain('- ⚠️ Differs (ignored): **shop.order\\_items** · data verification');
    expect(run.summary).toContain('- ⚠️ Differs (ignored): **shop.coupons** · data verification');
    expect(annotations(run.stdout, 'error', '')).toEqual([]);
  });
});

describe('data-check', () => {
  it('auto on a task without verification: no table-details call, finished when the objects are', async () => {
    sim.setJob('dtsplain06', { scenario: copyRun({ tables: [{ name: 'orders', rows: 1000 }], rowsPerPoll: 1000 }) });
    const since = lastSeq();
    const run = await runAction(baseInputs(sim.endpoint, { 'job-id': 'dtsplain06' }));
    expect(run.outputs).toMatchObject({ status: 'finished', polls: '2', 'differing-tables': '0' });
    expect(dataCheckOf(run.outputs)).toEqual({ dtsplain06: { status: '', percent: 0, tables: 0, differing: 0, failed: 0, diffRows: 0 } });
    expect(detailsOf(callsSince(since))).toEqual([]);
    expect(run.stdout).not.toContain('verification');
  });

  it('true on a task without verification: an error before any list call, saying how to go on', async () => {
    sim.setJob('dtsplain07', steadyCopy());
    const since = lastSeq();
    const run = await runAction(baseInputs(sim.endpoint, { 'job-id': 'dtsplain07', 'data-check': 'true' }));
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ status: 'error', polls: '0' });
    expect(failureMessage(run.stdout)).toMatch(
      /^data-check: true needs full data verification on every job, and job dtsplain07 has none configured: /
    );
    expect(callsSince(since).filter((r) => r.action !== DTS_JOBS_ACTION)).toEqual([]);
  });

  it('false: no table-details call, finished as soon as the objects are', async () => {
    sim.setJob('dtsoff08', verifiedTask());
    const since = lastSeq();
    const run = await runAction(baseInputs(sim.endpoint, { 'job-id': 'dtsoff08', 'data-check': 'false' }));
    expect(run.outputs).toMatchObject({ status: 'finished', 'differing-tables': '0' });
    expect(pollLines(run.stdout).at(-1)).not.toContain('verification');
    expect(detailsOf(callsSince(since))).toEqual([]);
  });
});

describe('the table details refused for good', () => {
  it('auto: one warning, the verification shown as not readable, the objects decide', async () => {
    sim.setJob('dtsrefused09', verifiedTask());
    const run = await runAction(baseInputs(sim.endpoint, { 'job-id': 'dtsrefused09', ...noDetails }));
    expect(run.outputs).toMatchObject({ status: 'finished', 'differing-tables': '0' });
    const warnings = annotations(run.stdout, 'warning', 'DTS data verification not readable');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toContain('dts:DescribeDataCheckTableDetails');
    expect(pollLines(run.stdout).at(-1)).toContain(', verification not readable ·');
    expect(run.summary).toContain('**Full data verification:** ⚠️ not readable (Forbidden.RAM)');
  });

  it('true: error, naming the permission', async () => {
    sim.setJob('dtsrefused10', verifiedTask());
    const run = await runAction(baseInputs(sim.endpoint, { 'job-id': 'dtsrefused10', 'data-check': 'true', ...noDetails }));
    expect(run.code).toBe(1);
    expect(run.outputs.status).toBe('error');
    expect(failureMessage(run.stdout)).toMatch(
      /^data-check: true needs the full data verification of every job, but that of job dtsrefused10 could not be read: /
    );
    expect(failureMessage(run.stdout)).toContain('dts:DescribeDataCheckTableDetails');
    expect(run.report).toMatchObject({ status: 'error', decidedBy: 'data-check' });
  });
});
