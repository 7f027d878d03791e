/**
 * What the log line, the outputs, the warnings, the annotations, the failure message and the
 * summary say of the job as a whole (src/report/render/jobWords.ts, annotations.ts, log.ts and src/report/outputs.ts), over readings made by the core.
 */
import { describe, expect, it } from '@jest/globals';
import { judgeJobs } from '../../src/core/jobRules.js';
import type { FailedJob, JobReading } from '../../src/core/jobTypes.js';
import { progressOf } from '../../src/core/progress.js';
import { delaySecondsOutput, etaOutput, jobStatusOutput, progressOutput } from '../../src/report/outputs.js';
import { failedJobAnnotation, jobWarningText } from '../../src/report/render/annotations.js';
import { formatDelay, formatPercent, formatRate } from '../../src/report/render/format.js';
import { delayNote, failedJobLine, statusWord, unreadableText } from '../../src/report/render/jobWords.js';
import { jobPollPart, progressPart } from '../../src/report/render/log.js';
import { PRECHECK_FAILED_ANSWER, readingOf, refusedReading } from '../support/jobs.js';

const read = readingOf;
const REFUSED = refusedReading();
const PRECHECK_FAILURE: FailedJob = {
  ...judgeJobs({ jobIds: ['dtsjob1'], readings: { dtsjob1: read(PRECHECK_FAILED_ANSWER) }, objects: {} }).failed[0]!
};

describe('formatting', () => {
  it('writes delays to the millisecond below a minute, rates and percentages', () => {
    expect([0, 850, 1000, 4600, 5040, 42_000, 59_999, 125_000].map(formatDelay)).toEqual([
      '0ms',
      '850ms',
      '1s',
      '4.6s',
      '5.04s',
      '42s',
      '59.999s',
      '2m 05s'
    ]);
    expect([formatRate(12_345.6), formatRate(3.46), formatRate(0.04)]).toEqual(['12,346 rows/s', '3.5 rows/s', '0 rows/s']);
    expect([formatPercent(100), formatPercent(31.7), formatPercent(0), formatPercent(99.95)]).toEqual(['100', '31.7', '0', '99.9']);
  });

  it('shows a status from DTS on one safe line that cannot steer the runner', () => {
    expect(statusWord('Rebooting')).toBe('Rebooting');
    expect(statusWord('##[error]x')).toBe('## [error]x');
    expect(statusWord('::set-output name=x::y\nz')).toBe(': :set-output name=x::y z');
    expect(statusWord('')).toBe('(none)');
    expect(statusWord('a'.repeat(100))).toHaveLength(40);
  });
});

describe('the poll line', () => {
  it('shows the precheck percent, the state in words, paused, and the delay', () => {
    expect(jobPollPart(read({ Status: 'Prechecking', PrecheckStatus: { Percent: '45' } }))).toBe('job precheck 45%');
    expect(jobPollPart(read({ Status: 'prechecking' }))).toBe('job prechecking');
    expect(jobPollPart(read({ Status: 'Suspending' }))).toBe('job paused');
    expect(jobPollPart(read({ Status: 'Initializating' }))).toBe('job initializing');
    expect(jobPollPart(read({ Status: 'synchronizing', DelayMillis: 1200 }))).toBe('job synchronizing, delay 1.2s');
    expect(jobPollPart(read({ Status: '##[warning]Rebooting' }))).toBe('job unknown state ## [warning]Rebooting');
    expect(jobPollPart(REFUSED)).toBe('job state not readable');
    expect([jobPollPart({ kind: 'not-asked' }), jobPollPart(undefined)]).toEqual(['', '']);
  });

  it('shows rows copied of total with the percentage, the rate and the time left', () => {
    const progress = progressOf([
      { section: 'data', state: 'Migrating', finishedRows: '1234567', totalRows: '2000000' },
      { section: 'data', state: 'NotStarted', finishedRows: '0', totalRows: '0' }
    ]);
    expect(progressPart(progress, 12_345, 62)).toBe('rows 1,234,567 of 2,000,000 (61.7%), 12,345 rows/s, about 1m 02s left');
    expect(progressPart(progress, undefined, undefined)).toBe('rows 1,234,567 of 2,000,000 (61.7%)');
    expect(progressPart(progressOf([]), 5, 5)).toBe('');
    const done = progressOf([{ section: 'data', state: 'Finished', finishedRows: '536025', totalRows: '536025' }]);
    expect(progressPart(done, 89_338, undefined)).toBe('rows 536,025 of 536,025 (100%)');
  });
});

describe('outputs', () => {
  it('job-status: each job its status as DTS wrote it, "" where it was not read', () => {
    const readings = { a: read({ Status: 'synchronizing' }), b: REFUSED, c: { kind: 'not-asked' } as JobReading };
    expect(JSON.parse(jobStatusOutput(['a', 'b', 'c', 'd'], readings))).toEqual({ a: 'synchronizing', b: '', c: '', d: '' });
  });

  it('delay-seconds is the largest delay when every one is known; progress and eta-seconds are empty when unknown', () => {
    const known = judgeJobs({
      jobIds: ['a', 'b'],
      readings: { a: read({ Status: 'Synchronizing', DelayMillis: 1500 }), b: read({ Status: 'Synchronizing', Delay: '0' }) },
      objects: {}
    });
    const partly = judgeJobs({
      jobIds: ['a', 'b'],
      readings: { a: read({ Status: 'Synchronizing', DelayMillis: 1500 }), b: read({ Status: 'Initializing', Delay: '0' }) },
      objects: {}
    });
    expect([delaySecondsOutput(known.delay), delaySecondsOutput(partly.delay)]).toEqual(['1.5', '']);
    expect(progressOutput(progressOf([{ section: 'data', state: 'Migrating', finishedRows: '1', totalRows: '3' }]))).toBe('33.3');
    expect(progressOutput(progressOf([]))).toBe('');
    expect([etaOutput(42), etaOutput(undefined)]).toEqual(['42', '']);
  });
});

