/**
 * The job rules (jobRules.ts) and how they combine with the objects' rules (verdict.ts):
 * one test per rule, the order of precedence, and a property over random polls: the run is
 * `finished` only when every waited-on object was Finished (or failed and ignored) in the poll,
 * whatever the job states say, and with max-delay only when every delay was known and at most
 * the limit. The expectations of the property are written here from the raw inputs.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { snapshotOf } from '../../src/core/aggregate.js';
import { ignoreMatcher } from '../../src/core/ignore.js';
import { jobStateOf } from '../../src/core/job.js';
import { readTaskEntry } from '../../src/core/jobView.js';
import { judgeJobs, type JobRulesInput } from '../../src/core/jobRules.js';
import type { JobReading } from '../../src/core/jobTypes.js';
import { stateOf } from '../../src/core/normalize.js';
import { SECTIONS, type DtsObject } from '../../src/core/types.js';
import { objectDecision as decide, precedence as decideWithJobs, type ObjectDecision } from '../../src/core/verdict.js';
import { freshWarnings } from '../../src/poll/step.js';
import { PRECHECK_FAILED_ANSWER, readingOf, refusedReading } from '../support/jobs.js';

const read = readingOf;
const refused = refusedReading;

function input(readings: Record<string, JobReading | undefined>, extra: Partial<JobRulesInput> = {}): JobRulesInput {
  const jobIds = Object.keys(readings);
  return { jobIds, readings, objects: {}, ...extra };
}

/** The warnings the poll step passes on after the keys `warned` were given (see step.ts). */
const warningsAfter = (rules: JobRulesInput, warned: ReadonlySet<string>) => freshWarnings(judgeJobs(rules).warnings, warned).warnings;

const PRECHECK_FAILED = PRECHECK_FAILED_ANSWER;

describe('judgeJobs: a job that failed as a whole', () => {
  it('a failed precheck fails the job with each failed item, its error and repair method', () => {
    const j = judgeJobs(input({ a: read(PRECHECK_FAILED) }));
    expect(j.failed).toEqual([
      {
        jobId: 'a',
        status: 'precheckFailed',
        state: 'PrecheckFailed',
        error: '',
        items: [
          {
            name: 'CHECK_SRC_BINLOG_FORMAT',
            status: 'Failed',
            error: 'binlog_format is STATEMENT',
            repairMethod: "Run SET GLOBAL binlog_format = 'ROW'"
          },
          { name: 'CHECK_DEST_PRIVILEGE', status: 'Failed', error: 'no CREATE privilege', repairMethod: '' }
        ]
      }
    ]);
    expect([j.ignored, j.warnings, j.unreadable]).toEqual([[], [], []]);
  });

  it('InitializeFailed and Failed, in either casing, fail the job with its ErrorMessage and no items', () => {
    for (const status of ['InitializeFailed', 'initializeFailed', 'Failed', 'failed']) {
      const j = judgeJobs(
        input({ a: read({ Status: status, ErrorMessage: 'disk full', PrecheckStatus: PRECHECK_FAILED.PrecheckStatus }) })
      );
      expect(j.failed).toEqual([{ jobId: 'a', status, state: jobStateOf(status), error: 'disk full', items: [] }]);
    }
  });

  it('is ignored (a warning, once) when the job lists failed objects and every one is matched by ignore', () => {
    const objects = { a: { failed: 0, ignored: 2, pending: 0 } };
    const first = judgeJobs(input({ a: read({ Status: 'InitializeFailed', ErrorMessage: 'tmp failed' }) }, { objects }));
    expect(first.failed).toEqual([]);
    expect(first.ignored.map((f) => f.jobId)).toEqual(['a']);
    expect(first.warnings).toEqual([expect.objectContaining({ kind: 'ignored-failure', jobIds: ['a'], keys: ['ignored-failure:a'] })]);
    const later = input({ a: read({ Status: 'InitializeFailed' }) }, { objects });
    expect([judgeJobs(later).ignored.length, warningsAfter(later, new Set(first.warnings.flatMap((w) => w.keys)))]).toEqual([1, []]);
  });

  it('is not ignored when a failed object is not matched, or when the job lists no failed object at all', () => {
    for (const counts of [{ failed: 1, ignored: 3, pending: 0 }, { failed: 0, ignored: 0, pending: 0 }, undefined]) {
      const j = judgeJobs(input({ a: read({ Status: 'Failed' }) }, { objects: { a: counts } }));
      expect([j.failed.length, j.ignored.length]).toEqual([1, 0]);
    }
  });
});

