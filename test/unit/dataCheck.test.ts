/**
 * Full data verification, in the core: reading `FullDataCheckStatus` and a page of
 * DescribeDataCheckTableDetails, which tables fail, the rules over a poll (per `data-check`
 * mode), what `data-check: true` refuses before the first poll, and the verdict's precedence.
 */
import { describe, expect, it } from '@jest/globals';
import { judgeChecks, requiredCheckProblem, unlistedCounts, type CheckRulesInput } from '../../src/core/checkRules.js';
import type { CheckReading, CheckResult } from '../../src/core/checkTypes.js';
import { findingOf, readTablePage, verificationOf } from '../../src/core/dataCheck.js';
import { ignoreMatcher } from '../../src/core/ignore.js';
import type { JobIdentity, JobJudgement, JobReading } from '../../src/core/jobTypes.js';
import { readTaskEntry } from '../../src/core/jobView.js';
import { precedence } from '../../src/core/verdict.js';
import { MalformedAnswer } from '../../src/errors.js';
import { dataCheckOutput, differingTables } from '../../src/report/outputs.js';
import { checkResultOf, tableDetail } from '../support/checks.js';

const detail = tableDetail;

describe('reading the verification', () => {
  it('reads FullDataCheckStatus in any case, with its percent, progress and error', () => {
    expect(verificationOf({ Status: 'Checking', Percent: '45', Progress: '1 rows/s (row: 5/5, table: 1/1)', ErrorMessage: '' })).toEqual({
      status: 'Checking',
      state: 'Checking',
      percent: 45,
      progress: '1 rows/s (row: 5/5, table: 1/1)',
      error: ''
    });
    expect(['NotStarted', 'not started', 'FINISHED', 'failed', 'Paused'].map((Status) => verificationOf({ Status })!.state)).toEqual([
      'NotStarted',
      'NotStarted',
      'Finished',
      'Failed',
      'unknown'
    ]);
    for (const value of [undefined, null, 'Finished', []]) expect(verificationOf(value)).toBeUndefined();
    expect(
      readTaskEntry({ DtsJobId: 't', DtsInstanceID: 'dtst', FullDataCheckStatus: { Status: 'Finished', Percent: 100 } }, 1000).job
        .verification
    ).toMatchObject({
      state: 'Finished',
      percent: 100
    });
  });

  it('reads a page of tables with its counts', () => {
    const page = readTablePage({
      TotalCount: 12,
      DiffTableCount: '2',
      FailedTableCount: 1,
      FinishedCount: 12000,
      TableDetails: [detail('orders'), detail('refunds', { Status: '5', ErrorCode: 3, FinishCount: 0, TargetTbName: 'refunds_v2' })]
    });
    expect(page).toMatchObject({ tables: 12, differing: 2, failedChecks: 1, checkedRows: '12000', listed: 2 });
    expect(page.entries[1]).toEqual({
      sourceDatabase: 'shop',
      sourceTable: 'refunds',
      destinationDatabase: 'shop',
      destinationTable: 'refunds_v2',
      status: '5',
      diffRows: '0',
      checkedRows: '0',
      totalRows: '1000',
      errorCode: 3,
      bootTime: '2026-01-18 11:26:59'
    });
    expect(readTablePage({ Success: true })).toEqual({ listed: 0, entries: [] });
    expect(() => readTablePage({ TableDetails: 'none' })).toThrow(MalformedAnswer);
  });

  it('fails a table whose rows differ or whose check failed, and no other', () => {
    const table = (more: Record<string, unknown>) => readTablePage({ TableDetails: [detail('t', more)] }).entries[0]!;
    expect(findingOf(table({ DiffCount: 3 }))).toBe('differs');
    expect(findingOf(table({ DiffCount: '301', ErrorCode: 2 }))).toBe('differs');
    expect(findingOf(table({ Status: '5' }))).toBe('failed');
    for (const ErrorCode of [1, 3, 4]) expect(findingOf(table({ ErrorCode }))).toBe('failed');
    for (const more of [{}, { ErrorCode: 0 }, { Status: '3' }, { DiffCount: 'x' }]) expect(findingOf(table(more))).toBeUndefined();
  });
});

const VERIFIED: JobIdentity = { id: 'a', instanceId: 'dtsa', taskId: 'a', listed: true, fullDataCheck: true };
const PLAIN: JobIdentity = { id: 'b', instanceId: 'dtsb', taskId: 'b', listed: true, fullDataCheck: false };
const view = (check?: Record<string, unknown>): JobReading => ({
  kind: 'read',
  job: readTaskEntry({ DtsJobId: 'x', DtsInstanceID: 'dtsx', Status: 'Synchronizing', ...(check && { FullDataCheckStatus: check }) }, 1000)
    .job
});
const resultOf = checkResultOf;

