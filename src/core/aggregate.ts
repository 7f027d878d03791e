/**
 * From the objects one poll read to a Snapshot: de-duplicate, classify by the waiting rules, count.
 * Every count a reporter shows is made here, in one pass over the objects: the counts, and the
 * rows of full data copied; then the job rules over those counts. The copy rate, which needs the
 * polls before, is the poll step's (progress.ts `withRate`).
 */
import { judgeChecks } from './checkRules.js';
import type { CheckReading, DataCheckJudgement } from './checkTypes.js';
import { IdentityMap } from './identity.js';
import type { IgnoreMatcher } from './ignore.js';
import { judgeJobs } from './jobRules.js';
import type { JobIdentity, JobReading, Refusal } from './jobTypes.js';
import { ProgressCount } from './progress.js';
import { jobSettled, outcomeOf } from './rules.js';
import {
  SECTIONS,
  type AllFields,
  type ClassifiedObject,
  type Counts,
  type DtsObject,
  type JobCounts,
  type Outcome,
  type Section,
  type SectionCounts,
  type Snapshot,
  type State
} from './types.js';

// When a poll meets an object twice (the lists shifted while it read them), the reading that is
// furthest from done wins: a failure is never hidden, and `Finished` is believed only if no
// other reading of the object disagrees.
const DONENESS: Record<State, number> = { Failed: 0, unknown: 1, Migrating: 2, NotStarted: 3, Finished: 4 };

export function dedupe(objects: readonly DtsObject[]): DtsObject[] {
  const byId = new IdentityMap<DtsObject>();
  for (const object of objects) {
    const seen = byId.getOrAdd(object, object);
    if (seen !== undefined && DONENESS[object.state] < DONENESS[seen.state]) byId.set(object, object);
  }
  return byId.size === objects.length ? [...objects] : [...byId.values()];
}

function emptyCounts(): Counts {
  return { total: 0, finished: 0, failed: 0, ignored: 0, pending: 0, running: 0 };
}

function emptySectionCounts(): SectionCounts {
  return { ...emptyCounts(), migrating: 0, notStarted: 0, unknown: 0 };
}

function perSection<C>(make: () => C): Record<Section, C> {
  return Object.fromEntries(SECTIONS.map((s) => [s, make()])) as Record<Section, C>;
}

function emptyJob(): JobCounts {
  return { counts: emptyCounts(), sections: perSection(emptySectionCounts), settled: false };
}

/** The state counters a pending or running object adds to. */
const STATE_COUNTER: Partial<Record<State, 'migrating' | 'notStarted' | 'unknown'>> = {
  Migrating: 'migrating',
  NotStarted: 'notStarted',
  unknown: 'unknown'
};

function add(counts: Counts, outcome: Outcome): void {
  counts.total++;
  counts[outcome]++;
}

/** What the job rules need besides the objects; without it, no job state was asked. */
export interface JobContext {
  /** Per job, what its job-status call gave in this poll; a job without one was not asked. */
  jobs?: Readonly<Record<string, JobReading>>;
  /** `max-delay` in milliseconds. */
  maxDelayMs?: number;
  /** Per job DTS is retrying, the number of its retry episode. */
  retryEpisodes?: Readonly<Record<string, number>>;
  /** DescribeDtsJobs refused for good. */
  viewRefused?: Refusal;
  /** Which task each job is, from the look-up. */
  identities?: readonly JobIdentity[];
  /** `data-check`, and the verification results read so far: with `identities`, the verification is judged. */
  dataCheck?: DataCheckJudgement['mode'];
  checks?: Readonly<Record<string, CheckReading>>;
  /** The run's ignore patterns, for the tables of a verification. */
  ignored?: IgnoreMatcher;
}

const NOT_ASKED: JobReading = { kind: 'not-asked' };

