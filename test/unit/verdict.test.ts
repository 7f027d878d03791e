import { describe, expect, it } from '@jest/globals';
import { snapshotOf } from '../../src/core/aggregate.js';
import { ignoreMatcher } from '../../src/core/ignore.js';
import { stateOf } from '../../src/core/normalize.js';
import type { DtsObject, Verdict } from '../../src/core/types.js';
import { verdictOf } from '../../src/core/verdict.js';
import { DtsApiError } from '../../src/errors.js';
import { verdictNotes, verdictSentence } from '../../src/report/render/verdict.js';

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
        error: new DtsApiError('Forbidden.RAM', 'DTS refused the call: Forbidden.RAM', { retryable: false })
      },
      { failOnTimeout: true }
    );
    expect(e.message).toBe('DTS could not be read: DTS refused the call: Forbidden.RAM');
    expect(e.snapshot).toBeUndefined();
  });
});
