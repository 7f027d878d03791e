/**
 * Property-based tests (fast-check) of the parts that decide: the poll loop over random
 * sequences of polls (objects and job states, with and without max-delay), de-duplication, and
 * the reading of random (often malformed) answers.
 * The expectations are computed here from the raw statuses, independently of src/core.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { dedupe } from '../../src/core/aggregate.js';
import { identity } from '../../src/core/identity.js';
import { ignoreMatcher } from '../../src/core/ignore.js';
import { readJobStatus } from '../../src/core/job.js';
import type { JobReading } from '../../src/core/jobTypes.js';
import { readPage, stateOf } from '../../src/core/normalize.js';
import { SECTIONS, WAITED_SECTIONS, type DtsObject, type Section, type State } from '../../src/core/types.js';
import { listsPage } from '../../src/dts/calls.js';
import { handlingOf } from '../../src/dts/policy.js';
import { checkAnswer } from '../../src/dts/wire.js';
import { DtsApiError, MalformedAnswer } from '../../src/errors.js';
import type { PollReadings } from '../../src/core/types.js';
import { waitForVerdict } from '../../src/poll/loop.js';

// ---------------------------------------------------------------------------------------------
// Statuses

const DOCUMENTED = ['NotStarted', 'Migrating', 'Finished', 'Failed'] as const;

/** A documented status in a random casing, or "Not Started" with a separator. */
const casedStatus = fc
  .tuple(
    fc.constantFrom(...DOCUMENTED, 'Not Started', 'not_started', 'NOT-STARTED'),
    fc.array(fc.boolean(), { minLength: 12, maxLength: 12 })
  )
  .map(([s, upper]) => Array.from(s, (c, i) => (upper[i] ? c.toUpperCase() : c.toLowerCase())).join(''));

/** Statuses that are none of the four, some of them close. */
const unknownStatus = fc.oneof(
  fc.constantFrom(
    'Paused',
    '',
    ' ',
    'Finished!',
    'Fin ished',
    'F_inished',
    'Finish-ed',
    'Finishing',
    'Done',
    'Success',
    'Not  Started',
    'constructor',
    '__proto__',
    'toString',
    'hasOwnProperty'
  ),
  fc.string({ maxLength: 10 })
);

const statusText = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...DOCUMENTED) },
  { weight: 3, arbitrary: casedStatus },
  { weight: 2, arbitrary: unknownStatus }
);

/** What a status means by the documented waiting rules, written here without src/core. */
type Meaning = 'finished' | 'failed' | 'waiting' | 'unknown';
function meaning(status: string): Meaning {
  const s = status.trim().toLowerCase();
  if (s === 'finished') return 'finished';
  if (s === 'failed') return 'failed';
  if (s === 'migrating' || s === 'notstarted' || /^not[\s_-]started$/.test(s)) return 'waiting';
  return 'unknown';
}

// ---------------------------------------------------------------------------------------------
// The poll loop

interface Entry {
  section: Section;
  name: string;
  type: string;
  status: string;
}

const entry: fc.Arbitrary<Entry> = fc.record({
  section: fc.constantFrom(...SECTIONS),
  // A small pool of names, so that one poll often meets an object twice.
  name: fc.constantFrom('a', 'b', 'c'),
  type: fc.constantFrom('Table', 'View'),
  status: statusText
});

/** What a job-status call gave: an answer with a status (any casing) and maybe a delay, a refusal, or nothing asked. */
type JobGen = { kind: 'read'; status: string; delayMs: number | null } | { kind: 'refused' } | { kind: 'not-asked' };

const REPLICATING = ['Synchronizing', 'synchronizing', 'SYNCHRONIZING', 'Modifying', 'modifying'];
const FAILING = ['PrecheckFailed', 'precheckFailed', 'InitializeFailed', 'initializeFailed', 'Failed', 'failed'];
const OTHER = ['Initializing', 'Initializating', 'Prechecking', 'Suspending', 'suspending', 'Finished', 'NotStarted', 'Rebooting', ''];

const jobGen: fc.Arbitrary<JobGen> = fc.oneof(
  {
    weight: 10,
    arbitrary: fc.record({
      kind: fc.constant('read' as const),
      status: fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom(...REPLICATING) },
        { weight: 1, arbitrary: fc.constantFrom(...FAILING) },
        { weight: 2, arbitrary: fc.constantFrom(...OTHER) }
      ),
      delayMs: fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: null, freq: 4 })
    })
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'refused' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'not-asked' as const }) }
);

