import { describe, expect, it } from '@jest/globals';
import { ignoreMatcher } from '../../src/core/ignore.js';
import { stateOf } from '../../src/core/normalize.js';
import type { DtsObject, Snapshot } from '../../src/core/types.js';
import { DtsApiError } from '../../src/errors.js';
import type { JobPoll, JobReader } from '../../src/dts/reader.js';
import { poll, type PollSettings } from '../../src/poll/poller.js';

const obj = (name: string, status: string, section: DtsObject['section'] = 'data'): DtsObject => ({
  jobId: 'j1',
  section,
  sourceDatabase: 'db',
  destinationDatabase: 'db',
  name,
  type: 'Table',
  status,
  state: stateOf(status),
  error: ''
});

/** Poll k answers script[k] (the last one repeats); a function entry may throw. */
function scripted(script: Array<DtsObject[] | (() => never)>) {
  let k = 0;
  const seen: Snapshot[] = [];
  return {
    seen,
    readers: [
      reader(async () => {
        const step = script[Math.min(k++, script.length - 1)]!;
        const objects = typeof step === 'function' ? step() : step;
        return { objects, calls: 1, shifted: false, job: { kind: 'not-asked' } };
      })
    ],
    onPoll: (s: Snapshot) => seen.push(s)
  };
}

/** The one job `j1`, read by `read`. */
function reader(read: () => Promise<JobPoll>): JobReader {
  return { jobId: 'j1', read };
}

function settings(overrides: Partial<PollSettings> = {}): PollSettings {
  const now = Date.now();
  return {
    pollIntervalMs: 5,
    deadline: now + 5_000,
    startedAt: now,
    ignored: ignoreMatcher([]),
    failFast: false,
    failOnTimeout: true,
    signal: new AbortController().signal,
    ...overrides
  };
}

describe('poll', () => {
  it('polls until nothing waited on is pending, then finishes', async () => {
    const s = scripted([[obj('t', 'NotStarted')], [obj('t', 'Migrating')], [obj('t', 'Finished'), obj('t', 'Migrating', 'incremental')]]);
    const result = await poll(settings(), s.readers, { now: Date.now, onPoll: s.onPoll });
    expect(result.status).toBe('finished');
    expect(result.polls).toBe(3);
    expect(s.seen.map((x) => x.counts.pending)).toEqual([1, 1, 0]);
  });

  it('times out with the pending objects of the last poll, polling once more at the deadline', async () => {
    const s = scripted([[obj('t', 'Migrating')]]);
    const start = Date.now();
    const result = await poll(settings({ deadline: start + 60, pollIntervalMs: 1_000 }), s.readers, { now: Date.now, onPoll: s.onPoll });
    expect(result.status).toBe('timeout');
    expect(result.polls).toBe(2);
    expect(result.snapshot?.counts.pending).toBe(1);
    expect(Date.now() - start).toBeLessThan(900);
  });

  it('with fail-fast stops after the first poll that sees a failure', async () => {
    const s = scripted([[obj('a', 'Migrating')], [obj('a', 'Failed'), obj('b', 'Migrating')]]);
    const result = await poll(settings({ failFast: true }), s.readers, { now: Date.now, onPoll: s.onPoll });
    expect(result.status).toBe('failed');
    expect(result.polls).toBe(2);
  });

  it('ends in error on a call that cannot succeed, keeping the last complete poll', async () => {
    const denied = () => {
      throw new DtsApiError('Forbidden.RAM', 'DTS refused the call: Forbidden.RAM', { retryable: false });
    };
    const s = scripted([[obj('a', 'Migrating')], denied]);
    const result = await poll(settings(), s.readers, { now: Date.now, onPoll: s.onPoll });
    expect(result.status).toBe('error');
    expect(result.polls).toBe(1);
    expect(result.snapshot?.poll).toBe(1);
    expect(result.error).toMatchObject({ code: 'Forbidden.RAM' });
  });

  it('an outage after a complete poll does not end the wait: the next poll tries again', async () => {
    const outage = () => {
      throw new DtsApiError('ServiceUnavailable', 'DTS refused the call: ServiceUnavailable', { retryable: true });
    };
    const s = scripted([[obj('a', 'Migrating')], outage, outage, [obj('a', 'Finished')]]);
    const failed: number[] = [];
    const result = await poll(settings(), s.readers, { now: Date.now, onPoll: s.onPoll, onPollFailed: (_e, n) => failed.push(n) });
    expect(result).toMatchObject({ status: 'finished', polls: 2 });
    expect(failed).toEqual([2, 2]);
  });

  it('an outage before any complete poll is an error at once', async () => {
    const outage = () => {
      throw new DtsApiError('ServiceUnavailable', 'DTS refused the call: ServiceUnavailable', { retryable: true });
    };
    const s = scripted([outage, [obj('a', 'Finished')]]);
    const result = await poll(settings(), s.readers, { now: Date.now, onPoll: s.onPoll });
    expect(result).toMatchObject({ status: 'error', polls: 0, error: { code: 'ServiceUnavailable' } });
  });

  it('does not finish on a poll whose lists moved while it read them', async () => {
    let k = 0;
    const result = await poll(
      settings(),
      [reader(async () => ({ objects: [obj('a', 'Finished')], calls: 1, shifted: k++ < 2, job: { kind: 'not-asked' } }))],
      {
        now: Date.now,
        onPoll: () => undefined
      }
    );
    expect(result).toMatchObject({ status: 'finished', polls: 3 });
    expect(result.snapshot?.shiftedJobs).toBeUndefined();
  });

  it('a blip on the final poll at the deadline leaves the timeout of the previous poll', async () => {
    const blip = () => {
      throw new DtsApiError('Throttling.User', 'throttled', { retryable: true });
    };
    const s = scripted([[obj('a', 'Migrating')], blip]);
    const start = Date.now();
    const result = await poll(settings({ deadline: start + 30, pollIntervalMs: 1_000 }), s.readers, { now: Date.now, onPoll: s.onPoll });
    expect(result.status).toBe('timeout');
    expect(result.lastPollError).toMatchObject({ code: 'Throttling.User' });
  });

  it('stops at once when cancelled while sleeping, with the last snapshot', async () => {
    const controller = new AbortController();
    const s = scripted([[obj('a', 'Migrating')]]);
    const pending = poll(settings({ pollIntervalMs: 60_000, signal: controller.signal }), s.readers, { now: Date.now, onPoll: s.onPoll });
    setTimeout(() => controller.abort(), 20);
    const result = await pending;
    expect(result.status).toBe('cancelled');
    expect(result.polls).toBe(1);
    expect(result.snapshot?.counts.pending).toBe(1);
  });

  it('does not count a poll that cancellation cut short', async () => {
    const controller = new AbortController();
    const read = (): Promise<JobPoll> => {
      controller.abort();
      return new Promise<JobPoll>(() => undefined);
    };
    const result = await poll(settings({ signal: controller.signal }), [reader(read)], {
      now: Date.now,
      onPoll: () => undefined
    });
    expect(result).toMatchObject({ status: 'cancelled', polls: 0 });
    expect(result.snapshot).toBeUndefined();
  });
});