function rules(extra: Partial<CheckRulesInput> = {}): CheckRulesInput {
  return {
    jobIds: ['a', 'b'],
    mode: 'auto',
    identities: { a: VERIFIED, b: PLAIN },
    readings: { a: view({ Status: 'Finished', Percent: '100' }), b: view({ Status: 'NotStarted' }) },
    ignored: ignoreMatcher([]),
    ...extra
  };
}

describe('the verification rules', () => {
  it('auto: waits on a job that verifies its data until its result is read; a job without it is not affected', () => {
    const waiting = judgeChecks(rules({ readings: { a: view({ Status: 'Checking', Percent: '40' }), b: view() } }));
    expect(waiting.jobs.map((j) => j.standing)).toEqual(['checking', 'not-configured']);
    expect(waiting.holds).toBe(false);
    const notStarted = judgeChecks(rules({ readings: { a: view({ Status: 'NotStarted' }), b: view() } }));
    expect([notStarted.jobs[0]!.standing, notStarted.holds]).toEqual(['not-started', false]);
    // Finished, and the result not read yet: still to come, never passed on a guess.
    expect(judgeChecks(rules()).jobs[0]!.standing).toBe('checking');
    const passed = judgeChecks(rules({ checks: { a: resultOf([detail('orders')]) } }));
    expect([passed.jobs[0]!.standing, passed.holds, passed.failedTables]).toEqual(['passed', true, []]);
  });

  it('tables that differ or failed fail it, each with its job; ignore matches source database and table', () => {
    const checks = { a: resultOf([detail('orders', { DiffCount: 3 }), detail('refunds', { Status: '5', ErrorCode: 3 }), detail('carts')]) };
    const judged = judgeChecks(rules({ checks }));
    expect(judged.jobs[0]!.standing).toBe('differs');
    expect(judged.failedTables.map((t) => [t.jobId, t.sourceTable, t.finding, t.ignored])).toEqual([
      ['a', 'orders', 'differs', false],
      ['a', 'refunds', 'failed', false]
    ]);
    expect(judged.holds).toBe(false);
    const ignored = judgeChecks(rules({ checks, ignored: ignoreMatcher(['shop.orders', 'shop.ref*']) }));
    expect([ignored.jobs[0]!.standing, ignored.holds, ignored.failedTables.length, ignored.ignoredTables.length]).toEqual([
      'passed',
      true,
      0,
      2
    ]);
  });

  it('tables DTS counted as differing but did not list fail it: no ignore can match them', () => {
    const checks = { a: resultOf([detail('orders', { DiffCount: 3 })], { differing: 3, failedChecks: 1, complete: false }) };
    expect(unlistedCounts((checks.a as { result: CheckResult }).result)).toEqual({ differs: 2, failed: 1 });
    const judged = judgeChecks(rules({ checks, ignored: ignoreMatcher(['shop.*']) }));
    expect([judged.jobs[0]!.standing, judged.ignoredTables.length, judged.failedTables.length]).toEqual(['differs', 1, 0]);
  });

  it('a verification that failed fails it with DTS’s error', () => {
    const judged = judgeChecks(rules({ readings: { a: view({ Status: 'Failed', ErrorMessage: 'Access denied' }), b: view() } }));
    expect(judged.failedChecks).toEqual([{ jobId: 'a', error: 'Access denied' }]);
    expect(judged.holds).toBe(false);
  });

  it('refused result: one warning with auto, unreadable with true; a job view not read: unreadable with true only', () => {
    const refused: CheckReading = { kind: 'refused', code: 'Forbidden.RAM', message: 'allow dts:DescribeDataCheckTableDetails' };
    const auto = judgeChecks(rules({ checks: { a: refused } }));
    expect([auto.jobs[0]!.standing, auto.holds, auto.unreadable]).toEqual(['refused', true, []]);
    expect(auto.warnings).toEqual([
      {
        kind: 'check-refused',
        jobIds: ['a'],
        keys: ['check-refused:a'],
        code: 'Forbidden.RAM',
        message: 'allow dts:DescribeDataCheckTableDetails'
      }
    ]);
    const required = judgeChecks(rules({ mode: 'required', checks: { a: refused } }));
    expect([required.unreadable, required.warnings]).toEqual([[{ jobId: 'a', code: 'Forbidden.RAM', message: refused.message }], []]);
    const legacy: JobReading = { kind: 'read', job: { status: 'Synchronizing', state: 'Synchronizing', error: '' } };
    expect(judgeChecks(rules({ readings: { a: legacy } })).jobs[0]!.standing).toBe('not-read');
    expect(judgeChecks(rules({ readings: { a: legacy } })).holds).toBe(true);
    expect(judgeChecks(rules({ mode: 'required', readings: { a: legacy } })).unreadable.map((u) => u.code)).toEqual(['JobViewNotRead']);
  });

  it('off reads nothing; a state it does not know waits, with a warning', () => {
    expect(judgeChecks(rules({ mode: 'off' })).jobs.map((j) => j.standing)).toEqual(['off', 'off']);
    const unknown = judgeChecks(rules({ readings: { a: view({ Status: 'Paused' }) } }));
    expect([unknown.jobs[0]!.standing, unknown.holds]).toEqual(['unknown', false]);
    expect(unknown.warnings.map((w) => w.keys[0])).toEqual(['unknown-check-state:a:Paused']);
  });
});