describe('judgeJobs: states that only warn, and those that do nothing', () => {
  it('warns once per job that is paused, and once per job and unknown state', () => {
    const readings = { a: read({ Status: 'Suspending' }), b: read({ Status: 'Rebooting' }), c: read({ Status: '' }) };
    const first = judgeJobs(input(readings));
    expect(first.warnings.map((w) => [w.kind, w.jobIds, w.status])).toEqual([
      ['paused', ['a'], 'Suspending'],
      ['unknown-state', ['b'], 'Rebooting'],
      ['unknown-state', ['c'], '']
    ]);
    const warned = new Set(first.warnings.flatMap((w) => w.keys));
    expect(warningsAfter(input(readings), warned)).toEqual([]);
    const other = warningsAfter(input({ ...readings, b: read({ Status: 'Rebooted' }) }), warned);
    expect(other.map((w) => [w.kind, w.status])).toEqual([['unknown-state', 'Rebooted']]);
    expect([first.failed, first.ignored, first.unreadable]).toEqual([[], [], []]);
  });

  it('NotStarted, Prechecking, Initializing (Initializating), Synchronizing, Modifying and Finished have no effect of their own', () => {
    for (const status of ['NotStarted', 'prechecking', 'Initializating', 'initializing', 'synchronizing', 'Modifying', 'finished']) {
      const j = judgeJobs(input({ a: read({ Status: status, ErrorMessage: 'ignored words' }) }));
      expect([j.failed, j.ignored, j.warnings, j.unreadable]).toEqual([[], [], [], []]);
    }
  });

  it('a job not asked (job-status false) or without a reading is left to its objects', () => {
    const j = judgeJobs(input({ a: { kind: 'not-asked' }, b: undefined }));
    expect([j.failed, j.warnings, j.unreadable]).toEqual([[], [], []]);
    expect(j.delay).toEqual({
      required: false,
      holds: false,
      jobs: [
        { jobId: 'a', standing: 'not-read' },
        { jobId: 'b', standing: 'not-read' }
      ]
    });
  });
});

describe('judgeJobs: a refused job-status call', () => {
  it('gives one warning for the jobs one refusal hit alike, once, and another for another code', () => {
    const readings = { a: refused(), b: refused(), c: refused('InvalidJobId', 'no such job'), d: read({ Status: 'Synchronizing' }) };
    const first = judgeJobs(input(readings));
    expect(first.warnings.map((w) => [w.kind, w.jobIds, w.code])).toEqual([
      ['refused', ['a', 'b'], 'Forbidden.RAM'],
      ['refused', ['c'], 'InvalidJobId']
    ]);
    expect(first.warnings[0]?.message).toContain('dts:DescribeSynchronizationJobStatus');
    expect(warningsAfter(input(readings), new Set(first.warnings.flatMap((w) => w.keys)))).toEqual([]);
    expect(first.unreadable).toEqual([]);
  });

  it('with max-delay makes the job unreadable instead of a warning', () => {
    const j = judgeJobs(input({ a: refused(), b: read({ Status: 'Synchronizing', DelayMillis: 0 }) }, { maxDelayMs: 5000 }));
    expect(j.unreadable).toEqual([{ jobId: 'a', code: 'Forbidden.RAM', message: expect.stringContaining('Forbidden.RAM') }]);
    expect(j.warnings).toEqual([]);
    expect(j.delay.holds).toBe(false);
  });
});