describe('failures', () => {
  it('a failed precheck names every failed check with its error and repair method, in one line', () => {
    expect(failedJobLine(PRECHECK_FAILURE)).toBe(
      "job dtsjob1: precheck failed: CHECK_SRC_BINLOG_FORMAT: binlog_format is STATEMENT (repair: Run SET GLOBAL binlog_format = 'ROW'); CHECK_DEST_PRIVILEGE: no CREATE privilege"
    );
    const failed: FailedJob = { jobId: 'dtsjob2', status: 'Failed', state: 'Failed', error: 'disk\nfull', items: [] };
    expect(failedJobLine(failed)).toBe('job dtsjob2: failed: disk full');
    expect(failedJobLine({ ...failed, error: '' })).toBe('job dtsjob2: failed (DTS gave no reason)');
    const many = { ...PRECHECK_FAILURE, error: 'x'.repeat(2000), items: Array.from({ length: 9 }, () => PRECHECK_FAILURE.items[0]!) };
    const line = failedJobLine(many, 600);
    expect(line.length).toBeLessThanOrEqual(600);
    expect(failedJobLine({ ...many, error: '' }, 5000)).toContain('and 4 more failed checks');
  });

  it('the annotation of a failed job has its reason and how to repair each failed check', () => {
    const { title, message } = failedJobAnnotation(PRECHECK_FAILURE);
    expect(title).toBe('DTS job failed: dtsjob1 (precheck failed)');
    expect(message.split('\n')).toEqual([
      'Job dtsjob1: precheck failed (status precheckFailed).',
      'Check CHECK_SRC_BINLOG_FORMAT failed: binlog_format is STATEMENT',
      "  How to repair: Run SET GLOBAL binlog_format = 'ROW'",
      'Check CHECK_DEST_PRIVILEGE failed: no CREATE privilege'
    ]);
    const init = failedJobAnnotation({ jobId: 'j', status: 'InitializeFailed', state: 'InitializeFailed', error: 'boom', items: [] });
    expect(init.message).toBe('Job j: initialization failed (status InitializeFailed).\nError: boom');
    expect(failedJobAnnotation({ ...PRECHECK_FAILURE, error: 'e'.repeat(9000), items: [] }).message.length).toBeLessThan(4000);
  });

  it('with max-delay, a job state that could not be read is an error that says why', () => {
    const text = unreadableText([{ jobId: 'a', message: REFUSED.kind === 'refused' ? REFUSED.message : '' }]);
    expect(text).toMatch(
      /^max-delay needs the replication delay of every job, but the state of job a could not be read: DTS refused the call: Forbidden\.RAM/
    );
    expect(text).toContain('dts:DescribeSynchronizationJobStatus');
    expect(unreadableText([])).toBe('');
  });
});

describe('warnings', () => {
  const warnings = (readings: Record<string, JobReading>, objects = {}) =>
    judgeJobs({ jobIds: Object.keys(readings), readings, objects }).warnings.map(jobWarningText);

  it('says what each warning means for the wait', () => {
    expect(warnings({ a: read({ Status: 'Suspending' }) })).toEqual([
      { title: 'DTS job paused', message: 'Job a is paused (Suspending): it will not move until it is resumed. The wait goes on.' }
    ]);
    expect(warnings({ a: read({ Status: 'Rebooting' }) })[0]?.message).toBe(
      'Job a reports the state "Rebooting", which the gate does not know: it has no effect on the wait.'
    );
    expect(warnings({ a: read({}) })[0]?.message).toBe('Job a answered without a state: it has no effect on the wait.');
    const refused = warnings({ a: REFUSED, b: REFUSED })[0];
    expect(refused?.title).toBe('DTS job state not readable');
    expect(refused?.message).toMatch(
      /^Could not read the state of jobs a, b as a whole \(DescribeSynchronizationJobStatus\): DTS refused the call: Forbidden\.RAM/
    );
    expect(refused?.message).toContain('must allow dts:DescribeSynchronizationJobStatus');
    expect(refused?.message).toContain('Going on with the object lists alone');
    const ignored = warnings(
      { a: read({ Status: 'InitializeFailed', ErrorMessage: 'tmp failed' }) },
      { a: { failed: 0, ignored: 1, pending: 0 } }
    )[0];
    expect(ignored?.message).toBe(
      'job a: initialization failed: tmp failed. Every object the job lists as failed is matched by ignore, so its failure is reported as ignored and is not counted as a failure.'
    );
  });
});

describe('the delay note of the summary', () => {
  it('says the delays and the limit when the delay kept the run from finishing', () => {
    const readings = {
      a: read({ Status: 'Synchronizing', DelayMillis: 42_000 }),
      b: read({ Status: 'Synchronizing' }),
      c: read({ Status: 'Initializing', Delay: '0' }),
      d: read({ Status: 'Synchronizing', Delay: '1' })
    };
    const check = judgeJobs({ jobIds: Object.keys(readings), readings, objects: {}, maxDelayMs: 5000 }).delay;
    expect(delayNote(check)).toBe(
      // c answers Delay 0 while it still initializes: that is no delay, and no figure is shown.
      'The replication delay did not come down to max-delay 5s: a 42s (above the limit), b not known, c not replicating yet, d 1s.'
    );
    const low = judgeJobs({ jobIds: ['d'], readings: { d: readings.d }, objects: {}, maxDelayMs: 5000 }).delay;
    expect(delayNote(low)).toBe('');
    expect(delayNote(judgeJobs({ jobIds: ['a'], readings, objects: {} }).delay)).toBe('');
  });
});
