/**
 * The poll loop and its pure step: when the wait ends and with what, on a clock of the test's
 * own (time moves only when the loop sleeps or a read says so).
 */
import { describe, expect, it } from '@jest/globals';
import { ignoreMatcher } from '../../src/core/ignore.js';
import type { JobReading } from '../../src/core/jobTypes.js';
import type { DtsObject, PollReadings, Snapshot } from '../../src/core/types.js';
import type { PollReader, ReadPlan } from '../../src/dts/reader.js';
import { CancelledError, DtsApiError } from '../../src/errors.js';
import { waitForVerdict, type LoopSettings, type PollEvents } from '../../src/poll/loop.js';
import { episodesOf, FIRST_POLL, firstPoll, nextPoll, step, type StepSettings } from '../../src/poll/step.js';
import { readTaskEntry } from '../../src/core/jobView.js';
import { virtualClock, type VirtualClock } from '../support/clock.js';
import { PRECHECK_FAILED_ANSWER, readingOf, refusedReading } from '../support/jobs.js';
import { dtsObject } from '../support/objects.js';

const obj = (name: string, status: string, section: DtsObject['section'] = 'data'): DtsObject => ({
  ...dtsObject('j1', name, status, section),
  error: ''
});

const NOT_ASKED: JobReading = { kind: 'not-asked' };

/** One poll's readings of job `j1`. */
const readingsOf = (objects: DtsObject[], job: JobReading = NOT_ASKED, shifted = false): PollReadings => ({
  lists: { j1: { objects, lastPage: 1, shifted } },
  jobs: { j1: job },
  calls: 1
});

type Script = Array<PollReadings | (() => never)>;

/** A reader whose poll k gives script[k] (the last one repeats), each read taking `readMs` on the clock. */
function scripted(script: Script, clock: VirtualClock, readMs = 0) {
  const plans: ReadPlan[] = [];
  let k = 0;
  const reader: PollReader = {
    read: async (plan) => {
      plans.push(plan);
      clock.advance(readMs);
      const entry = script[Math.min(k++, script.length - 1)]!;
      return typeof entry === 'function' ? entry() : entry;
    },
    stop: () => undefined
  };
  return { reader, plans };
}

function settings(clock: VirtualClock, overrides: Partial<LoopSettings> = {}): LoopSettings {
  const startedAt = clock.now();
  return {
    jobIds: ['j1'],
    pollIntervalMs: 5,
    budget: { startedAt, deadline: startedAt + 5_000, stopAt: startedAt + 6_000 },
    clock,
    ignored: ignoreMatcher([]),
    failFast: false,
    failOnTimeout: true,
    signal: new AbortController().signal,
    ...overrides
  };
}

/** Runs the loop over `script`, collecting the snapshots. */
async function run(script: Script, overrides: (clock: VirtualClock) => Partial<LoopSettings> = () => ({}), events: PollEvents = {}) {
  const clock = virtualClock(1_000);
  const { reader, plans } = scripted(script, clock);
  const seen: Snapshot[] = [];
  const verdict = await waitForVerdict(reader, settings(clock, overrides(clock)), {
    ...events,
    poll: (s, calls) => {
      seen.push(s);
      events.poll?.(s, calls);
    }
  });
  return { verdict, seen, plans, clock };
}

const outage = (code: string) => () => {
  throw new DtsApiError(code, `DTS refused the call: ${code}`);
};