interface JobRead {
  entries: Entry[];
  shifted: boolean;
  job: JobGen;
}
type Step = { kind: 'read'; jobs: JobRead[] } | { kind: 'fault'; fatal: boolean };

const JOB_IDS = ['j1', 'j2'];

const step = (jobs: number): fc.Arbitrary<Step> =>
  fc.oneof(
    {
      weight: 8,
      arbitrary: fc
        .array(
          fc.record({
            entries: fc.array(entry, { maxLength: 7 }),
            shifted: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
            job: jobGen
          }),
          { minLength: jobs, maxLength: jobs }
        )
        .map((reads): Step => ({ kind: 'read', jobs: reads }))
    },
    { weight: 1, arbitrary: fc.boolean().map((fatal): Step => ({ kind: 'fault', fatal })) }
  );

const scenario = fc.integer({ min: 1, max: 2 }).chain((jobs) =>
  fc.record({
    jobIds: fc.constant(JOB_IDS.slice(0, jobs)),
    steps: fc.array(step(jobs), { minLength: 1, maxLength: 6 }),
    failFast: fc.boolean(),
    maxDelayMs: fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: undefined, freq: 2 })
  })
);

function toObject(jobId: string, e: Entry): DtsObject {
  const type = e.section === 'data' || e.section === 'incremental' ? 'Table' : e.type;
  const object: DtsObject = {
    jobId,
    section: e.section,
    sourceDatabase: 'db',
    destinationDatabase: 'db',
    name: e.name,
    type,
    status: e.status,
    state: stateOf(e.status),
    error: ''
  };
  if (e.section === 'constraint') object.parent = 'db.a:Table';
  return object;
}

interface Expected {
  status: 'finished' | 'failed' | 'timeout' | 'error';
  polls: number;
  counts?: { total: number; finished: number; failed: number; ignored: number; pending: number; running: number };
}

/** The documented waiting rules (README, "Waiting rules") over the raw statuses of one complete poll. */
function judge(jobIds: string[], read: JobRead[]) {
  const byId = new Map<string, { section: Section; meanings: Meaning[] }>();
  read.forEach((job, j) => {
    for (const e of job.entries) {
      const o = toObject(jobIds[j]!, e);
      const key = [o.jobId, o.section, o.name, o.type].join('|');
      const seen = byId.get(key) ?? { section: o.section, meanings: [] };
      seen.meanings.push(meaning(e.status));
      byId.set(key, seen);
    }
  });
  const counts = { total: 0, finished: 0, failed: 0, ignored: 0, pending: 0, running: 0 };
  for (const { section, meanings } of byId.values()) {
    counts.total++;
    // One object counts once; a failure is never hidden, Finished is believed only if every reading says so.
    if (meanings.includes('failed')) counts.failed++;
    else if (meanings.includes('unknown')) counts.pending++;
    else if (meanings.includes('waiting')) counts[WAITED_SECTIONS.has(section) ? 'pending' : 'running']++;
    else counts.finished++;
  }
  const silent = read.some((job) => job.entries.length === 0);
  const shifted = read.some((job) => job.shifted);
  return { counts, settled: counts.pending === 0 && !silent && !shifted };
}

/** The job as a whole by the documented rules (README, "The job as a whole"), from the raw answers of one poll. */
function judgeJobsOf(read: JobRead[], maxDelayMs: number | undefined) {
  const status = (g: JobGen): string => (g.kind === 'read' ? g.status.toLowerCase() : '');
  // No ignore patterns here: a failed job state always fails the job.
  const failedJob = read.some((job) => ['precheckfailed', 'initializefailed', 'failed'].includes(status(job.job)));
  const unreadable = maxDelayMs !== undefined && read.some((job) => job.job.kind === 'refused');
  const delayHolds =
    maxDelayMs === undefined ||
    read.every(
      ({ job }) =>
        job.kind === 'read' && ['synchronizing', 'modifying'].includes(status(job)) && job.delayMs !== null && job.delayMs <= maxDelayMs
    );
  return { failedJob, unreadable, delayHolds };
}

/**
 * The verdict of one complete poll, or undefined to wait on: a failed job, then failed objects,
 * then (with max-delay) a job state that could not be read, then done (only when the delay
 * holds too), then the deadline.
 */
