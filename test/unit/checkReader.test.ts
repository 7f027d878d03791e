/**
 * Reading the result of a finished full data verification (dts/checkReader.ts) and when a poll
 * reads it (dts/reader.ts), against a plain function that answers DescribeDataCheckTableDetails
 * as the SDK documents it: how many calls a verification of 12 or 10,000 tables costs, and that
 * no table that differs or failed is missed.
 */
import { describe, expect, it } from '@jest/globals';
import type { CheckReading } from '../../src/core/checkTypes.js';
import { ignoreMatcher } from '../../src/core/ignore.js';
import type { JobIdentity } from '../../src/core/jobTypes.js';
import type { DtsCall } from '../../src/dts/call.js';
import { caller } from '../../src/dts/caller.js';
import { listsPage, type PageRequest } from '../../src/dts/calls.js';
import { readCheckResult } from '../../src/dts/checkReader.js';
import type { CallDts } from '../../src/dts/client.js';
import { dtsJobs, tableDetails, type TablesRequest, type TasksRequest } from '../../src/dts/currentCalls.js';
import { pollReader, type ReadPlan } from '../../src/dts/reader.js';
import { apiError } from '../../src/dts/wire.js';
import { systemClock } from '../../src/time.js';

interface Table {
  name: string;
  diff?: number;
  failed?: boolean;
}

/** `n` tables of `shop`, `t0`… , with the ones in `odd` differing or failed. */
const tablesOf = (n: number, odd: Record<number, Omit<Table, 'name'>> = {}): Table[] =>
  Array.from({ length: n }, (_, i) => ({ name: `t${i}`, ...odd[i] }));

interface Options {
  /** Leave these counts out of every answer. */
  noCounts?: boolean;
  /** Say more differing tables than are listed. */
  extraDiffering?: number;
  /** The verification's state in the job view. */
  check?: string;
  refuse?: boolean;
}

function dts(tables: readonly Table[], options: Options = {}) {
  const calls: Array<Record<string, string>> = [];
  const client: CallDts = {
    call: async <Q, R>(call: DtsCall<Q, R>, request: Q): Promise<R> => {
      if ((call as unknown) === tableDetails) {
        const params = call.params(request, 'cn-hangzhou');
        calls.push(params);
        if (options.refuse) throw apiError('Forbidden.RAM', 'User not authorized', undefined, 403, call);
        const { tables: which, pageNumber } = request as TablesRequest;
        const differs = (t: Table) => (t.diff ?? 0) > 0;
        const kept = which === 'differing' ? tables.filter(differs) : tables;
        const size = Number(params.PageSize);
        const body: Record<string, unknown> = {
          Success: true,
          TableDetails: kept.slice((pageNumber - 1) * size, pageNumber * size).map((t) => ({
            SourceDbName: 'shop',
            SourceTbName: t.name,
            TargetDbName: 'shop',
            TargetTbName: t.name,
            Status: t.failed ? '5' : '0',
            DiffCount: t.diff ?? 0,
            FinishCount: t.failed ? 0 : 10,
            TotalCount: 10,
            ...(t.failed && { ErrorCode: 4 })
          }))
        };
        if (!options.noCounts) {
          Object.assign(body, {
            TotalCount: kept.length,
            DiffTableCount: tables.filter(differs).length + (options.extraDiffering ?? 0),
            FailedTableCount: tables.filter((t) => t.failed).length,
            FinishedCount: 10 * tables.length
          });
        }
        return call.read(body, request);
      }
      if ((call as unknown) === dtsJobs) {
        const { ids } = request as TasksRequest;
        const list = ids.map((id) => ({
          DtsJobId: id,
          DtsInstanceID: `dts${id}`,
          Status: 'Synchronizing',
          FullDataCheckStatus: { Status: options.check ?? 'Finished' }
        }));
        return call.read({ Success: true, TotalRecordCount: list.length, DtsJobList: list }, request);
      }
      const table = { ObjectName: 't', ObjectType: 'Table', SourceOwnerDBName: 'shop', Status: 'Finished' };
      return (listsPage as unknown as DtsCall<Q, R>).read(
        { Success: true, StructureInitializationDetails: [table] },
        request as PageRequest as Q
      );
    }
  };
  return { client, calls };
}

const budget = () => {
  const now = systemClock.now();
  return { startedAt: now, deadline: now + 60_000, stopAt: now + 70_000 };
};
const callerOf = (client: CallDts) => caller(client, { budget: budget(), clock: systemClock, signal: new AbortController().signal });
const pages = (calls: ReadonlyArray<Record<string, string>>) => calls.map((c) => `${c.Status}:${c.PageNumber}`);

