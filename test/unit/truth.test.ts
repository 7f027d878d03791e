/**
 * Every statement true: for each way the gate once said something DTS had not answered, a test at
 * the level where the rule lives (the core, the poll step, or the words).
 */
import { describe, expect, it } from '@jest/globals';
import { snapshotOf } from '../../src/core/aggregate.js';
import { ignoreMatcher } from '../../src/core/ignore.js';
import { delayOf, readJobStatus } from '../../src/core/job.js';
import type { JobReading } from '../../src/core/jobTypes.js';
import type { DtsObject, PollReadings } from '../../src/core/types.js';
import { decide } from '../../src/core/verdict.js';
import { handlingOf } from '../../src/dts/policy.js';
import { DtsApiError } from '../../src/errors.js';
import { FIRST_POLL, MAX_WARNINGS_PER_KIND, step, type PollMemory, type StepSettings } from '../../src/poll/step.js';
import { outputsOf } from '../../src/report/outputs.js';
import { leftOutWarningText } from '../../src/report/render/annotations.js';
import { renderFailureMessage } from '../../src/report/render/failure.js';
import { formatDelay, formatDuration, formatThousands } from '../../src/report/render/format.js';
import { renderPollLine } from '../../src/report/render/log.js';
import { renderSummary } from '../../src/report/render/summary/page.js';
import { verdictSentence } from '../../src/report/render/verdict.js';
import { reportOf } from '../../src/report/reportFile.js';
import { readingOf, refusedReading } from '../support/jobs.js';
import { dtsObject, makeObject, makeSnapshot, makeVerdict } from '../support/objects.js';

const obj = dtsObject;

const settingsOf = (jobIds: string[], extra: Partial<StepSettings> = {}): StepSettings => ({
  jobIds,
  ignored: ignoreMatcher([]),
  failFast: false,
  failOnTimeout: true,
  budget: { startedAt: 0, deadline: 1_000_000 },
  ...extra
});

/** The readings of one poll: the objects of each job, and what each job's state call gave. */
function readings(objects: DtsObject[], jobs: Record<string, JobReading>): PollReadings {
  const lists: PollReadings['lists'] = {};
  for (const id of Object.keys(jobs)) lists[id] = { objects: objects.filter((o) => o.jobId === id), lastPage: 1, shifted: false };
  return { lists, jobs, calls: 1 };
}

/** Runs the step over `polls` (each at 10 s), returning every result. */
function run(polls: PollReadings[], settings: StepSettings) {
  let memory: PollMemory = FIRST_POLL;
  return polls.map((r, i) => {
    const at = (i + 1) * 10_000;
    const result = step(memory, { kind: 'read', readings: r }, { startedAt: at, endedAt: at, last: false }, settings);
    memory = result.memory;
    return result;
  });
}