describe('data-check: true before the first poll', () => {
  it('refuses a job without verification, a job the current API does not list, and a refused look-up, saying how to go on', () => {
    expect(requiredCheckProblem([VERIFIED], undefined)).toBeUndefined();
    expect(requiredCheckProblem([VERIFIED, PLAIN], undefined)).toMatch(
      /^data-check: true needs full data verification on every job, and job b has none configured: configure full data verification/
    );
    expect(requiredCheckProblem([{ id: 'dtsold', instanceId: 'dtsold', listed: false }], undefined)).toContain('does not list job dtsold');
    expect(requiredCheckProblem([], { code: 'Forbidden.RAM', message: 'no' })).toContain('allow dts:DescribeDtsJobs');
    for (const problem of [requiredCheckProblem([PLAIN], undefined), requiredCheckProblem([], { code: 'x', message: 'y' })]) {
      expect(problem).toContain('or set data-check: auto');
    }
  });
});

describe('the precedence of the verification', () => {
  const jobs: JobJudgement = { failed: [], ignored: [], warnings: [], unreadable: [], delay: { required: false, holds: false, jobs: [] } };
  const differs = judgeChecks(rules({ checks: { a: resultOf([detail('orders', { DiffCount: 3 })]) } }));
  const checking = judgeChecks(rules({ readings: { a: view({ Status: 'Checking' }) } }));
  const unreadable = judgeChecks(rules({ mode: 'required', checks: { a: { kind: 'refused', code: 'Forbidden.RAM', message: 'm' } } }));
  const failedJob = { ...jobs, failed: [{ jobId: 'a', status: 'Failed', state: 'Failed' as const, error: '', items: [] }] };

  it('a failed job, then failed objects, then the tables, then what cannot be read, then the wait', () => {
    expect(precedence(undefined, failedJob, false, differs)).toEqual({ status: 'failed', decidedBy: 'job-failed' });
    expect(precedence('failed', jobs, false, differs)).toEqual({ status: 'failed', decidedBy: 'objects' });
    // Tables that differ fail the gate at once, objects still pending or not.
    expect(precedence(undefined, jobs, false, differs)).toEqual({ status: 'failed', decidedBy: 'data-check' });
    expect(precedence('finished', jobs, false, unreadable)).toEqual({ status: 'error', decidedBy: 'data-check' });
    expect(precedence('finished', { ...jobs, unreadable: [{ jobId: 'a', code: 'c', message: 'm' }] }, false, unreadable)).toEqual({
      status: 'error',
      decidedBy: 'job-unreadable'
    });
    expect(precedence('finished', jobs, false, checking)).toEqual({ status: undefined, decidedBy: 'data-check' });
    expect(precedence('finished', jobs, true, checking)).toEqual({ status: 'timeout', decidedBy: 'data-check' });
    expect(precedence('timeout', jobs, true, checking)).toEqual({ status: 'timeout', decidedBy: 'objects' });
    expect(precedence('finished', jobs, false, judgeChecks(rules({ checks: { a: resultOf([]) } })))).toEqual({
      status: 'finished',
      decidedBy: 'objects'
    });
  });
});

describe('the outputs of the verification', () => {
  it('data-check per job from the last poll, "" and 0 where not configured or not read; differing-tables over all jobs', () => {
    const checks = {
      a: resultOf([detail('orders', { DiffCount: 3 }), detail('carts', { DiffCount: '7' }), detail('refunds', { Status: '5' })])
    };
    const judged = judgeChecks(rules({ checks, ignored: ignoreMatcher(['shop.carts']) }));
    expect(JSON.parse(dataCheckOutput(['a', 'b'], judged))).toEqual({
      a: { status: 'Finished', percent: 100, tables: 12, differing: 2, failed: 1, diffRows: 10 },
      b: { status: '', percent: 0, tables: 0, differing: 0, failed: 0, diffRows: 0 }
    });
    expect(differingTables(judged)).toBe(2);
    expect(JSON.parse(dataCheckOutput(['a'], undefined))).toEqual({
      a: { status: '', percent: 0, tables: 0, differing: 0, failed: 0, diffRows: 0 }
    });
    expect(differingTables(undefined)).toBe(0);
  });
});
