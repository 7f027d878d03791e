/**
 * Full data verification in the DTS simulator, driven by the real `@alicloud/pop-core` RPCClient:
 * `FullDataCheckStatus` in DescribeDtsJobs following the copy poll by poll, and
 * DescribeDataCheckTableDetails (its parameters, its pages and counts, the poll it reads).
 */
import { describe, expect, it } from '@jest/globals';
import type RPCClient from '@alicloud/pop-core';
import {
  CHECK_FAILURE_ERROR,
  DTS_JOBS_ACTION,
  steadyCopy,
  TABLE_DETAILS_ACTION,
  verificationDiffers,
  verificationFailed,
  verifiedTask,
  type CredentialSpec
} from '../../simulator/index.js';
import { refusal, rpcCall, rpcClient, simulators, type Json } from '../support/rpc.js';

const KEY: CredentialSpec = { accessKeyId: 'LTAI5tDataCheckKey01', accessKeySecret: 'data/check+secret=' };
const REGION = 'cn-hangzhou';
const TASK = 'chk4task0000001';

const start = simulators({ credentials: [KEY], region: REGION });

/** One poll of the job's view: its DescribeDtsJobs entry. */
async function viewPoll(c: RPCClient, taskId = TASK): Promise<Json> {
  const answer = await rpcCall(c, DTS_JOBS_ACTION, { Region: REGION, JobType: 'SYNC', DtsJobId: taskId });
  return (answer.DtsJobList as Json[])[0]!;
}

const details = (c: RPCClient, params: Json = {}): Promise<Json> =>
  rpcCall(c, TABLE_DETAILS_ACTION, { DtsJobId: TASK, CheckType: 1, ...params });
const tablesOf = (answer: Json): unknown[] =>
  (answer.TableDetails as Json[]).map((t) => `${String(t.SourceDbName)}.${String(t.SourceTbName)}`);

describe('FullDataCheckStatus, following the copy', () => {
  it('is NotStarted while the copy runs, Checking from the poll its data is Finished, then Finished, and says so in MigrationMode', async () => {
    const sim = await start({
      jobs: { dtsverified: verifiedTask({ taskId: TASK }), dtsplain: { scenario: steadyCopy(), taskId: 'plain0task00001' } }
    });
    const c = rpcClient(sim, KEY);
    const seen: Array<[unknown, unknown, unknown, unknown]> = [];
    for (let poll = 0; poll < 16; poll++) {
      const entry = await viewPoll(c);
      const check = entry.FullDataCheckStatus as Json;
      seen.push([(entry.DataInitializationStatus as Json).Status, check.Status, check.Percent, check.Progress]);
      expect(entry.MigrationMode).toMatchObject({ FullDataCheck: true });
    }
    // steadyCopy: 12 polls of copying, its data Finished from poll 12.
    expect(seen.slice(0, 12).every(([data, status]) => data !== 'Finished' && status === 'NotStarted')).toBe(true);
    expect(seen.slice(12)).toEqual([
      ['Finished', 'Checking', '33', '2000 rows/s (row: 800000/2400000, table: 1/4)'],
      ['Finished', 'Checking', '66', '2000 rows/s (row: 1600000/2400000, table: 2/4)'],
      ['Finished', 'Finished', '100', '2000 rows/s (row: 2400000/2400000, table: 4/4)'],
      ['Finished', 'Finished', '100', '2000 rows/s (row: 2400000/2400000, table: 4/4)']
    ]);
    const plain = await viewPoll(c, 'plain0task00001');
    expect(plain.MigrationMode).toMatchObject({ FullDataCheck: false });
    expect(plain.FullDataCheckStatus).toMatchObject({ Status: 'NotStarted' });
  });

  it('ends Failed with its ErrorMessage when the scenario says so', async () => {
    const sim = await start({ jobs: { dtsfails: verificationFailed({ taskId: TASK }) } });
    const c = rpcClient(sim, KEY);
    let entry: Json = {};
    for (let poll = 0; poll < 15; poll++) entry = await viewPoll(c);
    expect(entry.FullDataCheckStatus).toEqual({
      Status: 'Failed',
      Percent: '66',
      Progress: '2000 rows/s (row: 1600000/2400000, table: 2/4)',
      ErrorMessage: CHECK_FAILURE_ERROR
    });
  });
});