describe('judgeJobs: max-delay', () => {
  const sync = (delay: Record<string, unknown>, status = 'Synchronizing'): JobReading => read({ Status: status, ...delay });

  it('holds when every job replicates with a known delay at most the limit (the limit itself included)', () => {
    const j = judgeJobs(input({ a: sync({ DelayMillis: 5000 }), b: sync({ Delay: '1' }, 'modifying') }, { maxDelayMs: 5000 }));
    expect(j.delay).toEqual({
      required: true,
      maxDelayMs: 5000,
      holds: true,
      largestMs: 5000,
      jobs: [
        { jobId: 'a', delayMs: 5000, standing: 'low' },
        { jobId: 'b', delayMs: 1000, standing: 'low' }
      ]
    });
  });

  it('does not hold for a delay above the limit, an unknown delay, or a delay of a job that does not replicate', () => {
    const standing = (reading: JobReading): string | undefined =>
      judgeJobs(input({ a: reading }, { maxDelayMs: 5000 })).delay.jobs[0]?.standing;
    expect(standing(sync({ DelayMillis: 5001 }))).toBe('too-high');
    expect(standing(sync({}))).toBe('unknown');
    expect(standing(sync({ DataSynchronizationStatus: {} }))).toBe('unknown');
    for (const status of ['Initializing', 'Suspending', 'Finished', 'Prechecking', 'Rebooting']) {
      expect(standing(sync({ Delay: '0' }, status))).toBe('not-replicating');
    }
    const mixed = judgeJobs(input({ a: sync({ DelayMillis: 10 }), b: sync({}) }, { maxDelayMs: 5000 }));
    expect([mixed.delay.holds, mixed.delay.largestMs]).toEqual([false, undefined]);
  });

  it('without max-delay the delay is shown, not required', () => {
    const j = judgeJobs(input({ a: sync({ DelayMillis: 90_000 }), b: sync({ Delay: '3' }) }));
    expect([j.delay.required, j.delay.holds, j.delay.largestMs, j.delay.maxDelayMs]).toEqual([false, false, 90_000, undefined]);
  });
});