describe('the poll loop', () => {
  it('polls until nothing waited on is pending, then finishes', async () => {
    const { verdict, seen } = await run([
      readingsOf([obj('t', 'NotStarted')]),
      readingsOf([obj('t', 'Migrating')]),
      readingsOf([obj('t', 'Finished'), obj('t', 'Migrating', 'incremental')])
    ]);
    expect(verdict.status).toBe('finished');
    expect(verdict.polls).toBe(3);
    expect(seen.map((x) => x.counts.pending)).toEqual([1, 1, 0]);
  });

  it('times out with the pending objects of the last poll, polling once more at the deadline and no later', async () => {
    const { verdict, clock } = await run([readingsOf([obj('t', 'Migrating')])], (c) => ({
      pollIntervalMs: 1_000,
      budget: { startedAt: c.now(), deadline: c.now() + 60, stopAt: c.now() + 100 }
    }));
    expect(verdict.status).toBe('timeout');
    expect(verdict.polls).toBe(2);
    expect(verdict.snapshot?.counts.pending).toBe(1);
    expect(clock.slept).toEqual([60]);
  });

  it('makes the poll it slept for the last, at the deadline, even when its timer fires early', async () => {
    const clock = virtualClock(0);
    const deadline = 40;
    // A sleep that wakes a millisecond before the deadline.
    const early = { ...clock, sleep: async (ms: number) => clock.advance(ms - 1) };
    const { reader, plans } = scripted([readingsOf([obj('t', 'Migrating')])], clock);
    const verdict = await waitForVerdict(reader, {
      ...settings(clock),
      clock: early,
      pollIntervalMs: 1_000,
      budget: { startedAt: 0, deadline, stopAt: deadline + 10 }
    });
    expect(verdict).toMatchObject({ status: 'timeout', polls: 2 });
    expect(plans.map((p) => p.lastPoll)).toEqual([false, true]);
  });

  it('with fail-fast stops after the first poll that sees a failure', async () => {
    const { verdict } = await run([readingsOf([obj('a', 'Migrating')]), readingsOf([obj('a', 'Failed'), obj('b', 'Migrating')])], () => ({
      failFast: true
    }));
    expect(verdict.status).toBe('failed');
    expect(verdict.polls).toBe(2);
  });

  it('ends in error on a call that cannot succeed, keeping the last complete poll', async () => {
    const { verdict } = await run([readingsOf([obj('a', 'Migrating')]), outage('Forbidden.RAM')]);
    expect(verdict.status).toBe('error');
    expect(verdict.polls).toBe(1);
    expect(verdict.snapshot?.poll).toBe(1);
    expect(verdict.error).toMatchObject({ code: 'Forbidden.RAM' });
  });

  it('an outage after a complete poll does not end the wait: the next poll tries again', async () => {
    const failed: number[] = [];
    const { verdict } = await run(
      [readingsOf([obj('a', 'Migrating')]), outage('ServiceUnavailable'), outage('ServiceUnavailable'), readingsOf([obj('a', 'Finished')])],
      () => ({}),
      { pollFailed: (_e, n) => failed.push(n) }
    );
    expect(verdict).toMatchObject({ status: 'finished', polls: 2 });
    expect(failed).toEqual([2, 2]);
  });

  it('an outage before any complete poll is an error at once', async () => {
    const { verdict } = await run([outage('ServiceUnavailable'), readingsOf([obj('a', 'Finished')])]);
    expect(verdict).toMatchObject({ status: 'error', polls: 0, error: { code: 'ServiceUnavailable' } });
  });

  it('does not finish on a poll whose lists moved while it read them', async () => {
    const moved = readingsOf([obj('a', 'Finished')], NOT_ASKED, true);
    const { verdict } = await run([moved, moved, readingsOf([obj('a', 'Finished')])]);
    expect(verdict).toMatchObject({ status: 'finished', polls: 3 });
    expect(verdict.snapshot?.shiftedJobs).toBeUndefined();
  });

  it('a blip on the final poll at the deadline leaves the timeout of the previous poll', async () => {
    const { verdict } = await run([readingsOf([obj('a', 'Migrating')]), outage('Throttling.User')], (c) => ({
      pollIntervalMs: 1_000,
      budget: { startedAt: c.now(), deadline: c.now() + 30, stopAt: c.now() + 60 }
    }));
    expect(verdict.status).toBe('timeout');
    expect(verdict.lastPollError).toMatchObject({ code: 'Throttling.User' });
  });

  it('stops at once when cancelled while sleeping, with the last snapshot and the signal', async () => {
    const controller = new AbortController();
    const clock = virtualClock(0);
    let sleeping!: () => void;
    const asleepNow = new Promise<void>((resolve) => (sleeping = resolve));
    const asleep = {
      ...clock,
      sleep: (_ms: number, signal?: AbortSignal) =>
        new Promise<void>((_resolve, reject) => {
          signal?.addEventListener('abort', () => reject(new CancelledError()), { once: true });
          sleeping();
        })
    };
    const { reader } = scripted([readingsOf([obj('a', 'Migrating')])], clock);
    const pending = waitForVerdict(reader, { ...settings(clock), clock: asleep, pollIntervalMs: 60_000, signal: controller.signal });
    await asleepNow;
    controller.abort('SIGTERM');
    const verdict = await pending;
    expect(verdict.status).toBe('cancelled');
    expect(verdict.polls).toBe(1);
    expect(verdict.snapshot?.counts.pending).toBe(1);
    expect((verdict.error as CancelledError).signal).toBe('SIGTERM');
  });

  it('does not count a poll that cancellation cut short', async () => {
    const controller = new AbortController();
    const clock = virtualClock(0);
    const reader: PollReader = {
      read: () => {
        controller.abort('SIGINT');
        return new Promise<PollReadings>(() => undefined);
      },
      stop: () => undefined
    };
    const verdict = await waitForVerdict(reader, { ...settings(clock), signal: controller.signal });
    expect(verdict).toMatchObject({ status: 'cancelled', polls: 0 });
    expect(verdict.snapshot).toBeUndefined();
  });

  it('gives the reader what the polls before learned: the page counts, the objects of each page and the calls refused for good', async () => {
    const refused = refusedReading();
    const pages = new Map([[1, [obj('t', 'Migrating')]]]);
    const first: PollReadings = {
      lists: { j1: { objects: [obj('t', 'Migrating')], lastPage: 3, shifted: false, pages } },
      jobs: { j1: refused },
      calls: 4
    };
    const { plans } = await run([first, readingsOf([obj('t', 'Finished')], refused)]);
    expect(plans.map((p) => [p.expectedPages, p.refused])).toEqual([
      [{}, {}],
      [{ j1: 3 }, { j1: refused }]
    ]);
    // The objects of each page go to the next poll, which reads its answers against them.
    expect(plans[0]!.pages).toBeUndefined();
    expect(plans[1]!.pages?.j1).toBe(pages);
  });
});

