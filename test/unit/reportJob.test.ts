/**
 * What the reporters make of the job as a whole, over snapshots made by the real aggregator: the
 * poll line, the failure message and its bound, the outputs on every outcome, the report file.
 */
import { describe, expect, it } from '@jest/globals';
import type { JobContext } from '../../src/core/aggregate.js';
import type { ClassifiedObject } from '../../src/core/types.js';
import { outputsOf } from '../../src/report/outputs.js';
import { renderFailureMessage } from '../../src/report/render/failure.js';
import { renderPollLine, waitingLine } from '../../src/report/render/log.js';
import { reportOf } from '../../src/report/reportFile.js';
import { PRECHECK_FAILED_ANSWER, readingOf, refusedReading } from '../support/jobs.js';
import { makeObject, makeSnapshot, makeVerdict } from '../support/objects.js';

const data = (name: string, finished: number, total: number, state: ClassifiedObject['state'] = 'Migrating') =>
  makeObject({ section: 'data', name, state, finishedRows: String(finished), totalRows: String(total) });

describe('the poll line', () => {
  it('closes each job with its state and the line with the rows copied, the rate and the time left', () => {
    const objects = [data('a', 1000, 1000, 'Finished'), data('b', 200, 1000), data('c', 0, 1000, 'NotStarted')];
    const context: Parameters<typeof makeSnapshot>[3] = {
      jobs: { dtsjob1: readingOf({ Status: 'Initializing' }) },
      samples: [
        { atMs: 30_000, doneRows: 0n, entries: 3 },
        { atMs: 60_000, doneRows: 600n, entries: 3 }
      ]
    };
    expect(renderPollLine(makeSnapshot(objects, 3, ['dtsjob1'], context))).toBe(
      'poll 3 · dtsjob1: data 1/3 (1 migrating, 1 not started), job initializing · 2 pending · rows 1,200 of 3,000 (40%), 20 rows/s, about 1m 30s left'
    );
  });

  it('says the precheck percent, a pause, the delay and a refused call; nothing of a job not asked', () => {
    const line = (jobs: JobContext['jobs']) => renderPollLine(makeSnapshot([], 1, ['dtsjob1'], jobs ? { jobs } : {}));
    expect(line({ dtsjob1: readingOf({ Status: 'Prechecking', PrecheckStatus: { Percent: '45' } }) })).toBe(
      'poll 1 · dtsjob1: no objects reported yet, job precheck 45% · 1 job with no objects reported yet'
    );
    expect(line({ dtsjob1: readingOf({ Status: 'suspending' }) })).toContain('dtsjob1: no objects reported yet, job paused ·');
    expect(line({ dtsjob1: readingOf({ Status: 'Synchronizing', DelayMillis: 1200 }) })).toContain(', job synchronizing, delay 1.2s ·');
    expect(line({ dtsjob1: refusedReading() })).toContain(', job state not readable ·');
    expect(line(undefined)).toBe('poll 1 · dtsjob1: no objects reported yet · 1 job with no objects reported yet');
  });

  it('names max-delay in the first line', () => {
    const wait = { jobIds: ['a'], region: 'cn-hangzhou', timeoutMs: 60_000, pollIntervalMs: 1000 };
    expect(waitingLine({ ...wait, maxDelayMs: 5000 }, 'inputs')).toBe(
      'Waiting on DTS job a in cn-hangzhou (timeout 1m 00s, poll every 1s, until the replication delay is at most 5s; credentials from inputs).'
    );
    expect(waitingLine(wait, 'inputs')).not.toContain('replication delay');
  });
});

