import { describe, expect, it } from '@jest/globals';
import { snapshotOf } from '../../src/core/aggregate.js';
import { ignoreMatcher } from '../../src/core/ignore.js';
import { stateOf } from '../../src/core/normalize.js';
import type { DtsObject, Verdict } from '../../src/core/types.js';
import { verdictOf } from '../../src/core/verdict.js';
import { DtsApiError } from '../../src/errors.js';
import { verdictNotes, verdictSentence } from '../../src/report/render/verdict.js';
import type { JobReading } from '../../src/core/jobTypes.js';
import { PRECHECK_FAILED_ANSWER, readingOf, refusedReading } from '../support/jobs.js';

const obj = (section: DtsObject['section'], status: string, jobId = 'j1'): DtsObject => ({
  jobId,
  section,
  sourceDatabase: 'db',
  destinationDatabase: 'db',
  name: 't',
  type: 'Table',
  status,
  state: stateOf(status),
  error: ''
});
const snap = (objects: DtsObject[], jobIds = ['j1']) => snapshotOf(objects, { jobIds, poll: 2, atMs: 10, ignored: ignoreMatcher([]) });
/** The verdict with its words, as the reporters see it. */
const conclude = (ending: Omit<Verdict, 'fail'>, rules: { failOnTimeout: boolean }) => {
  const verdict = verdictOf(ending, rules);
  return { ...verdict, message: verdictSentence(verdict), notes: verdictNotes(verdict) };
};

describe('verdict', () => {
  it('finished passes the step and counts what finished and what keeps running', () => {
    const v = conclude(
      {
        status: 'finished',
        snapshot: snap([obj('data', 'Finished'), obj('incremental', 'Migrating'), obj('incremental', 'Migrating', 'j1')]),
        polls: 2,
        elapsedMs: 1500
      },
      { failOnTimeout: true }
    );
    expect(v.fail).toBe(false);
    expect(v.message).toBe('Initial synchronization finished: 1 object finished; 1 incremental entry running.');
  });

  it('fails the step for failed, error and cancelled, and for timeout only when asked', () => {
    const s = snap([obj('data', 'Migrating')]);
    for (const status of ['failed', 'error', 'cancelled'] as const) {
      expect(conclude({ status, snapshot: s, polls: 1, elapsedMs: 0 }, { failOnTimeout: false }).fail).toBe(true);
    }
    expect(conclude({ status: 'timeout', snapshot: s, polls: 1, elapsedMs: 0 }, { failOnTimeout: true }).fail).toBe(true);
    const lenient = conclude({ status: 'timeout', snapshot: s, polls: 1, elapsedMs: 0 }, { failOnTimeout: false });
    expect(lenient.fail).toBe(false);
    expect(lenient.message).toBe('Timed out with 1 object still pending.');
    expect(lenient.notes.join(' ')).toContain('fail-on-timeout is false');
  });

  it('names the jobs that reported nothing, and carries the error text', () => {
    const v = conclude(
      { status: 'timeout', snapshot: snap([obj('data', 'Finished')], ['j1', 'j2']), polls: 3, elapsedMs: 0 },
      { failOnTimeout: true }
    );
    expect(v.notes).toContain('Job j2: DTS has not reported any objects yet.');
    const e = conclude(
      {
        status: 'error',
        polls: 0,
        elapsedMs: 0,
        error: new DtsApiError('Forbidden.RAM', 'DTS refused the call: Forbidden.RAM')
      },
      { failOnTimeout: true }
    );
    expect(e.message).toBe('DTS could not be read: DTS refused the call: Forbidden.RAM');
    expect(e.snapshot).toBeUndefined();
  });
});

describe('verdict: the job as a whole', () => {
  const withJobs = (objects: DtsObject[], jobs: Record<string, JobReading>, maxDelayMs?: number) =>
    snapshotOf(objects, {
      jobIds: Object.keys(jobs),
      poll: 2,
      atMs: 10,
      ignored: ignoreMatcher([]),
      jobs,
      ...(maxDelayMs !== undefined && { maxDelayMs })
    });

  it('names the job that failed as a whole, and the failed objects beside it', () => {
    const one = conclude(
      {
        status: 'failed',
        decidedBy: 'job-failed',
        snapshot: withJobs([], { j1: readingOf(PRECHECK_FAILED_ANSWER) }),
        polls: 2,
        elapsedMs: 0
      },
      { failOnTimeout: true }
    );
    expect(one.message).toBe('Initial synchronization failed: job j1 failed as a whole (precheck failed).');
    // Its objects list nothing because it failed: no note that they have not been reported yet.
    expect(one.notes).toEqual([]);
    const jobs = { j1: readingOf({ Status: 'Failed' }), j2: readingOf({ Status: 'initializeFailed' }) };
    const two = conclude(
      { status: 'failed', decidedBy: 'job-failed', snapshot: withJobs([obj('data', 'Failed', 'j1')], jobs), polls: 2, elapsedMs: 0 },
      { failOnTimeout: true }
    );
    expect(two.message).toBe('Initial synchronization failed: 2 jobs failed as a whole; 1 object failed.');
  });

  it('says the delay a finished cutover gate let through, and what kept a timeout from finishing', () => {
    const objects = [obj('data', 'Finished')];
    const low = withJobs(objects, { j1: readingOf({ Status: 'Synchronizing', DelayMillis: 2400 }) }, 5000);
    expect(
      conclude({ status: 'finished', decidedBy: 'objects', snapshot: low, polls: 2, elapsedMs: 0 }, { failOnTimeout: true }).message
    ).toBe('Initial synchronization finished: 1 object finished; replication delay 2.4s.');
    // Without max-delay the delay is shown elsewhere, not in the sentence.
    const shown = withJobs(objects, { j1: readingOf({ Status: 'Synchronizing', DelayMillis: 2400 }) });
    expect(verdictSentence(verdictOf({ status: 'finished', snapshot: shown, polls: 2, elapsedMs: 0 }, { failOnTimeout: true }))).toBe(
      'Initial synchronization finished: 1 object finished.'
    );
    const high = withJobs(objects, { j1: readingOf({ Status: 'Synchronizing', Delay: '42' }) }, 5000);
    const timeout = conclude({ status: 'timeout', decidedBy: 'delay', snapshot: high, polls: 2, elapsedMs: 0 }, { failOnTimeout: true });
    expect(timeout.message).toBe('Timed out waiting for the replication delay to come down to max-delay 5s.');
    expect(timeout.notes).toEqual(['The replication delay did not come down to max-delay 5s: j1 42s (above the limit).']);
  });

  it('ends in error, in words, when max-delay needs a job state that could not be read', () => {
    const s = withJobs([obj('data', 'Finished')], { j1: refusedReading() }, 5000);
    const e = conclude({ status: 'error', decidedBy: 'job-unreadable', snapshot: s, polls: 1, elapsedMs: 0 }, { failOnTimeout: true });
    expect(e.fail).toBe(true);
    expect(e.message).toMatch(
      /^max-delay needs the replication delay of every job, but the state of job j1 could not be read: DTS refused the call: Forbidden\.RAM/
    );
  });
});