describe('the poll loop: the job as a whole', () => {
  it('a failed precheck fails the run at the poll that sees it, without fail-fast', async () => {
    const { verdict } = await run([
      readingsOf([], readingOf({ Status: 'Prechecking' })),
      readingsOf([], readingOf(PRECHECK_FAILED_ANSWER))
    ]);
    expect(verdict).toMatchObject({ status: 'failed', decidedBy: 'job-failed', polls: 2 });
    expect(verdict.snapshot?.jobJudgement.failed.map((f) => f.jobId)).toEqual(['j1']);
  });

  it('gives each warning once, after the poll line of the poll that sees it', async () => {
    const paused = readingOf({ Status: 'Suspending' });
    const events: string[] = [];
    const { verdict } = await run(
      [
        readingsOf([obj('t', 'Migrating')], paused),
        readingsOf([obj('t', 'Migrating')], paused),
        readingsOf([obj('t', 'Migrating')], paused),
        readingsOf([obj('t', 'Finished')], paused)
      ],
      () => ({}),
      { poll: (snapshot) => events.push(`poll ${snapshot.poll}`), warning: (w) => events.push(`${w.kind} ${w.jobIds.join()}`) }
    );
    expect(verdict).toMatchObject({ status: 'finished', decidedBy: 'objects', polls: 4 });
    expect(events).toEqual(['poll 1', 'paused j1', 'poll 2', 'poll 3', 'poll 4']);
  });

  it('with max-delay, a refused job-status call ends the run in error at once, with the poll counted', async () => {
    const { verdict } = await run([readingsOf([obj('t', 'Migrating')], refusedReading())], () => ({ maxDelayMs: 5000 }));
    expect(verdict).toMatchObject({ status: 'error', decidedBy: 'job-unreadable', polls: 1 });
    expect(verdict.error).toBeUndefined();
    expect(verdict.snapshot?.jobJudgement.unreadable.map((u) => u.code)).toEqual(['Forbidden.RAM']);
  });

  it('with max-delay, waits on a delay that is too high until it comes down, or the deadline', async () => {
    const delay = (ms: number) => readingsOf([obj('t', 'Finished')], readingOf({ Status: 'Synchronizing', DelayMillis: ms }));
    const falling = await run([delay(9000), delay(6000), delay(5000)], () => ({ maxDelayMs: 5000 }));
    expect(falling.verdict).toMatchObject({ status: 'finished', decidedBy: 'objects', polls: 3 });
    const stuck = await run([delay(9000)], (c) => ({
      maxDelayMs: 5000,
      pollIntervalMs: 10,
      budget: { startedAt: c.now(), deadline: c.now() + 40, stopAt: c.now() + 50 }
    }));
    expect(stuck.verdict).toMatchObject({ status: 'timeout', decidedBy: 'delay', polls: 5 });
  });

  it('carries the samples from poll to poll: the rate of the copy and the time left', async () => {
    const rows = (n: number) => readingsOf([{ ...obj('t', 'Migrating'), finishedRows: String(n), totalRows: '1000' }]);
    const clock = virtualClock(0);
    const { reader } = scripted([rows(0), rows(100), rows(200), rows(300), outage('Forbidden.RAM')], clock, 500);
    const seen: Snapshot[] = [];
    await waitForVerdict(reader, { ...settings(clock), pollIntervalMs: 500 }, { poll: (s) => seen.push(s) });
    const last = seen.at(-1)!;
    expect(seen.map((s) => s.atMs)).toEqual([500, 1000, 1500, 2000]);
    expect(last.rate).toBeCloseTo(100 / 0.5, 5);
    expect(last.etaSeconds).toBe(Math.ceil(700 / last.rate!));
  });
});