describe('the result of a finished verification', () => {
  it('12 tables: one call, every table that differs or failed, the counts; the task ID and CheckType 1', async () => {
    const d = dts(tablesOf(12, { 3: { diff: 3 }, 7: { failed: true } }));
    const { result, calls } = await readCheckResult(callerOf(d.client), 'dtsa', 'taska');
    expect(calls).toBe(1);
    expect(d.calls[0]).toEqual({ DtsJobId: 'taska', CheckType: '1', Status: '-1', PageNumber: '1', PageSize: '100' });
    expect(result).toMatchObject({ tables: 12, differing: 1, failedChecks: 1, checkedRows: '120', complete: true });
    expect(result.found.map((t) => [t.sourceTable, t.diffRows, t.errorCode])).toEqual([
      ['t3', '3', undefined],
      ['t7', '0', 4]
    ]);
  });

  it('10,000 tables that all agree: one call; with 150 differing: the pages of those alone', async () => {
    const same = dts(tablesOf(10_000));
    expect((await readCheckResult(callerOf(same.client), 'a', 'a')).calls).toBe(1);
    const odd = Object.fromEntries(Array.from({ length: 150 }, (_, i) => [i * 60, { diff: i + 1 }]));
    const differing = dts(tablesOf(10_000, odd));
    const { result, calls } = await readCheckResult(callerOf(differing.client), 'a', 'a');
    expect(pages(differing.calls)).toEqual(['-1:1', '6:1', '6:2']);
    expect(calls).toBe(3);
    expect([result.found.length, result.differing, result.complete]).toEqual([150, 150, true]);
  });

  it('10,000 tables with a failed check: every page, since Status=6 leaves failed checks out', async () => {
    const d = dts(tablesOf(10_000, { 5: { diff: 2 }, 9_999: { failed: true } }));
    const { result, calls } = await readCheckResult(callerOf(d.client), 'a', 'a');
    expect(calls).toBe(100);
    expect(new Set(pages(d.calls))).toEqual(new Set(Array.from({ length: 100 }, (_, i) => `-1:${i + 1}`)));
    expect(result.found.map((t) => t.sourceTable)).toEqual(['t5', 't9999']);
  });

  it('no counts in the answer: every page to the short one, and the counts of what was listed', async () => {
    const d = dts(tablesOf(250, { 240: { diff: 1 } }), { noCounts: true });
    const { result } = await readCheckResult(callerOf(d.client), 'a', 'a');
    expect(pages(d.calls)).toEqual(['-1:1', '-1:2', '-1:3']);
    expect([result.tables, result.differing, result.failedChecks]).toEqual([250, 1, 0]);
  });

  it('says when DTS counts more differing tables than it lists', async () => {
    const d = dts(tablesOf(150, { 1: { diff: 1 } }), { extraDiffering: 2 });
    const { result } = await readCheckResult(callerOf(d.client), 'a', 'a');
    expect([result.differing, result.found.length, result.complete]).toEqual([3, 1, false]);
  });
});

describe('when a poll reads it', () => {
  const job: JobIdentity = { id: 'taska', instanceId: 'dtstaska', taskId: 'taska', listed: true, fullDataCheck: true };
  const plan: ReadPlan = { expectedPages: {}, refused: {}, lastPoll: false };
  const reader = (client: CallDts, identity: JobIdentity, dataCheck: 'auto' | 'off' = 'auto') =>
    pollReader(client, {
      jobIds: [identity.id],
      jobs: [identity],
      pageSize: 100,
      jobStatus: true,
      dataCheck,
      budget: budget(),
      clock: systemClock,
      ignored: ignoreMatcher([]),
      signal: new AbortController().signal
    });

  it('at the poll whose view says Finished, once; never while it checks, nor once read, nor with data-check false', async () => {
    const checking = dts(tablesOf(12), { check: 'Checking' });
    expect((await reader(checking.client, job).read(plan)).checks).toBeUndefined();
    expect(checking.calls).toEqual([]);

    const finished = dts(tablesOf(12, { 2: { diff: 5 } }));
    const readings = await reader(finished.client, job).read(plan);
    expect(readings.checks?.taska).toMatchObject({ kind: 'read', result: { differing: 1 } });
    expect(finished.calls).toHaveLength(1);
    await reader(finished.client, job).read({ ...plan, checks: readings.checks! });
    expect(finished.calls).toHaveLength(1);

    await reader(finished.client, job, 'off').read(plan);
    await reader(finished.client, { ...job, fullDataCheck: false }).read(plan);
    expect(finished.calls).toHaveLength(1);
  });

  it('refused for good: the refusal, for the step to keep and warn of', async () => {
    const d = dts(tablesOf(12), { refuse: true });
    const readings = await reader(d.client, job).read(plan);
    const check = readings.checks?.taska as CheckReading;
    expect(check).toMatchObject({ kind: 'refused', code: 'Forbidden.RAM' });
    expect(check.kind === 'refused' && check.message).toContain('dts:DescribeDataCheckTableDetails');
  });
});
