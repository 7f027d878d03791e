/**
 * What the log, the summary, the failure message, the annotations, the verdict's sentence and
 * the report file say of a full data verification, over judgements made by the real rules.
 */
import { describe, expect, it } from '@jest/globals';
import { judgeChecks } from '../../src/core/checkRules.js';
import type { CheckReading } from '../../src/core/checkTypes.js';
import { ignoreMatcher } from '../../src/core/ignore.js';
import type { JobIdentity, JobReading } from '../../src/core/jobTypes.js';
import { readTaskEntry } from '../../src/core/jobView.js';
import type { Snapshot } from '../../src/core/types.js';
import { failedCheckAnnotation, jobWarningText, tableAnnotation } from '../../src/report/render/annotations.js';
import { checkPollPart, errorCodeText, reasonText } from '../../src/report/render/checkWords.js';
import { renderFailureMessage } from '../../src/report/render/failure.js';
import { renderPollLine } from '../../src/report/render/log.js';
import { renderSummary } from '../../src/report/render/summary/page.js';
import { verdictNotes, verdictSentence } from '../../src/report/render/verdict.js';
import { reportOf } from '../../src/report/reportFile.js';
import { checkResultOf, tableDetail } from '../support/checks.js';
import { makeObject, makeSnapshot, makeVerdict } from '../support/objects.js';

const JOB: JobIdentity = { id: 'dtsjob1', instanceId: 'dtsjob1', taskId: 'task1', listed: true, fullDataCheck: true };
const view = (check: Record<string, unknown>): JobReading => ({
  kind: 'read',
  job: readTaskEntry({ DtsJobId: 'task1', DtsInstanceID: 'dtsjob1', Status: 'Synchronizing', FullDataCheckStatus: check }, 1000).job
});
const table = tableDetail;
const result = (tables: Array<Record<string, unknown>>): CheckReading => checkResultOf(tables);

/** A snapshot of one finished job with its verification as given, judged by the real rules. */
function snapshotWith(check: Record<string, unknown>, checks?: Record<string, CheckReading>, ignore: string[] = []): Snapshot {
  const snapshot = makeSnapshot([makeObject()], 3, ['dtsjob1'], { jobs: { dtsjob1: view(check) }, identities: [JOB] });
  snapshot.dataCheck = judgeChecks({
    jobIds: ['dtsjob1'],
    mode: 'auto',
    identities: { dtsjob1: JOB },
    readings: snapshot.jobs,
    ...(checks && { checks }),
    ignored: ignoreMatcher(ignore)
  });
  return snapshot;
}

const DIFFERING = {
  dtsjob1: result([table('order_items', { DiffCount: 3 }), table('refunds', { Status: '5', ErrorCode: 3, FinishCount: 0 }), table('carts')])
};

describe('the poll line', () => {
  it('says where the verification is, and its result once read', () => {
    const line = (check: Record<string, unknown>, checks?: Record<string, CheckReading>) => renderPollLine(snapshotWith(check, checks));
    expect(line({ Status: 'NotStarted' })).toContain(', verification not started ·');
    expect(line({ Status: 'Checking', Percent: '45', Progress: '1 rows/s (row: 5/5, table: 1/1)' })).toContain(
      ', verification checking 45%, 1 rows/s (row: 5/5, table: 1/1) ·'
    );
    expect(line({ Status: 'Failed' })).toContain(', verification failed ·');
    expect(line({ Status: 'Finished' }, { dtsjob1: result([]) })).toContain(', verification finished: 12 tables, every one the same ·');
    expect(line({ Status: 'Finished' }, DIFFERING)).toContain(
      ', verification finished: 12 tables checked: 1 table that differs and 1 whose check failed ·'
    );
    expect(line({ Status: 'Finished' }, { dtsjob1: { kind: 'refused', code: 'Forbidden.RAM', message: 'no' } })).toContain(
      ', verification not readable ·'
    );
    expect(checkPollPart(undefined, 'dtsjob1')).toBe('');
  });
});