describe('the failure message', () => {
  it('says the failed job first, then the failed objects', () => {
    const failed = makeObject({ section: 'data', name: 'orders', state: 'Failed', error: 'Duplicate entry' });
    const snapshot = makeSnapshot([failed], 2, ['dtsjob1'], { jobs: { dtsjob1: readingOf(PRECHECK_FAILED_ANSWER) } });
    expect(renderFailureMessage(makeVerdict({ status: 'failed', fail: true, decidedBy: 'job-failed', snapshot })).split('\n')).toEqual([
      'DTS job dtsjob1 failed as a whole:',
      "- job dtsjob1: precheck failed: CHECK_SRC_BINLOG_FORMAT: binlog_format is STATEMENT (repair: Run SET GLOBAL binlog_format = 'ROW'); CHECK_DEST_PRIVILEGE: no CREATE privilege",
      '1 object failed in DTS initialization:',
      '- dtsjob1/data dtstestdata.orders: Duplicate entry'
    ]);
  });

  it('stays within 1,500 characters with many failed jobs of long errors, naming the first five', () => {
    const jobIds = Array.from({ length: 12 }, (_, i) => `dtsjob${i}`);
    const jobs = Object.fromEntries(jobIds.map((id) => [id, readingOf({ Status: 'Failed', ErrorMessage: `${id} `.repeat(400) })]));
    const failures = Array.from({ length: 20 }, (_, i) =>
      makeObject({ jobId: 'dtsjob0', section: 'data', name: `t${i}`, state: 'Failed', error: 'x'.repeat(900) })
    );
    const snapshot = makeSnapshot(failures, 2, jobIds, { jobs });
    const message = renderFailureMessage(makeVerdict({ status: 'failed', fail: true, decidedBy: 'job-failed', snapshot }));
    expect(message.length).toBeLessThanOrEqual(1500);
    expect(message.startsWith('12 DTS jobs failed as a whole:\n- job dtsjob0: failed: dtsjob0 dtsjob0')).toBe(true);
    expect(message).toContain('- job dtsjob4: failed:');
    expect(message).not.toContain('- job dtsjob5:');
    // Every job that failed is named, the five first with their reasons.
    expect(message).toContain('- and 7 more jobs: dtsjob5, dtsjob6, dtsjob7, dtsjob8, dtsjob9, dtsjob10, dtsjob11');
  });

  it('names the delays and the limit at a timeout by the delay', () => {
    const jobs = { dtsjob1: readingOf({ Status: 'Synchronizing', Delay: '42' }) };
    const snapshot = makeSnapshot([makeObject()], 4, ['dtsjob1'], { jobs, maxDelayMs: 5000 });
    expect(renderFailureMessage(makeVerdict({ status: 'timeout', fail: true, decidedBy: 'delay', elapsedMs: 180_000, snapshot }))).toBe(
      'Timed out after 3m 00s: the replication delay did not come down to max-delay 5s: dtsjob1 42s (above the limit).'
    );
  });
});

describe('the outputs', () => {
  it('says each job status, the delay, the progress and the time left', () => {
    const objects = [data('a', 1000, 1000, 'Finished'), data('b', 500, 1000)];
    const context: Parameters<typeof makeSnapshot>[3] = {
      jobs: { a1: readingOf({ Status: 'synchronizing', DelayMillis: 1500 }), b2: readingOf({ Status: 'Initializing', Delay: '0' }) },
      samples: [{ atMs: 30_000, doneRows: 1000n, entries: 2 }]
    };
    const outputs = outputsOf(makeVerdict({ status: 'timeout', snapshot: makeSnapshot(objects, 2, ['a1', 'b2'], context) }), '/r.json');
    expect(outputs).toMatchObject({
      'job-status': '{"a1":"synchronizing","b2":"Initializing"}',
      // b2 initializes: its delay is not known, so neither is the largest.
      'delay-seconds': '',
      progress: '75',
      'eta-seconds': '30'
    });
  });

  it('leaves what was not read empty, on every outcome', () => {
    const refused = makeSnapshot([], 1, ['a1', 'b2'], { jobs: { a1: refusedReading(), b2: readingOf({ Status: 'Synchronizing' }) } });
    expect(outputsOf(makeVerdict({ status: 'finished', snapshot: refused }), '')).toMatchObject({
      'job-status': '{"a1":"","b2":"Synchronizing"}',
      'delay-seconds': '', // one delay unknown: the largest of the others could mislead
      progress: '',
      'eta-seconds': ''
    });
    expect(outputsOf(makeVerdict({ status: 'error' }), '', ['a1'])).toMatchObject({
      status: 'error',
      'job-status': '{"a1":""}',
      'delay-seconds': '',
      progress: '',
      'eta-seconds': ''
    });
  });
});

describe('the report file', () => {
  it('has each job as read, the failed jobs, the progress with exact counts, the delay and what decided', () => {
    const big = '123456789012345678901234567890';
    const objects = [data('a', 0, 0), makeObject({ section: 'data', name: 'huge', state: 'Migrating', finishedRows: big, totalRows: big })];
    const context: Parameters<typeof makeSnapshot>[3] = { jobs: { a1: readingOf(PRECHECK_FAILED_ANSWER), b2: refusedReading() } };
    const verdict = makeVerdict({
      status: 'failed',
      fail: true,
      decidedBy: 'job-failed',
      snapshot: makeSnapshot(objects, 1, ['a1', 'b2'], context)
    });
    const report = JSON.parse(JSON.stringify(reportOf(verdict, { jobIds: ['a1', 'b2'], region: 'r', startedAt: 0 }))) as Record<
      string,
      unknown
    >;
    expect(report).toMatchObject({
      decidedBy: 'job-failed',
      jobs: [
        { jobId: 'a1', reading: 'read', status: 'precheckFailed', state: 'PrecheckFailed', precheck: { itemCount: 3 }, delayMs: null },
        { jobId: 'b2', reading: 'refused', code: 'Forbidden.RAM' }
      ],
      failedJobs: [{ jobId: 'a1', items: [{ name: 'CHECK_SRC_BINLOG_FORMAT' }, { name: 'CHECK_DEST_PRIVILEGE' }] }],
      progress: {
        entries: 2,
        finishedEntries: 0,
        copiedRows: big,
        totalRows: big,
        percent: 99.9,
        rateRowsPerSecond: null,
        etaSeconds: null
      },
      delay: { required: false, holds: false }
    });
  });
});