function verdictOfPoll(
  objects: ReturnType<typeof judge>,
  jobs: ReturnType<typeof judgeJobsOf>,
  failFast: boolean,
  atDeadline: boolean
): Expected['status'] | undefined {
  const failed = objects.counts.failed > 0;
  if (jobs.failedJob) return 'failed';
  if (failed && (failFast || objects.settled || atDeadline)) return 'failed';
  // A failure seen wins over an error.
  if (jobs.unreadable) return failed ? 'failed' : 'error';
  if (objects.settled && jobs.delayHolds) return 'finished';
  return atDeadline ? 'timeout' : undefined;
}

/** Step k is read at time k; the deadline is the time of the last step. */
function expectedOf(jobIds: string[], steps: Step[], failFast: boolean, maxDelayMs?: number): Expected {
  let last: { objects: ReturnType<typeof judge>; jobs: ReturnType<typeof judgeJobsOf> } | undefined;
  let polls = 0;
  for (let k = 0; k < steps.length; k++) {
    const atDeadline = k === steps.length - 1;
    const s = steps[k]!;
    const counts = last?.objects.counts;
    if (s.kind === 'fault') {
      if (s.fatal || !last) return { status: 'error', polls, ...(counts && { counts }) };
      // At the deadline the last complete poll decides, as at a deadline.
      if (atDeadline) return { status: verdictOfPoll(last.objects, last.jobs, failFast, true)!, polls, ...(counts && { counts }) };
      continue; // a retryable failure after a complete poll: the wait goes on
    }
    polls++;
    last = { objects: judge(jobIds, s.jobs), jobs: judgeJobsOf(s.jobs, maxDelayMs) };
    const status = verdictOfPoll(last.objects, last.jobs, failFast, atDeadline);
    if (status) return { status, polls, counts: last.objects.counts };
  }
  throw new Error('unreachable: the last step is at the deadline');
}

/** The reading the action makes of a generated job-status answer. */
function readingOfGen(g: JobGen): JobReading {
  if (g.kind === 'refused') return { kind: 'refused', code: 'Forbidden.RAM', message: 'DTS refused the call: Forbidden.RAM' };
  if (g.kind === 'not-asked') return { kind: 'not-asked' };
  return { kind: 'read', job: readJobStatus({ Status: g.status, ...(g.delayMs !== null && { DelayMillis: g.delayMs }) }) };
}

async function runPoll(jobIds: string[], steps: Step[], failFast: boolean, maxDelayMs?: number) {
  let round = -1;
  let clock = 0;
  const read = async (): Promise<PollReadings> => {
    clock = ++round + 1; // the read of step k ends at time k + 1
    const s = steps[Math.min(round, steps.length - 1)]!;
    if (s.kind === 'fault') {
      throw s.fatal
        ? new DtsApiError('Forbidden.RAM', 'DTS refused the call: Forbidden.RAM')
        : new DtsApiError('Throttling.User', 'DTS refused the call: Throttling.User');
    }
    const readings: PollReadings = { lists: {}, jobs: {}, calls: jobIds.length };
    jobIds.forEach((jobId, j) => {
      const job = s.jobs[j]!;
      readings.lists[jobId] = { objects: job.entries.map((e) => toObject(jobId, e)), lastPage: 1, shifted: job.shifted };
      readings.jobs[jobId] = readingOfGen(job.job);
    });
    return readings;
  };
  const result = await waitForVerdict(
    { read, stop: () => undefined },
    {
      jobIds,
      pollIntervalMs: 1,
      budget: { startedAt: 0, deadline: steps.length, stopAt: steps.length },
      clock: { now: () => clock, sleep: async () => undefined },
      ignored: ignoreMatcher([]),
      failFast,
      failOnTimeout: true,
      signal: new AbortController().signal,
      ...(maxDelayMs !== undefined && { maxDelayMs })
    }
  );
  return { result, rounds: round + 1 };
}