export function aggregate(objects: ClassifiedObject[], jobIds: string[], poll: number, atMs: number, context: JobContext = {}): Snapshot {
  const counts = emptyCounts();
  const progress = new ProgressCount();
  const sections = perSection(emptyCounts);
  const byJob: Snapshot['byJob'] = {};
  for (const jobId of jobIds) byJob[jobId] = emptyJob();
  const unknown = new Map<string, number>();
  for (const object of objects) {
    const job = (byJob[object.jobId] ??= emptyJob());
    const section = job.sections[object.section];
    // Counters by hand: a list of them per object would be 100,000 arrays a poll.
    add(counts, object.outcome);
    add(sections[object.section], object.outcome);
    add(job.counts, object.outcome);
    add(section, object.outcome);
    if (object.outcome === 'pending' || object.outcome === 'running') {
      const counter = STATE_COUNTER[object.state];
      if (counter) section[counter]++;
    }
    if (object.state === 'unknown') unknown.set(object.status, (unknown.get(object.status) ?? 0) + 1);
    progress.add(object);
  }
  for (const job of Object.values(byJob)) job.settled = jobSettled(job.counts);

  const jobs: Record<string, JobReading> = {};
  for (const id of jobIds) jobs[id] = context.jobs?.[id] ?? NOT_ASKED;
  const silentJobs = jobIds.filter((id) => (byJob[id]?.counts.total ?? 0) === 0);
  const snapshot: Snapshot = {
    poll,
    atMs,
    jobIds,
    objects,
    counts,
    sections,
    byJob,
    silentJobs,
    unknownStatuses: [...unknown].map(([status, n]) => ({ status, objects: n })),
    jobs,
    jobJudgement: judgeJobs({
      jobIds,
      readings: jobs,
      objects: Object.fromEntries(jobIds.map((id) => [id, byJob[id]?.counts])),
      ...(context.maxDelayMs !== undefined && { maxDelayMs: context.maxDelayMs }),
      ...(context.retryEpisodes && { retryEpisodes: context.retryEpisodes }),
      ...(context.viewRefused && { viewRefused: context.viewRefused })
    }),
    progress: progress.value(counts.pending > 0 || silentJobs.length > 0)
  };
  if (context.identities) {
    snapshot.identities = Object.fromEntries(context.identities.map((j) => [j.id, j]));
    snapshot.dataCheck = judgeChecks({
      jobIds,
      mode: context.dataCheck ?? 'off',
      identities: snapshot.identities,
      readings: jobs,
      ...(context.checks && { checks: context.checks }),
      ...(context.viewRefused && { viewRefused: context.viewRefused }),
      ignored: context.ignored ?? (() => false)
    });
  }
  return snapshot;
}

/**
 * `o` with its outcome. Written out field by field: V8 gives a spread copy (`{ ...o, outcome }`)
 * of an object this wide about four times the memory, which for 100,000 objects is ~45 MB.
 */
function classify(o: DtsObject, outcome: Outcome): ClassifiedObject {
  const copy: AllFields<ClassifiedObject> = {
    jobId: o.jobId,
    section: o.section,
    sourceDatabase: o.sourceDatabase,
    destinationDatabase: o.destinationDatabase,
    name: o.name,
    type: o.type,
    parent: o.parent,
    status: o.status,
    state: o.state,
    error: o.error,
    totalRows: o.totalRows,
    finishedRows: o.finishedRows,
    usedTime: o.usedTime,
    outcome
  };
  return copy;
}

/** Everything one complete poll read, as the Snapshot the verdict and the reporters use. */
export function snapshotOf(
  read: readonly DtsObject[],
  context: JobContext & { jobIds: string[]; poll: number; atMs: number; ignored: IgnoreMatcher; shiftedJobs?: string[] }
): Snapshot {
  const classified: ClassifiedObject[] = [];
  for (const o of dedupe(read)) {
    const outcome = outcomeOf(o, context.ignored);
    // Read with these ignore patterns, an object comes with this outcome already (see
    // readPage): it is taken as it is. Objects are never changed once made, so sharing is safe.
    const known = (o as Partial<ClassifiedObject>).outcome;
    classified.push(known === outcome ? (o as ClassifiedObject) : classify(o, outcome));
  }
  const snapshot = aggregate(classified, context.jobIds, context.poll, context.atMs, context);
  if (context.shiftedJobs && context.shiftedJobs.length > 0) snapshot.shiftedJobs = [...context.shiftedJobs];
  return snapshot;
}