describe('the poll step', () => {
  const stepSettings: StepSettings = {
    jobIds: ['j1'],
    ignored: ignoreMatcher([]),
    failFast: false,
    failOnTimeout: true,
    budget: { startedAt: 0, deadline: 100 }
  };
  const at = (startedAt: number, endedAt = startedAt, last = false) => ({ startedAt, endedAt, last });

  it('is pure: the memory it is given is left as it was, and the same inputs give the same result', () => {
    const outcome = { kind: 'read' as const, readings: readingsOf([obj('t', 'Migrating')], readingOf({ Status: 'Suspending' })) };
    const a = step(FIRST_POLL, outcome, at(10), stepSettings);
    const b = step(FIRST_POLL, outcome, at(10), stepSettings);
    expect(FIRST_POLL).toEqual({ polls: 0, warned: new Set(), samples: [], expectedPages: {}, refused: {}, given: {}, leftOut: {} });
    expect(a).toEqual(b);
    expect(a.memory).toMatchObject({ polls: 1, expectedPages: { j1: 1 }, warned: new Set(['paused:j1']) });
    expect(a.memory.samples).toHaveLength(1);
    expect(a.verdict).toBeUndefined();
  });

  it('decides at the deadline however the poll began, and counts the elapsed time from the start of the run', () => {
    const outcome = { kind: 'read' as const, readings: readingsOf([obj('t', 'Migrating')]) };
    expect(step(FIRST_POLL, outcome, at(50, 60), stepSettings).verdict).toBeUndefined();
    expect(step(FIRST_POLL, outcome, at(50, 60, true), stepSettings).verdict).toMatchObject({ status: 'timeout', elapsedMs: 60 });
    expect(step(FIRST_POLL, outcome, at(100, 130), stepSettings).verdict).toMatchObject({ status: 'timeout', polls: 1, elapsedMs: 130 });
  });

  it('schedules the next poll an interval after the start of the last, and never after the deadline', () => {
    const budget = { deadline: 1_000 };
    expect(nextPoll(100, { pollIntervalMs: 300, budget })).toEqual({ at: 400, last: false });
    expect(nextPoll(800, { pollIntervalMs: 300, budget })).toEqual({ at: 1_000, last: true });
    expect(nextPoll(1_000, { pollIntervalMs: 300, budget })).toEqual({ at: 1_000, last: true });
  });
});