/** Runs the poll loop over one random scenario and checks its verdict against the documented rules. */
async function checkRun({
  jobIds,
  steps,
  failFast,
  maxDelayMs
}: {
  jobIds: string[];
  steps: Step[];
  failFast: boolean;
  maxDelayMs?: number | undefined;
}) {
  const { result } = await runPoll(jobIds, steps, failFast, maxDelayMs);
  const want = expectedOf(jobIds, steps, failFast, maxDelayMs);
  expect({ status: result.status, polls: result.polls }).toEqual({ status: want.status, polls: want.polls });
  if (want.counts) expect(result.snapshot?.counts).toEqual(want.counts);
  else expect(result.snapshot).toBeUndefined();

  if (result.snapshot) {
    const c = result.snapshot.counts;
    expect(c.finished + c.failed + c.ignored + c.pending + c.running).toBe(c.total);
    expect(new Set(result.snapshot.objects.map(identity)).size).toBe(c.total);
  }
  // The documented rules, checked on the raw statuses of the last complete poll.
  const lastRead = steps.filter((s): s is Extract<Step, { kind: 'read' }> => s.kind === 'read')[result.polls - 1];
  const entries = lastRead?.jobs.flatMap((j) => j.entries) ?? [];
  if (result.status === 'finished') {
    for (const e of entries) {
      if (e.section !== 'incremental') expect(meaning(e.status)).toBe('finished');
      else expect(['finished', 'waiting']).toContain(meaning(e.status));
    }
    for (const job of lastRead!.jobs) expect(job.entries.length).toBeGreaterThan(0);
    // Whatever the job states said, and with max-delay only with every delay known, read
    // while the job replicates, and at most the limit.
    if (maxDelayMs !== undefined) {
      for (const { job } of lastRead!.jobs) {
        expect(job.kind).toBe('read');
        if (job.kind !== 'read') continue;
        expect(['synchronizing', 'modifying']).toContain(job.status.toLowerCase());
        expect(job.delayMs).not.toBeNull();
        expect(job.delayMs!).toBeLessThanOrEqual(maxDelayMs);
      }
    }
  }
  const jobFailed = lastRead?.jobs.some(
    ({ job }) => job.kind === 'read' && ['precheckfailed', 'initializefailed', 'failed'].includes(job.status.toLowerCase())
  );
  if (result.status === 'failed') expect(jobFailed || entries.some((e) => meaning(e.status) === 'failed')).toBe(true);
  if (result.status === 'error') {
    if (result.error) expect(result.error).toBeInstanceOf(DtsApiError);
    // Without an error of the API, a job state that max-delay needed could not be read.
    else expect(maxDelayMs !== undefined && lastRead!.jobs.some(({ job }) => job.kind === 'refused')).toBe(true);
  }
}

describe('poll() over random sequences of polls', () => {
  it('reaches the verdict the waiting rules give, from the last complete poll, with counts that add up', async () => {
    await fc.assert(fc.asyncProperty(scenario, checkRun), { numRuns: 600 });
  });

  it('with every object finished, the job states and max-delay decide, and finished only on a low delay', async () => {
    const allFinished = scenario.map(({ steps, ...rest }) => ({
      ...rest,
      steps: steps.map((s): Step =>
        s.kind === 'fault'
          ? s
          : {
              kind: 'read',
              jobs: s.jobs.map((job) => ({
                ...job,
                shifted: false,
                entries: [
                  { section: 'data', name: 'a', type: 'Table', status: 'Finished' },
                  ...job.entries.map((e) => ({ ...e, status: 'Finished' }))
                ]
              }))
            }
      )
    }));
    await fc.assert(fc.asyncProperty(allFinished, checkRun), { numRuns: 600 });
  });
});

// ---------------------------------------------------------------------------------------------
// dedupe

const DONENESS: Record<State, number> = { Failed: 0, unknown: 1, Migrating: 2, NotStarted: 3, Finished: 4 };

