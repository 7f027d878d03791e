import { describe, expect, it } from '@jest/globals';
import { ignoreMatcher } from '../../src/core/ignore.js';
import { stateOf } from '../../src/core/normalize.js';
import type { DtsObject, Snapshot } from '../../src/core/types.js';
import { DtsApiError } from '../../src/errors.js';
import type { JobPoll, JobReader } from '../../src/dts/reader.js';
import { poll, type PollSettings } from '../../src/poll/poller.js';
import type { JobReading } from '../../src/core/jobRules.js';
import { PRECHECK_FAILED_ANSWER, readingOf, refusedReading } from '../support/jobs.js';

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

  it('makes the poll it slept for the last, at the deadline, even when its timer fires early', async () => {
    const start = Date.now();
    const deadline = start + 40;
    const lastPolls: boolean[] = [];
    // A clock that reads a millisecond before the deadline when the loop wakes for it.
    const now = () => Math.min(Date.now(), deadline - 1);
    const read = async (lastPoll?: boolean): Promise<JobPoll> => {
      lastPolls.push(lastPoll ?? false);
      return { objects: [obj('t', 'Migrating')], calls: 1, shifted: false, job: { kind: 'not-asked' } };
    };
    const result = await poll(settings({ deadline, pollIntervalMs: 1_000 }), [reader(read)], { now, onPoll: () => undefined });
    expect(result).toMatchObject({ status: 'timeout', polls: 2 });
    expect(lastPolls).toEqual([false, true]);
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

describe('poll: the job as a whole', () => {
  /** Poll k reads objects[k] and job[k] (the last ones repeat). */
  function withJob(objects: DtsObject[][], job: JobReading[]) {
    let k = 0;
    const seen: Snapshot[] = [];
    const read = async (): Promise<JobPoll> => {
      const i = k++;
      return { objects: objects[Math.min(i, objects.length - 1)]!, calls: 2, shifted: false, job: job[Math.min(i, job.length - 1)]! };
    };
    return { seen, readers: [reader(read)], onPoll: (s: Snapshot) => seen.push(s) };
  }

  it('a failed precheck fails the run at the poll that sees it, without fail-fast', async () => {
    const s = withJob([[]], [readingOf({ Status: 'Prechecking' }), readingOf(PRECHECK_FAILED_ANSWER)]);
    const result = await poll(settings(), s.readers, { now: Date.now, onPoll: s.onPoll });
    expect(result).toMatchObject({ status: 'failed', decidedBy: 'job-failed', polls: 2 });
    expect(result.snapshot?.jobJudgement.failed.map((f) => f.jobId)).toEqual(['j1']);
  });

  it('gives each warning once, after the poll line of the poll that sees it', async () => {
    const paused = readingOf({ Status: 'Suspending' });
    const s = withJob([[obj('t', 'Migrating')], [obj('t', 'Migrating')], [obj('t', 'Migrating')], [obj('t', 'Finished')]], [paused]);
    const events: string[] = [];
    const result = await poll(settings(), s.readers, {
      now: Date.now,
      onPoll: (snapshot) => events.push(`poll ${snapshot.poll}`),
      onJobWarning: (w) => events.push(`${w.kind} ${w.jobIds.join()}`)
    });
    expect(result).toMatchObject({ status: 'finished', decidedBy: 'objects', polls: 4 });
    expect(events).toEqual(['poll 1', 'paused j1', 'poll 2', 'poll 3', 'poll 4']);
  });

  it('with max-delay, a refused job-status call ends the run in error at once, with the poll counted', async () => {
    const s = withJob([[obj('t', 'Migrating')]], [refusedReading()]);
    const result = await poll(settings({ maxDelayMs: 5000 }), s.readers, { now: Date.now, onPoll: s.onPoll });
    expect(result).toMatchObject({ status: 'error', decidedBy: 'job-unreadable', polls: 1 });
    expect(result.error).toBeUndefined();
    expect(result.snapshot?.jobJudgement.unreadable.map((u) => u.code)).toEqual(['Forbidden.RAM']);
  });

  it('with max-delay, waits on a delay that is too high until it comes down, or the deadline', async () => {
    const delay = (ms: number) => readingOf({ Status: 'Synchronizing', DelayMillis: ms });
    const done = [[obj('t', 'Finished')]];
    const falling = withJob(done, [delay(9000), delay(6000), delay(5000)]);
    expect(await poll(settings({ maxDelayMs: 5000 }), falling.readers, { now: Date.now, onPoll: falling.onPoll })).toMatchObject({
      status: 'finished',
      decidedBy: 'objects',
      polls: 3
    });
    const start = Date.now();
    const stuck = withJob(done, [delay(9000)]);
    const result = await poll(settings({ maxDelayMs: 5000, deadline: start + 40, pollIntervalMs: 10 }), stuck.readers, {
      now: Date.now,
      onPoll: stuck.onPoll
    });
    expect(result).toMatchObject({ status: 'timeout', decidedBy: 'delay' });
  });

  it('carries the samples from poll to poll: the rate of the copy and the time left', async () => {
    const rows = (n: number) => [{ ...obj('t', 'Migrating'), finishedRows: String(n), totalRows: '1000' }];
    let clock = 0;
    const s = withJob([rows(0), rows(100), rows(200), rows(300)], [{ kind: 'not-asked' }]);
    const controller = new AbortController();
    await poll(settings({ startedAt: 0, deadline: 1e12, signal: controller.signal }), s.readers, {
      now: () => (clock += 500),
      onPoll: (snapshot) => {
        s.onPoll(snapshot);
        if (snapshot.poll === 4) controller.abort();
      }
    });
    const last = s.seen.at(-1)!;
    expect(last.samples.map((x) => x.doneRows)).toEqual([0n, 100n, 200n, 300n]);
    expect(last.rate).toBeCloseTo(100 / ((s.seen[3]!.atMs - s.seen[2]!.atMs) / 1000), 5);
    expect(last.etaSeconds).toBe(Math.ceil(700 / last.rate!));
  });
});