describe('the poll loop: the job view of the current API', () => {
  /** A job view that says DTS is retrying (or not), read by the real reader of DescribeDtsJobs entries. */
  const view = (retrying: boolean, status = 'Initializing'): JobReading => ({
    kind: 'read',
    job: readTaskEntry(
      {
        DtsJobId: 'task1',
        DtsInstanceID: 'dtsj1',
        Status: retrying ? 'Retrying' : status,
        RetryState: { Retrying: retrying, RetryCount: 2, RetryTime: 120, MaxRetryTime: 43200, RetryTarget: 'srcDB', ErrMessage: 'timeout' }
      },
      1000
    ).job
  });
  const pending = (job: JobReading) => readingsOf([obj('t', 'Migrating')], job);

  it('warns once per retry episode: a second episode after a poll without retries warns again', async () => {
    const warnings: string[] = [];
    const { verdict } = await run(
      [
        pending(view(true)),
        pending(view(true)),
        pending(view(false)),
        pending(view(true)),
        readingsOf([obj('t', 'Finished')], view(false))
      ],
      () => ({}),
      { warning: (w) => warnings.push(`${w.kind} ${w.keys.join()} ${w.retry?.target}`) }
    );
    expect(verdict).toMatchObject({ status: 'finished', polls: 5 });
    expect(warnings).toEqual(['retrying retrying:j1:1 srcDB', 'retrying retrying:j1:2 srcDB']);
  });

  it("hands the look-up's views to the first read only, and a refusal of DescribeDtsJobs to every read, warning of it once", async () => {
    const lookedUp = { views: { j1: readTaskEntry({ Status: 'Synchronizing' }, 1000).job } };
    const first = firstPoll(lookedUp);
    const { plans } = await run([pending(view(false)), readingsOf([obj('t', 'Finished')])], () => ({ first }));
    expect(plans.map((p) => p.views)).toEqual([lookedUp.views, undefined]);

    const refusal = { code: 'Forbidden.RAM', message: 'DTS refused the call: Forbidden.RAM' };
    const warnings: string[] = [];
    const refused = await run(
      [pending(NOT_ASKED), pending(NOT_ASKED), readingsOf([obj('t', 'Finished')])],
      () => ({ first: firstPoll({ refused: refusal }) }),
      {
        warning: (w) => warnings.push(`${w.kind} ${w.code}`)
      }
    );
    expect(refused.plans.map((p) => p.viewRefused)).toEqual([refusal, refusal, refusal]);
    expect(warnings).toEqual(['view-refused Forbidden.RAM']);
  });

  it('remembers a refusal of DescribeDtsJobs that a poll met, for the reads after it', async () => {
    const refusal = { code: 'Forbidden.RAM', message: 'no' };
    const { plans, verdict } = await run([
      { ...pending(NOT_ASKED), viewRefused: refusal },
      pending(NOT_ASKED),
      readingsOf([obj('t', 'Finished')])
    ]);
    expect(plans.map((p) => p.viewRefused)).toEqual([undefined, refusal, refusal]);
    expect(verdict.status).toBe('finished');
  });

  it('numbers the retry episodes of each job from what the polls before saw', () => {
    const jobs = { a: view(true), b: view(false) };
    const once = episodesOf({}, ['a', 'b'], jobs);
    expect(once).toEqual({ a: { count: 1, active: true }, b: { count: 0, active: false } });
    expect(episodesOf(once, ['a', 'b'], jobs)).toEqual(once);
    const over = episodesOf(once, ['a', 'b'], { a: view(false), b: refusedReading() });
    expect(episodesOf(over, ['a', 'b'], jobs).a).toEqual({ count: 2, active: true });
  });
});