describe('a job that failed as a whole', () => {
  it('ends the wait at the poll that sees it, failed, when the ignore covers its failed objects but it left objects pending', () => {
    const settings = settingsOf(['dtsa'], { ignored: ignoreMatcher(['tmp.*']) });
    const copying = [obj('dtsa', 'scratch', 'Migrating', 'data', 'tmp'), obj('dtsa', 'orders', 'Migrating')];
    const dead = [obj('dtsa', 'scratch', 'Failed', 'data', 'tmp'), obj('dtsa', 'orders', 'Migrating')];
    const [first, second] = run(
      [
        readings(copying, { dtsa: readingOf({ Status: 'Initializing' }) }),
        readings(dead, { dtsa: readingOf({ Status: 'InitializeFailed', ErrorMessage: 'disk full' }) })
      ],
      settings
    );
    expect(first!.verdict).toBeUndefined();
    expect(second!.verdict).toMatchObject({ status: 'failed', decidedBy: 'job-failed', polls: 2 });
    const verdict = second!.verdict!;
    expect(verdict.snapshot!.jobJudgement.failed).toEqual([expect.objectContaining({ jobId: 'dtsa', uncopied: 1 })]);
    expect(verdictSentence(verdict)).toBe(
      'Initial synchronization failed: job dtsa failed as a whole (initialization failed), leaving 1 object uncopied.'
    );
    const message = renderFailureMessage(verdict);
    expect(message).toContain('1 object left uncopied by the failed job:\n- dtsa/data db.orders: Migrating');
    expect(renderSummary({ verdict, region: 'r', jobIds: ['dtsa'] })).toContain('It left 1 object uncopied');
  });

  it('is still reported as ignored, and does not fail the step, when it left nothing pending', () => {
    const settings = settingsOf(['dtsa'], { ignored: ignoreMatcher(['tmp.*']) });
    const done = [obj('dtsa', 'scratch', 'Failed', 'data', 'tmp'), obj('dtsa', 'orders', 'Finished')];
    const [result] = run([readings(done, { dtsa: readingOf({ Status: 'Failed' }) })], settings);
    expect(result!.verdict).toMatchObject({ status: 'finished' });
    expect(result!.warnings.map((w) => w.kind)).toEqual(['ignored-failure']);
  });
});

describe('the replication delay', () => {
  it('is unknown while the job does not replicate, whatever the answer says: no figure anywhere, and the words say why', () => {
    for (const status of ['Initializing', 'Suspending', 'Prechecking'])
      expect(readJobStatus({ Status: status, Delay: '0', DelayMillis: 0 }).delayMs).toBeUndefined();
    const snapshot = makeSnapshot([makeObject({ jobId: 'dtsa', section: 'data', state: 'Migrating' })], 1, ['dtsa'], {
      jobs: { dtsa: readingOf({ Status: 'Initializing', Delay: '0' }) },
      maxDelayMs: 5000
    });
    const line = renderPollLine(snapshot);
    expect(line).not.toMatch(/delay \d/);
    expect(line).toContain('job initializing, not replicating yet');
    const verdict = makeVerdict({ status: 'timeout', fail: true, snapshot });
    expect(outputsOf(verdict, '')['delay-seconds']).toBe('');
    const summary = renderSummary({ verdict, region: 'r', jobIds: ['dtsa'] });
    expect(summary).not.toMatch(/Replication delay:\*\* \d/);
    expect(summary).toContain('dtsa not replicating yet');
  });

  it('is the largest of the figures that read as numbers, where they disagree', () => {
    expect(delayOf({ DelayMillis: 0, Delay: '300' })).toBe(300_000);
    const job = readJobStatus({ Status: 'Synchronizing', DelayMillis: 0, Delay: '300' });
    expect(job.delayMs).toBe(300_000);
    const snapshot = makeSnapshot([makeObject({ jobId: 'dtsa' })], 1, ['dtsa'], {
      jobs: { dtsa: { kind: 'read', job } },
      maxDelayMs: 5000
    });
    expect(decide(snapshot, { failFast: false, failOnTimeout: true }, false)).toEqual({ status: undefined, decidedBy: 'delay' });
  });

  it('is written as a person reads it, never in exponent notation, an absurd one as what it is', () => {
    const job = readJobStatus({ Status: 'Synchronizing', DelayMillis: 1e30 });
    expect(job.delayMs).toBe(1e30);
    expect(formatDelay(1e30)).toBe('over 10,000 days');
    expect(formatDuration(1e30)).toBe('over 10,000 days');
    const snapshot = makeSnapshot([makeObject({ jobId: 'dtsa' })], 1, ['dtsa'], { jobs: { dtsa: { kind: 'read', job } } });
    expect(renderPollLine(snapshot)).toContain('delay over 10,000 days');
    const verdict = makeVerdict({ status: 'finished', snapshot });
    const outputs = outputsOf(verdict, '');
    expect(outputs['delay-seconds']).toBe('1000000000000000000000000000');
    for (const text of [renderPollLine(snapshot), renderSummary({ verdict, region: 'r', jobIds: ['dtsa'] }), ...Object.values(outputs)]) {
      expect(text).not.toMatch(/\de[+-]?\d/);
    }
    expect(formatThousands(1e25)).toBe('10,000,000,000,000,000,000,000,000');
  });

  it('says each job’s delay and the limit in the failure message when the deadline came with objects pending too', () => {
    const snapshot = makeSnapshot([makeObject({ jobId: 'dtsa', section: 'data', state: 'Migrating' })], 4, ['dtsa'], {
      jobs: { dtsa: readingOf({ Status: 'Synchronizing', Delay: '42' }) },
      maxDelayMs: 5000
    });
    const message = renderFailureMessage(
      makeVerdict({ status: 'timeout', fail: true, decidedBy: 'objects', elapsedMs: 180_000, snapshot })
    );
    expect(message).toContain('Timed out after 3m 00s with 1 object still pending');
    expect(message).toContain('The replication delay did not come down to max-delay 5s: dtsa 42s (above the limit).');
  });
});