describe('a table that fails', () => {
  it('says why: the rows that differ, or what the error code means', () => {
    expect([1, 2, 3, 4, 9].map(errorCodeText)).toEqual([
      'ErrorCode 1: too many tables without a primary key',
      'ErrorCode 2: more than 300 rows differ',
      'ErrorCode 3: the table does not exist',
      'ErrorCode 4: an SQL error',
      'ErrorCode 9'
    ]);
    const { failedTables } = snapshotWith({ Status: 'Finished' }, DIFFERING).dataCheck!;
    expect(failedTables.map(reasonText)).toEqual(['3 rows differ', 'check failed (status 5, ErrorCode 3: the table does not exist)']);
    expect(tableAnnotation(failedTables[0]!)).toEqual({
      title: 'DTS data differs: shop.order_items',
      message:
        'Job dtsjob1, full data verification: shop.order_items: 3 rows differ; 1,000 of 1,000 rows checked (checked 2026-01-18 11:26:59).'
    });
    expect(tableAnnotation(failedTables[1]!).title).toBe('DTS data verification failed: shop.refunds');
    expect(failedCheckAnnotation('dtsjob1', 'Access denied')).toEqual({
      title: 'DTS data verification failed: dtsjob1',
      message: 'Job dtsjob1: the full data verification failed. Error: Access denied'
    });
  });

  it('is in the summary’s head and its "What failed", source and destination, rows that differ, rows checked', () => {
    const snapshot = snapshotWith(
      { Status: 'Finished' },
      {
        dtsjob1: result([
          table('order_items', { DiffCount: 3, TargetTbName: 'order_items_v2' }),
          table('refunds', { Status: '5', ErrorCode: 3 })
        ])
      }
    );
    const summary = renderSummary({
      verdict: makeVerdict({ status: 'failed', fail: true, decidedBy: 'data-check', snapshot }),
      region: 'r',
      jobIds: ['dtsjob1']
    });
    expect(summary).toContain('**Full data verification:** ❌ 12 tables checked: 1 table that differs and 1 whose check failed');
    expect(summary).toContain(
      '- ❌ **shop.order\\_items** → shop.order\\_items\\_v2 · data verification\n  > 3 rows differ · 1,000 of 1,000 rows checked'
    );
    expect(summary).toContain(
      '- ❌ **shop.refunds** · data verification\n  > check failed (status 5, ErrorCode 3: the table does not exist)'
    );
    expect(summary.indexOf('### What failed')).toBeLessThan(summary.indexOf('### Counts'));
  });

  it('ignored, it is shown as ignored and fails nothing', () => {
    const snapshot = snapshotWith({ Status: 'Finished' }, DIFFERING, ['shop.order_items', 'shop.refunds']);
    expect(snapshot.dataCheck!.holds).toBe(true);
    const summary = renderSummary({ verdict: makeVerdict({ snapshot }), region: 'r', jobIds: ['dtsjob1'] });
    expect(summary).toContain('- ⚠️ Differs (ignored): **shop.order\\_items** · data verification');
    expect(summary).toContain('- ⚠️ Check failed (ignored): **shop.refunds** · data verification');
    expect(summary).toContain('**Full data verification:** ✅ 12 tables checked, 2 ignored, every other one the same');
  });
});