describe('the poll loop: the full data verification', () => {
  const identity = { id: 'j1', instanceId: 'dtsj1', taskId: 'j1', listed: true, fullDataCheck: true };
  const check = (status: string): JobReading => ({
    kind: 'read',
    job: readTaskEntry({ DtsJobId: 'j1', DtsInstanceID: 'dtsj1', Status: 'Synchronizing', FullDataCheckStatus: { Status: status } }, 1000)
      .job
  });
  const finished = (job: JobReading, checks?: PollReadings['checks']): PollReadings => ({
    ...readingsOf([obj('t', 'Finished')], job),
    ...(checks && { checks })
  });
  const same = { kind: 'read' as const, result: { tables: 4, differing: 0, failedChecks: 0, found: [], complete: true } };

  it('waits for the verification after the objects are done, keeps its result, and finishes once it passed', async () => {
    const { verdict, plans } = await run(
      [finished(check('NotStarted')), finished(check('Checking')), finished(check('Finished'), { j1: same }), finished(check('Finished'))],
      () => ({ identities: [identity], dataCheck: 'auto' })
    );
    expect(verdict).toMatchObject({ status: 'finished', polls: 3 });
    expect(plans.map((p) => p.checks)).toEqual([undefined, undefined, undefined]);
    // The result read at one poll still stands at the polls after it.
    const carried = await run(
      [{ ...readingsOf([obj('t', 'Migrating')], check('Finished')), checks: { j1: same } }, finished(check('Finished'))],
      () => ({ identities: [identity], dataCheck: 'auto' })
    );
    expect(carried.verdict).toMatchObject({ status: 'finished', polls: 2 });
    expect(carried.verdict.snapshot?.dataCheck?.jobs[0]).toMatchObject({ standing: 'passed', result: same.result });
    expect(carried.plans[1]!.checks).toEqual({ j1: same });
  });

  it('hands the results read to the polls after, and warns once of a refused result', async () => {
    const refused = { kind: 'refused' as const, code: 'Forbidden.RAM', message: 'no' };
    const warnings: string[] = [];
    const { plans, verdict } = await run(
      [
        readingsOf([obj('t', 'Migrating')], check('Finished')),
        { ...readingsOf([obj('t', 'Migrating')], check('Finished')), checks: { j1: refused } },
        readingsOf([obj('t', 'Migrating')], check('Finished')),
        finished(check('Finished'))
      ],
      () => ({ identities: [identity], dataCheck: 'auto' }),
      { warning: (w) => warnings.push(w.kind) }
    );
    expect(plans.map((p) => p.checks)).toEqual([undefined, undefined, { j1: refused }, { j1: refused }]);
    expect(warnings).toEqual(['check-refused']);
    expect(verdict.status).toBe('finished');
  });

  it('times out on a verification still checking, and fails at once on tables that differ', async () => {
    const stuck = await run([finished(check('Checking'))], (c) => ({
      identities: [identity],
      dataCheck: 'auto',
      pollIntervalMs: 10,
      budget: { startedAt: c.now(), deadline: c.now() + 30, stopAt: c.now() + 40 }
    }));
    expect(stuck.verdict).toMatchObject({ status: 'timeout', decidedBy: 'data-check' });
    const table = {
      sourceDatabase: 'db',
      sourceTable: 't',
      destinationDatabase: 'db',
      destinationTable: 't',
      status: '0',
      diffRows: '2',
      bootTime: ''
    };
    const differs = { kind: 'read' as const, result: { tables: 4, differing: 1, failedChecks: 0, found: [table], complete: true } };
    const failed = await run([{ ...readingsOf([obj('t', 'Migrating')], check('Finished')), checks: { j1: differs } }], () => ({
      identities: [identity],
      dataCheck: 'auto'
    }));
    expect(failed.verdict).toMatchObject({ status: 'failed', decidedBy: 'data-check', polls: 1 });
  });
});