describe('a job that has reported nothing yet', () => {
  it('is pending: the poll line never says "nothing pending" for it', () => {
    const snapshot = makeSnapshot([], 1, ['dtsa'], {
      jobs: { dtsa: readingOf({ Status: 'Prechecking', PrecheckStatus: { Percent: '33' } }) }
    });
    const line = renderPollLine(snapshot);
    expect(line).not.toContain('nothing pending');
    expect(line).toBe('poll 1 · dtsa: no objects reported yet, job precheck 33% · 1 job with no objects reported yet');
  });

  it('is named by the timeout’s sentence and failure message, though no object is pending', () => {
    const snapshot = makeSnapshot([], 3, ['dtsa']);
    const verdict = makeVerdict({ status: 'timeout', fail: true, elapsedMs: 60_000, snapshot });
    expect(verdictSentence(verdict)).toBe('Timed out with no objects reported yet by job dtsa.');
    expect(renderFailureMessage(verdict)).toBe('Timed out after 1m 00s: no objects reported yet by dtsa.');
  });

  it('keeps the copy below 100%, the bar unfilled, while a second job has not listed its tables', () => {
    const snapshot = makeSnapshot(
      [makeObject({ jobId: 'dtsa', section: 'data', state: 'Finished', finishedRows: '10', totalRows: '10' })],
      2,
      ['dtsa', 'dtsb']
    );
    expect(snapshot.progress.percent).toBe(99.9);
    const verdict = makeVerdict({ status: 'timeout', fail: true, snapshot });
    expect(outputsOf(verdict, '').progress).toBe('99.9');
    const summary = renderSummary({ verdict, region: 'r', jobIds: ['dtsa', 'dtsb'] });
    expect(summary).toContain('░ 99.9%');
    expect(summary).not.toContain('100%');
  });
});

describe('warnings', () => {
  it('thirty jobs in one state the action does not know make one warning, not thirty', () => {
    const jobIds = Array.from({ length: 30 }, (_, i) => `dtsj${i}`);
    const jobs = Object.fromEntries(jobIds.map((id) => [id, readingOf({ Status: 'Rebooting' })]));
    const [result] = run([readings([], jobs)], settingsOf(jobIds));
    expect(result!.warnings).toHaveLength(1);
    expect(result!.warnings[0]).toMatchObject({ kind: 'unknown-state', status: 'Rebooting' });
    expect(result!.warnings[0]!.jobIds).toHaveLength(30);
  });

  it('of one kind are ten over a run, however many polls bring a new one, and the verdict counts the rest', () => {
    const polls = Array.from({ length: 15 }, (_, i) =>
      readings([obj('dtsa', 't', 'Migrating')], { dtsa: readingOf({ Status: `Rebooting${i}` }) })
    );
    const results = run(polls, settingsOf(['dtsa'], { budget: { startedAt: 0, deadline: 150_000 } }));
    expect(results.flatMap((r) => r.warnings)).toHaveLength(MAX_WARNINGS_PER_KIND);
    const verdict = results.at(-1)!.verdict!;
    expect(verdict).toMatchObject({ status: 'timeout', warningsLeftOut: { 'unknown-state': 5 } });
    expect(leftOutWarningText('unknown-state', 5).message).toMatch(/^5 more warnings of a job state the gate does not know were left out/);
  });
});