describe('dedupe', () => {
  it('keeps one object per identity, never hides a failure and never believes a lone Finished', () => {
    const objects = fc.array(
      fc.record({ job: fc.constantFrom('j1', 'j2'), e: entry }).map(({ job, e }) => toObject(job, e)),
      { maxLength: 30 }
    );
    fc.assert(
      fc.property(objects, (list) => {
        const kept = dedupe(list);
        const ids = kept.map(identity);
        expect(new Set(ids).size).toBe(ids.length);
        expect(new Set(ids)).toEqual(new Set(list.map(identity)));
        for (const k of kept) {
          const readings = list.filter((o) => identity(o) === identity(k)).map((o) => o.state);
          if (readings.includes('Failed')) expect(k.state).toBe('Failed');
          if (k.state === 'Finished') expect(readings.every((s) => s === 'Finished')).toBe(true);
          expect(DONENESS[k.state]).toBe(Math.min(...readings.map((s) => DONENESS[s])));
        }
      }),
      { numRuns: 500 }
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Reading random answers

/** json-bigint's BigNumber, as pop-core hands over numbers beyond 2^53. */
const bigNumber = fc.bigInt({ min: 2n ** 53n, max: 2n ** 70n }).map((n) => ({ _isBigNumber: true, toFixed: () => n.toString() }));

/** Any value a field may hold in a malformed answer. */
const anyValue = fc.oneof(fc.jsonValue({ maxDepth: 2 }), bigNumber, fc.constant(undefined));
const statusValue = fc.oneof(
  { weight: 4, arbitrary: statusText },
  { weight: 1, arbitrary: statusText.map((s) => ` ${s}\t`) },
  { weight: 1, arbitrary: anyValue },
  { weight: 1, arbitrary: fc.array(statusText, { maxLength: 2 }) },
  { weight: 1, arbitrary: statusText.map((Status) => ({ Status })) },
  { weight: 1, arbitrary: bigNumber }
);

let tags = 0;
/** Entries get a unique name, so that each object read can be traced to its raw Status. */
interface Traced {
  name: string;
  status: unknown;
}

type ListForm = 'array' | 'wrapped' | 'missing' | 'garbage';
interface ListGen {
  form: ListForm;
  entries: Array<{ fields: Record<string, unknown>; constraints?: ListGen } | { junk: unknown }>;
  garbage: unknown;
}

const junk = fc.jsonValue({ maxDepth: 2 }).filter((v) => !(typeof v === 'object' && v !== null && !Array.isArray(v) && 'Status' in v));

const entryFields = fc.record(
  {
    Status: statusValue,
    SourceOwnerDBName: anyValue,
    DestinationOwnerDBName: anyValue,
    ObjectType: anyValue,
    ErrorMessage: anyValue,
    TotalRowNum: fc.oneof(anyValue, fc.nat().map(String)),
    FinishRowNum: anyValue,
    UsedTime: anyValue
  },
  { requiredKeys: [] }
);

const listGen = (depth: number): fc.Arbitrary<ListGen> =>
  fc.record({
    form: fc.constantFrom<ListForm>('array', 'array', 'array', 'wrapped', 'missing', 'garbage'),
    entries: fc.array(
      fc.oneof(
        {
          weight: 5,
          arbitrary: depth > 0 ? fc.record({ fields: entryFields, constraints: listGen(depth - 1) }) : fc.record({ fields: entryFields })
        },
        { weight: 1, arbitrary: junk.map((v) => ({ junk: v })) }
      ),
      { maxLength: 4 }
    ),
    garbage: fc.oneof(fc.jsonValue({ maxDepth: 1 }), fc.constantFrom('none', 0, true, [[]], { a: 1, b: 2 }))
  });

/** Builds the raw list and records the traced entries it holds, if the list is well-formed. */
function build(gen: ListGen, item: string, nameKey: string, traced: Traced[] | undefined): unknown {
  if (gen.form === 'missing') return undefined;
  if (gen.form === 'garbage') return gen.garbage;
  const entries = gen.entries.map((e) => {
    if ('junk' in e) return e.junk;
    const name = `e${++tags}`;
    const raw: Record<string, unknown> = { ...e.fields, [nameKey]: name };
    traced?.push({ name, status: e.fields.Status });
    if (e.constraints)
      raw.Constraints = build(e.constraints, 'Constraint', 'ObjectName', e.constraints.form === 'garbage' ? undefined : traced);
    return raw;
  });
  return gen.form === 'wrapped' ? { [item]: entries } : entries;
}

function malformedAnywhere(gen: ListGen): boolean {
  if (gen.form === 'garbage') return true;
  if (gen.form === 'missing') return false;
  return gen.entries.some((e) => 'fields' in e && e.constraints !== undefined && malformedAnywhere(e.constraints));
}

function junkCount(gen: ListGen): number {
  if (gen.form === 'missing' || gen.form === 'garbage') return 0;
  return gen.entries.reduce((n, e) => n + ('junk' in e ? 1 : e.constraints ? junkCount(e.constraints) : 0), 0);
}

const answer = fc.record({ structure: listGen(1), data: listGen(0), incremental: listGen(0) });

describe('readPage on random answers', () => {
  it('throws nothing but MalformedAnswer, drops no entry, and reads Finished only from a Finished status', () => {
    fc.assert(
      fc.property(answer, (gen) => {
        const traced: Traced[] = [];
        const body = {
          Success: true,
          StructureInitializationDetails: build(gen.structure, 'StructureInitializationDetail', 'ObjectName', traced),
          DataInitializationDetails: build(gen.data, 'DataInitializationDetail', 'TableName', traced),
          DataSynchronizationDetails: build(gen.incremental, 'DataSynchronizationDetail', 'TableName', traced)
        };
        const malformed = [gen.structure, gen.data, gen.incremental].some(malformedAnywhere);
        let page: ReturnType<typeof readPage>;
        try {
          page = readPage('j1', body);
        } catch (thrown) {
          expect(thrown).toBeInstanceOf(MalformedAnswer);
          expect(malformed).toBe(true);
          return;
        }
        const statusOf = new Map(traced.map((t) => [t.name, t.status]));
        for (const o of page.objects) {
          const raw = statusOf.get(o.name);
          if (o.state === 'Finished') {
            expect(typeof raw).toBe('string');
            expect((raw as string).trim().toLowerCase()).toBe('finished');
          }
          if (raw === undefined) expect(o.state).toBe('unknown'); // junk entries never count as done
          expect(SECTIONS).toContain(o.section);
          for (const count of [o.totalRows, o.finishedRows]) if (count !== undefined) expect(count).toMatch(/^(0|[1-9]\d*)$/);
        }
        if (!malformed) {
          // Every entry becomes exactly one object: traced ones by name, junk ones as unknown.
          const names = page.objects.map((o) => o.name).filter((n) => statusOf.has(n));
          expect(names.sort()).toEqual(traced.map((t) => t.name).sort());
          const junkEntries = [gen.structure, gen.data, gen.incremental].reduce((n, g) => n + junkCount(g), 0);
          expect(page.objects.length).toBe(traced.length + junkEntries);
        }
      }),
      { numRuns: 1000 }
    );
  });

  it('checkAnswer never lets an error answer through, takes only true for success, and throws nothing but DtsApiError', () => {
    /** What a Success may be, decided here without src/: a boolean, or the text true/false. */
    const successMeaning = (value: unknown): boolean | 'absent' | 'malformed' => {
      if (value === undefined) return 'absent';
      if (typeof value === 'boolean') return value;
      const t = typeof value === 'string' ? value.trim().toLowerCase() : undefined;
      return t === 'true' ? true : t === 'false' ? false : 'malformed';
    };
    const body = fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.record(
        {
          Success: fc.oneof(
            fc.boolean(),
            fc.constantFrom('true', 'false', 'TRUE', 'False', ' true ', 'yes', '', 'null', '0'),
            // Values that only look like a flag: wrapped in an array or an object, or numbers.
            fc.array(fc.oneof(fc.boolean(), fc.constantFrom('true', 'false')), { maxLength: 2 }),
            fc.record({ Success: fc.boolean() }),
            fc.constantFrom(null, 0, 1),
            anyValue
          ),
          ErrCode: anyValue,
          ErrMessage: anyValue,
          RequestId: anyValue,
          DataInitializationDetails: fc.constant([])
        },
        { requiredKeys: [] }
      )
    );
    fc.assert(
      fc.property(body, fc.option(fc.integer({ min: 100, max: 599 }), { nil: undefined }), (b, httpStatus) => {
        const record = typeof b === 'object' && b !== null && !Array.isArray(b) ? (b as Record<string, unknown>) : undefined;
        const success = successMeaning(record?.Success);
        let accepted: Record<string, unknown>;
        try {
          accepted = checkAnswer(b, httpStatus, listsPage);
        } catch (thrown) {
          expect(thrown).toBeInstanceOf(DtsApiError);
          if (success === 'malformed' && record?.ErrCode === undefined && (httpStatus === undefined || httpStatus < 400)) {
            expect(thrown).toMatchObject({ code: 'InvalidResponse' });
            expect(handlingOf(thrown as DtsApiError)).toBe('retry-call');
          }
          return;
        }
        expect(typeof accepted).toBe('object');
        expect([true, 'absent']).toContain(successMeaning(accepted.Success));
        if (httpStatus !== undefined) expect(httpStatus).toBeLessThan(400);
      }),
      { numRuns: 1000 }
    );
  });
});