describe('decideWithJobs: order of precedence', () => {
  const judge = (readings: Record<string, JobReading>, extra: Partial<JobRulesInput> = {}) => judgeJobs(input(readings, extra));
  const failedJob = judge({ a: read(PRECHECK_FAILED) });
  const unreadable = judge({ a: refused() }, { maxDelayMs: 1000 });
  const lowDelay = judge({ a: read({ Status: 'Synchronizing', DelayMillis: 10 }) }, { maxDelayMs: 1000 });
  const highDelay = judge({ a: read({ Status: 'Synchronizing', DelayMillis: 9000 }) }, { maxDelayMs: 1000 });
  const quiet = judge({ a: read({ Status: 'Synchronizing' }) });

  it('a failed job decides failed at once, whatever the objects and the deadline say', () => {
    for (const objects of ['finished', 'failed', 'timeout', undefined] as ObjectDecision[]) {
      for (const deadline of [false, true])
        expect(decideWithJobs(objects, failedJob, deadline)).toEqual({ status: 'failed', decidedBy: 'job-failed' });
    }
  });

  it('failed objects come next, then a job state that max-delay needs and could not read', () => {
    expect(decideWithJobs('failed', unreadable, false)).toEqual({ status: 'failed', decidedBy: 'objects' });
    for (const objects of ['finished', 'timeout', undefined] as ObjectDecision[]) {
      expect(decideWithJobs(objects, unreadable, false)).toEqual({ status: 'error', decidedBy: 'job-unreadable' });
    }
  });

  it('finished objects finish only when the delay meets max-delay; else wait, and at the deadline time out', () => {
    expect(decideWithJobs('finished', lowDelay, false)).toEqual({ status: 'finished', decidedBy: 'objects' });
    expect(decideWithJobs('finished', quiet, false)).toEqual({ status: 'finished', decidedBy: 'objects' });
    expect(decideWithJobs('finished', highDelay, false)).toEqual({ status: undefined, decidedBy: 'delay' });
    expect(decideWithJobs('finished', highDelay, true)).toEqual({ status: 'timeout', decidedBy: 'delay' });
  });

  it('no job state finishes on its own: objects still waiting keep the run waiting, and time out as objects', () => {
    for (const jobs of [lowDelay, quiet, judge({ a: read({ Status: 'Finished' }) })]) {
      expect(decideWithJobs(undefined, jobs, false)).toEqual({ status: undefined });
      expect(decideWithJobs('timeout', jobs, true)).toEqual({ status: 'timeout', decidedBy: 'objects' });
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Property: finished only on finished objects and, with max-delay, on known low delays

const JOB_IDS = ['j1', 'j2'];
const objectStatus = fc.oneof(
  { weight: 14, arbitrary: fc.constantFrom('Finished', 'finished') },
  { weight: 1, arbitrary: fc.constant('Failed') },
  { weight: 2, arbitrary: fc.constantFrom('Migrating', 'NotStarted', 'Paused') }
);
const jobStatus = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('Synchronizing', 'synchronizing', 'Modifying') },
  {
    weight: 4,
    arbitrary: fc.constantFrom('Initializating', 'PrecheckFailed', 'initializeFailed', 'Failed', 'Suspending', 'Finished', 'Rebooting', '')
  }
);
const jobBody = fc.record(
  {
    Status: jobStatus,
    DelayMillis: fc.oneof(fc.integer({ min: 0, max: 20_000 }), fc.constantFrom(-1, 'abc', '')),
    Delay: fc.oneof(fc.integer({ min: 0, max: 20 }).map(String), fc.constant(''))
  },
  { requiredKeys: ['Status'] }
);
const reading: fc.Arbitrary<JobReading> = fc.oneof(
  { weight: 6, arbitrary: jobBody.map((b) => read(b)) },
  { weight: 1, arbitrary: fc.constant(refused()) },
  { weight: 1, arbitrary: fc.constant<JobReading>({ kind: 'not-asked' }) }
);
const poll = fc.record({
  // One reading per object: how a poll that meets an object twice reads it is the objects' own rule.
  objects: fc.uniqueArray(
    fc.record({
      job: fc.constantFrom(...JOB_IDS),
      section: fc.constantFrom(...SECTIONS),
      name: fc.constantFrom('a', 'b', 'c'),
      db: fc.constantFrom('db', 'tmp'),
      status: objectStatus
    }),
    { maxLength: 10, selector: (o) => `${o.job}/${o.section}/${o.db}.${o.name}` }
  ),
  readings: fc.tuple(reading, reading),
  maxDelayMs: fc.option(fc.integer({ min: 0, max: 30_000 }), { nil: undefined }),
  failFast: fc.boolean(),
  ignoreTmp: fc.boolean(),
  deadline: fc.boolean()
});

describe('property: the verdict with the job rules', () => {
  it('is finished only when every waited-on object finished (or failed and was ignored) and, with max-delay, every delay was known and low', () => {
    const seen = { finished: 0, finishedOnDelay: 0, ignoredJobFailure: 0 };
    fc.assert(
      fc.property(poll, (p) => {
        const ignored = ignoreMatcher(p.ignoreTmp ? ['tmp.*'] : []);
        const objects: DtsObject[] = p.objects.map((o) => ({
          jobId: o.job,
          section: o.section,
          sourceDatabase: o.db,
          destinationDatabase: o.db,
          name: o.name,
          type: 'Table',
          status: o.status,
          state: stateOf(o.status),
          error: '',
          ...(o.section === 'constraint' && { parent: 'db.a:Table' })
        }));
        const snapshot = snapshotOf(objects, { jobIds: JOB_IDS, poll: 1, atMs: 0, ignored });
        const readings = { j1: p.readings[0], j2: p.readings[1] };
        const judgement = judgeJobs({
          jobIds: JOB_IDS,
          readings,
          objects: Object.fromEntries(JOB_IDS.map((id) => [id, snapshot.byJob[id]?.counts])),
          ...(p.maxDelayMs !== undefined && { maxDelayMs: p.maxDelayMs })
        });
        const { status } = decideWithJobs(
          decide(snapshot, { failFast: p.failFast, failOnTimeout: true }, p.deadline),
          judgement,
          p.deadline
        );

        // Written from the raw inputs, without the rules under test.
        const known = ['finished', 'migrating', 'notstarted', 'failed'];
        const waited = objects.filter((o) => o.section !== 'incremental' || !known.includes(o.status.toLowerCase()));
        const doneOrIgnored = (o: DtsObject): boolean =>
          o.status.toLowerCase() === 'finished' || (o.status === 'Failed' && p.ignoreTmp && o.sourceDatabase === 'tmp');
        const everyJobListed = JOB_IDS.every((id) => objects.some((o) => o.jobId === id));
        const failedJob = JOB_IDS.some((id, i) => {
          const r = p.readings[i]!;
          return r.kind === 'read' && ['precheckfailed', 'initializefailed', 'failed'].includes(r.job.status.toLowerCase());
        });
        if (status === 'finished') {
          expect(everyJobListed).toBe(true);
          expect(waited.every(doneOrIgnored)).toBe(true);
          expect(objects.every((o) => o.status !== 'Failed' || (p.ignoreTmp && o.sourceDatabase === 'tmp'))).toBe(true);
          if (p.maxDelayMs !== undefined) {
            for (const r of p.readings) {
              expect(r.kind).toBe('read');
              if (r.kind !== 'read') continue;
              expect(r.job.delayMs).toBeDefined();
              expect(r.job.delayMs!).toBeLessThanOrEqual(p.maxDelayMs);
              expect(['synchronizing', 'modifying']).toContain(r.job.status.toLowerCase());
            }
          }
        }
        // A failed job that is not ignored always fails the run, and so does one that left objects pending.
        if (failedJob && judgement.ignored.length === 0) expect(status).toBe('failed');
        for (const id of JOB_IDS) {
          const r = readings[id as 'j1' | 'j2'];
          const dead = r.kind === 'read' && ['precheckfailed', 'initializefailed', 'failed'].includes(r.job.status.toLowerCase());
          if (dead && (snapshot.byJob[id]?.counts.pending ?? 0) > 0) expect(status).toBe('failed');
        }
        if (judgement.ignored.length > 0) seen.ignoredJobFailure++;
        if (status === 'finished') seen.finished++;
        if (status === 'finished' && p.maxDelayMs !== undefined) seen.finishedOnDelay++;
      }),
      { numRuns: 3000 }
    );
    // The cases that matter were met, so the checks above were made.
    expect(seen.finished).toBeGreaterThan(10);
    expect(seen.finishedOnDelay).toBeGreaterThan(0);
    expect(seen.ignoredJobFailure).toBeGreaterThan(0);
  });
});

describe('judgeJobs: the states and warnings of the current API', () => {
  const view = (entry: Record<string, unknown>): JobReading => ({ kind: 'read', job: readTaskEntry(entry, 1000).job });
  const HELP = [{ ErrorCode: 'DTS-1051009', HelpUrl: 'https://help.aliyun.com/zh/dts/support/common-errors-and-troubleshooting' }];

  it('ModifyFailed fails the job with its error and its help pages', () => {
    const j = judgeJobs(input({ a: view({ Status: 'ModifyFailed', ErrorMessage: 'no such table', ErrorDetails: HELP }) }));
    expect(j.failed).toEqual([
      {
        jobId: 'a',
        status: 'ModifyFailed',
        state: 'ModifyFailed',
        error: 'no such table',
        items: [],
        errorDetails: [{ code: 'DTS-1051009', helpUrl: HELP[0]!.HelpUrl }]
      }
    ]);
  });

  it('PreCheckPass and Retrying have no effect of their own; NotConfigured warns once per job', () => {
    expect(judgeJobs(input({ a: view({ Status: 'PreCheckPass' }), b: view({ Status: 'Retrying' }) }))).toMatchObject({
      failed: [],
      warnings: []
    });
    const rules = input({ a: view({ Status: 'NotConfigured' }) });
    expect(judgeJobs(rules).warnings).toEqual([
      { kind: 'not-configured', jobIds: ['a'], keys: ['not-configured:a'], status: 'NotConfigured' }
    ]);
    expect(warningsAfter(rules, new Set(['not-configured:a']))).toEqual([]);
  });

  it('DTS retrying: a warning keyed by the retry episode, with what is retried; none without an episode number', () => {
    const retrying = view({
      Status: 'Initializing',
      RetryState: { Retrying: true, RetryCount: 4, RetryTime: 240, MaxRetryTime: 600, RetryTarget: 'destDB', ErrMessage: 'refused' }
    });
    const rules = input({ a: retrying }, { retryEpisodes: { a: 2 } });
    expect(judgeJobs(rules).warnings).toEqual([
      {
        kind: 'retrying',
        jobIds: ['a'],
        keys: ['retrying:a:2'],
        status: 'Initializing',
        retry: { target: 'destDB', message: 'refused', count: 4, seconds: 240, maxSeconds: 600 }
      }
    ]);
    expect(warningsAfter(rules, new Set(['retrying:a:1']))).toHaveLength(1);
    expect(warningsAfter(rules, new Set(['retrying:a:2']))).toEqual([]);
    expect(judgeJobs(input({ a: retrying })).warnings).toEqual([]);
  });

  it('DescribeDtsJobs refused: one warning for every job, given once', () => {
    const rules = input(
      { a: read({ Status: 'Initializing' }), b: read({ Status: 'Initializing' }) },
      {
        viewRefused: { code: 'Forbidden.RAM', message: 'no dts:DescribeDtsJobs' }
      }
    );
    expect(judgeJobs(rules).warnings).toEqual([
      { kind: 'view-refused', jobIds: ['a', 'b'], keys: ['view-refused'], code: 'Forbidden.RAM', message: 'no dts:DescribeDtsJobs' }
    ]);
    expect(warningsAfter(rules, new Set(['view-refused']))).toEqual([]);
  });
});