describe('with more than five jobs, the poll line', () => {
  it('names a job that failed as a whole though all its objects finished, never among those with nothing failed', () => {
    const jobIds = Array.from({ length: 7 }, (_, i) => `dtsj${i}`);
    const objects = jobIds.map((id) => makeObject({ jobId: id, section: 'data', state: 'Finished' }));
    const jobs = Object.fromEntries(jobIds.map((id) => [id, readingOf({ Status: id === 'dtsj6' ? 'Failed' : 'Synchronizing' })]));
    const line = renderPollLine(makeSnapshot(objects, 2, jobIds, { jobs }));
    expect(line).toContain('dtsj6: data 1/1 finished, job failed');
    expect(line).toContain('6 jobs with every object done');
  });

  it('names every job that failed, however many', () => {
    const jobIds = Array.from({ length: 12 }, (_, i) => `dtsj${i}`);
    const objects = jobIds.map((id) => makeObject({ jobId: id, section: 'data', state: 'Failed' }));
    const line = renderPollLine(makeSnapshot(objects, 2, jobIds));
    for (const id of jobIds) expect(line).toContain(id);
  });
});

describe('a copy that failed', () => {
  it('has no rate and no time left, in the snapshot, the words or the outputs', () => {
    const rows = (n: number, status = 'Migrating') => ({ ...obj('dtsa', 't', status), finishedRows: String(n), totalRows: '1000000' });
    const copying = (n: number) => readings([rows(n), obj('dtsa', 'u', 'Migrating')], { dtsa: readingOf({ Status: 'Initializing' }) });
    const results = run(
      [
        copying(0),
        copying(100_000),
        copying(200_000),
        readings([rows(300_000), obj('dtsa', 'u', 'Migrating')], { dtsa: readingOf({ Status: 'InitializeFailed' }) })
      ],
      settingsOf(['dtsa'])
    );
    expect(results[2]!.snapshot!.rate).toBeGreaterThan(0);
    const verdict = results[3]!.verdict!;
    expect(verdict.status).toBe('failed');
    expect(verdict.snapshot!.rate).toBeUndefined();
    expect(verdict.snapshot!.etaSeconds).toBeUndefined();
    expect(outputsOf(verdict, '')['eta-seconds']).toBe('');
    const summary = renderSummary({ verdict, region: 'r', jobIds: ['dtsa'] });
    expect(summary).not.toMatch(/rows\/s|about .* left/);
  });
});