describe('the verdict', () => {
  it('failed: the sentence and the failure message name the tables', () => {
    const snapshot = snapshotWith({ Status: 'Finished' }, DIFFERING);
    const verdict = makeVerdict({ status: 'failed', fail: true, decidedBy: 'data-check', snapshot });
    expect(verdictSentence(verdict)).toBe(
      'Initial synchronization failed: the full data verification found 1 table that differs and 1 whose check failed.'
    );
    expect(renderFailureMessage(verdict).split('\n')).toEqual([
      'The full data verification found 1 table that differs and 1 whose check failed:',
      '- shop.order_items: 3 rows differ, 1,000 of 1,000 rows checked',
      '- shop.refunds: check failed (status 5, ErrorCode 3: the table does not exist), 0 of 1,000 rows checked'
    ]);
  });

  it('a verification that failed as a whole: its error in the failure message', () => {
    const snapshot = snapshotWith({ Status: 'Failed', ErrorMessage: 'DTS-100048 Access denied for user dts_checker' });
    const verdict = makeVerdict({ status: 'failed', fail: true, decidedBy: 'data-check', snapshot });
    expect(verdictSentence(verdict)).toBe('Initial synchronization failed: the full data verification of job dtsjob1 failed.');
    expect(renderFailureMessage(verdict)).toBe(
      'The full data verification of job dtsjob1 failed: DTS-100048 Access denied for user dts_checker.'
    );
    const summary = renderSummary({ verdict, region: 'r', jobIds: ['dtsjob1'] });
    expect(summary).toContain(
      '- ❌ **Full data verification of job dtsjob1** · failed\n  > DTS-100048 Access denied for user dts\\_checker'
    );
  });

  it('timeout while it checks; finished once it passed; cancelled with a note', () => {
    const checking = snapshotWith({ Status: 'Checking', Percent: '45' });
    const timeout = makeVerdict({ status: 'timeout', fail: true, decidedBy: 'data-check', snapshot: checking, elapsedMs: 60_000 });
    expect(verdictSentence(timeout)).toBe('Timed out waiting for the full data verification of job dtsjob1 (verification checking 45%).');
    expect(renderFailureMessage(timeout)).toBe(
      'Timed out after 1m 00s waiting for the full data verification:\n- job dtsjob1: verification checking 45%'
    );
    expect(verdictNotes(makeVerdict({ status: 'cancelled', fail: true, snapshot: checking }))).toContain(
      'The full data verification of job dtsjob1 (verification checking 45%) has not finished.'
    );
    const passed = makeVerdict({ snapshot: snapshotWith({ Status: 'Finished' }, { dtsjob1: result([]) }) });
    expect(verdictSentence(passed)).toMatch(/; full data verification passed on 1 job\.$/);
  });

  it('error when data-check: true cannot read a verification; a warning of a refusal with auto', () => {
    const snapshot = snapshotWith(
      { Status: 'Finished' },
      { dtsjob1: { kind: 'refused', code: 'Forbidden.RAM', message: 'allow dts:DescribeDataCheckTableDetails' } }
    );
    snapshot.dataCheck = {
      ...snapshot.dataCheck!,
      unreadable: [{ jobId: 'dtsjob1', code: 'Forbidden.RAM', message: 'allow dts:DescribeDataCheckTableDetails' }]
    };
    expect(verdictSentence(makeVerdict({ status: 'error', fail: true, decidedBy: 'data-check', snapshot }))).toBe(
      'data-check: true needs the full data verification of every job, but that of job dtsjob1 could not be read: allow dts:DescribeDataCheckTableDetails'
    );
    const [warning] = snapshotWith(
      { Status: 'Finished' },
      { dtsjob1: { kind: 'refused', code: 'Forbidden.RAM', message: 'no permission' } }
    ).dataCheck!.warnings;
    expect(jobWarningText(warning!)).toEqual({
      title: 'DTS data verification not readable',
      message:
        'Could not read the result of the full data verification of job dtsjob1 (DescribeDataCheckTableDetails): no permission. ' +
        'Its verification is shown as not readable, and the objects decide (with data-check: true the run would end in error).'
    });
  });
});

describe('the report file', () => {
  it('has each job’s verification and every table that differs or failed, the ignored ones too', () => {
    const snapshot = snapshotWith({ Status: 'Finished', Percent: '100' }, DIFFERING, ['shop.refunds']);
    const report = reportOf(makeVerdict({ status: 'failed', fail: true, snapshot }), {
      jobIds: ['dtsjob1'],
      region: 'r',
      startedAt: 0
    }) as {
      dataCheck: { jobs: object[]; failedTables: object[]; ignoredTables: object[] };
    };
    expect(report.dataCheck.jobs).toEqual([
      expect.objectContaining({
        jobId: 'dtsjob1',
        standing: 'differs',
        tables: 12,
        differing: 1,
        failedChecks: 1,
        listedEveryTableCounted: true
      })
    ]);
    expect(report.dataCheck.failedTables).toEqual([
      expect.objectContaining({ sourceTable: 'order_items', diffRows: '3', finding: 'differs' })
    ]);
    expect(report.dataCheck.ignoredTables).toEqual([expect.objectContaining({ sourceTable: 'refunds', errorCode: 3, ignored: true })]);
  });
});