describe('DescribeDataCheckTableDetails', () => {
  it('answers no table and every count 0 until the verification has ended, then the tables, every one the same', async () => {
    const sim = await start({ jobs: { dtsverified: verifiedTask({ taskId: TASK }) } });
    const c = rpcClient(sim, KEY);
    const empty = {
      Success: true,
      TotalCount: 0,
      DiffTableCount: 0,
      FailedTableCount: 0,
      FinishedCount: 0,
      PageNumber: 1,
      TableDetails: []
    };
    expect(await details(c)).toMatchObject(empty);
    for (let poll = 0; poll < 14; poll++) await viewPoll(c);
    expect(await details(c)).toMatchObject(empty); // poll 13: still Checking
    await viewPoll(c);
    const done = await details(c);
    expect(done).toMatchObject({ TotalCount: 4, DiffTableCount: 0, FailedTableCount: 0, FinishedCount: 2_400_000 });
    expect((done.TableDetails as Json[])[0]).toEqual({
      Id: 1,
      SourceDbName: 'shop',
      SourceTbName: 'orders',
      TargetDbName: 'shop',
      TargetTbName: 'orders',
      Status: '0',
      DiffCount: 0,
      FinishCount: 1_200_000,
      TotalCount: 1_200_000,
      BootTime: '2026-01-18 11:26:59'
    });
    expect(await details(c, { CheckType: 2 })).toMatchObject(empty);
  });

  it('reads the job’s current poll and opens none', async () => {
    const sim = await start({ jobs: { dtsverified: verifiedTask({ taskId: TASK }) } });
    const c = rpcClient(sim, KEY);
    for (let poll = 0; poll < 15; poll++) await viewPoll(c);
    for (let i = 0; i < 3; i++) await details(c);
    expect(sim.pollsOf('dtsverified')).toBe(15);
    expect(
      sim
        .dtsRequests()
        .filter((r) => r.action === TABLE_DETAILS_ACTION)
        .map((r) => r.poll)
    ).toEqual([14, 14, 14]);
  });

  describe('of a verification that finds tables that differ', () => {
    /** The job after six polls of its view: copied by poll 3, checked by poll 5. */
    async function checked(options: { failedTable?: boolean } = {}): Promise<RPCClient> {
      const sim = await start({ jobs: { dtsdiffers: verificationDiffers({ taskId: TASK, ...options }) } });
      const c = rpcClient(sim, KEY);
      let entry: Json = {};
      for (let poll = 0; poll < 6; poll++) entry = await viewPoll(c);
      expect(entry.FullDataCheckStatus).toMatchObject({ Status: 'Finished', Percent: '100' });
      return c;
    }

    it('pages twelve tables by 10, the two that differ one on each page, with the counts of the whole', async () => {
      const c = await checked();
      const [first, second, third] = await Promise.all([1, 2, 3].map((PageNumber) => details(c, { PageNumber })));
      const counts = { TotalCount: 12, DiffTableCount: 2, FailedTableCount: 0, FinishedCount: 12_000 };
      expect([first, second, third]).toEqual([1, 2, 3].map((PageNumber) => expect.objectContaining({ ...counts, PageNumber })));
      expect(tablesOf(first!)).toHaveLength(10);
      expect(tablesOf(second!)).toEqual(['shop.coupons', 'shop.suppliers']);
      expect(tablesOf(third!)).toEqual([]);
      const differing = [...(first!.TableDetails as Json[]), ...(second!.TableDetails as Json[])].filter((t) => Number(t.DiffCount) > 0);
      expect(differing.map((t) => [t.Id, t.SourceTbName, t.Status, t.DiffCount])).toEqual([
        [4, 'order_items', '0', 3],
        [11, 'coupons', '0', 7]
      ]);
    });

    it('keeps only the tables that differ with Status 6, and any page size up to 1000', async () => {
      const c = await checked();
      const only = await details(c, { Status: 6 });
      expect(only).toMatchObject({ TotalCount: 2, DiffTableCount: 2 });
      expect(tablesOf(only)).toEqual(['shop.order_items', 'shop.coupons']);
      expect(tablesOf(await details(c, { PageSize: 1000 }))).toHaveLength(12);
      expect(tablesOf(await details(c, { PageSize: 5, PageNumber: 3 }))).toEqual(['shop.coupons', 'shop.suppliers']);
    });

    it('counts a table whose check failed (Status 5, ErrorCode 3) among the failed ones', async () => {
      const c = await checked({ failedTable: true });
      const page = await details(c);
      expect(page).toMatchObject({ TotalCount: 12, DiffTableCount: 2, FailedTableCount: 1, FinishedCount: 11_000 });
      const failed = (page.TableDetails as Json[]).filter((t) => t.Status === '5');
      expect(failed).toEqual([expect.objectContaining({ SourceTbName: 'refunds', ErrorCode: 3, FinishCount: 0, TotalCount: 1000 })]);
    });
  });

  it('refuses what it does not know: no task ID or check type, an instance ID, an unknown check type, status or page size', async () => {
    const sim = await start({ jobs: { dtsverified: verifiedTask({ taskId: TASK }) } });
    const c = rpcClient(sim, KEY);
    expect(await refusal(rpcCall(c, TABLE_DETAILS_ACTION, { CheckType: 1 }))).toMatchObject({ code: 'MissingParameter', status: 400 });
    expect(await refusal(rpcCall(c, TABLE_DETAILS_ACTION, { DtsJobId: TASK }))).toMatchObject({ code: 'MissingParameter' });
    const invalid: Array<[Json, string]> = [
      [{ DtsJobId: 'dtsverified' }, 'DtsJobId'],
      [{ CheckType: 3 }, 'CheckType'],
      [{ Status: 5 }, 'Status'],
      [{ PageSize: 1001 }, 'PageSize'],
      [{ PageNumber: 0 }, 'PageNumber']
    ];
    for (const [params, name] of invalid) {
      expect([name, await details(c, params)]).toEqual([
        name,
        expect.objectContaining({ Success: false, HttpStatusCode: 400, ErrCode: 'InvalidParameter', DynamicMessage: name })
      ]);
    }
  });

  it('is refused with Forbidden.RAM by a forbiddenActions rule, for the task a rule names', async () => {
    const sim = await start({
      jobs: { dtsverified: verifiedTask({ taskId: TASK }), dtsother: verifiedTask({ taskId: 'othertask000001' }) },
      forbiddenActions: [{ action: TABLE_DETAILS_ACTION, jobIds: [TASK] }]
    });
    const c = rpcClient(sim, KEY);
    expect(await refusal(details(c))).toMatchObject({ code: 'Forbidden.RAM', status: 403 });
    expect(await details(c, { DtsJobId: 'othertask000001' })).toMatchObject({ Success: true });
  });
});