describe('an error that a failure outweighs', () => {
  it('with max-delay, a refused job-status call and a failed object give failed, not error', () => {
    const snapshot = snapshotOf([obj('dtsa', 'a', 'Failed'), obj('dtsa', 'b', 'Migrating')], {
      jobIds: ['dtsa'],
      poll: 1,
      atMs: 0,
      ignored: ignoreMatcher([]),
      jobs: { dtsa: refusedReading() },
      maxDelayMs: 5000
    });
    expect(decide(snapshot, { failFast: false, failOnTimeout: true }, false)).toEqual({ status: 'failed', decidedBy: 'objects' });
    const verdict = makeVerdict({ status: 'failed', fail: true, decidedBy: 'objects', snapshot });
    expect(renderSummary({ verdict, region: 'r', jobIds: ['dtsa'] })).toMatch(/^## ❌ DTS initialization failed/);
  });

  it('a non-JSON 4xx answer is a refusal for good, a non-JSON 5xx or 429 one is worth another try', () => {
    const notJson = (httpStatus: number) => new DtsApiError('InvalidResponse', 'DTS answered with a body that is not JSON', { httpStatus });
    expect(handlingOf(notJson(404))).toBe('refused');
    expect(handlingOf(notJson(403))).toBe('refused');
    expect(handlingOf(notJson(429))).toBe('retry-call');
    expect(handlingOf(notJson(502))).toBe('retry-call');
  });
});

describe('what the summary says is in the report file', () => {
  it('is there: every failed check of a precheck of 301, and no claim for checks the gate did not keep', () => {
    const detail = Array.from({ length: 301 }, (_, i) => ({
      ItemName: `CHECK_${i}`,
      CheckStatus: 'Failed',
      ErrorMessage: `check ${i} failed`
    }));
    const snapshot = makeSnapshot([], 2, ['dtsa'], {
      jobs: { dtsa: readingOf({ Status: 'PrecheckFailed', PrecheckStatus: { Status: 'Failed', Detail: detail } }) }
    });
    const verdict = makeVerdict({ status: 'failed', fail: true, decidedBy: 'job-failed', snapshot });
    const summary = renderSummary({ verdict, region: 'r', jobIds: ['dtsa'], reportFile: '/tmp/r.json' });
    const claimed = /and (\d+) more failed checks, in the report file/.exec(summary);
    const report = reportOf(verdict, { jobIds: ['dtsa'], region: 'r', startedAt: 0 }) as { failedJobs: Array<{ items: unknown[] }> };
    const shown = (summary.match(/\*\*CHECK\\_\d+\*\* failed/g) ?? []).length;
    expect(claimed).not.toBeNull();
    expect(shown + Number(claimed![1])).toBe(301);
    expect(report.failedJobs[0]!.items).toHaveLength(301);

    const huge = Array.from({ length: 1200 }, (_, i) => ({ ItemName: `CHECK_${i}`, CheckStatus: 'Failed' }));
    const many = makeSnapshot([], 2, ['dtsa'], {
      jobs: { dtsa: readingOf({ Status: 'PrecheckFailed', PrecheckStatus: { Detail: huge } }) }
    });
    const manySummary = renderSummary({
      verdict: makeVerdict({ status: 'failed', fail: true, snapshot: many }),
      region: 'r',
      jobIds: ['dtsa']
    });
    expect(manySummary).toContain('DTS listed 200 more checks of this precheck, which the gate did not keep');
  });
});

describe('a run cancelled before any poll completed', () => {
  it('says so once, without claiming what a last complete poll saw', () => {
    const verdict = makeVerdict({ status: 'cancelled', fail: true, polls: 0 });
    expect(verdictSentence(verdict)).toBe('The run was cancelled before any poll completed.');
    const summary = renderSummary({ verdict, region: 'r', jobIds: ['dtsa'] });
    expect(summary).not.toContain('last complete poll');
    expect(summary).toContain('No poll completed');
  });
});

describe('the summary’s rows', () => {
  it('keep for a pending table the rows copied of total and the time used so far, and for a failed one its type', () => {
    const pending = makeObject({
      jobId: 'dtsa',
      section: 'data',
      name: 'orders',
      state: 'Migrating',
      finishedRows: '50',
      totalRows: '100',
      usedTime: '41.5'
    });
    const failed = makeObject({ jobId: 'dtsa', section: 'data', name: 'refunds', state: 'Failed', error: 'Duplicate entry' });
    const snapshot = makeSnapshot([pending, failed], 3, ['dtsa']);
    const summary = renderSummary({ verdict: makeVerdict({ status: 'failed', fail: true, snapshot }), region: 'r', jobIds: ['dtsa'] });
    expect(summary).toContain('| dtstestdata.orders | data | Migrating · 50.0% · 50&nbsp;/&nbsp;100 · 41.5s |');
    expect(summary).toContain('**dtstestdata.refunds** · data, Table');
  });
});
