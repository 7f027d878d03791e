/**
 * The plain data that flows through the gate: objects, counts, what a poll read, the snapshot of
 * a poll and the verdict. Everything in src/core is a pure function over these types and those of
 * jobTypes.ts; this module imports nothing of the core but them. I/O lives in src/dts,
 * src/credentials, src/report, the poll loop and the front doors.
 */
import type { RunError } from '../errors.js';
import type { CheckReading, DataCheckJudgement } from './checkTypes.js';
import type { JobIdentity, JobJudgement, JobReading, JobWarningKind, Refusal } from './jobTypes.js';

/** Project-wide names of the four lists DescribeInitializationStatus returns. */
export type Section = 'structure' | 'constraint' | 'data' | 'incremental';
export const SECTIONS: readonly Section[] = ['structure', 'constraint', 'data', 'incremental'];

/** Sections whose objects the action waits on; `incremental` never blocks. */
export const WAITED_SECTIONS: ReadonlySet<Section> = new Set(['structure', 'constraint', 'data']);

/** A DTS status after case-folding; `unknown` is anything DTS documents no meaning for. */
export type State = 'NotStarted' | 'Migrating' | 'Finished' | 'Failed' | 'unknown';

/**
 * What one object counts as in the outputs. The five add up to `total`:
 * - pending: NotStarted/Migrating/unknown in a waited-on section (or unknown anywhere),
 * - running: incremental entries that are NotStarted or Migrating (their normal state).
 */
export type Outcome = 'finished' | 'failed' | 'ignored' | 'pending' | 'running';
export const OUTCOMES: readonly Outcome[] = ['finished', 'failed', 'ignored', 'pending', 'running'];

/** One object of one job, as read in one poll. */
export interface DtsObject {
  jobId: string;
  section: Section;
  sourceDatabase: string;
  destinationDatabase: string;
  name: string;
  /** ObjectType for structure and constraint entries; `Table` for data and incremental ones. */
  type: string;
  /** For a constraint: `<database>.<name>:<type>` of the structure object it belongs to. */
  parent?: string;
  /** The status exactly as the API wrote it (`''` when missing). */
  status: string;
  state: State;
  /** ErrorMessage as the API wrote it (`''` when none). */
  error: string;
  /** Data entries only; decimal strings so that counts beyond 2^53 stay exact. */
  totalRows?: string;
  finishedRows?: string;
  /** Data entries only: UsedTime as the API wrote it. */
  usedTime?: string;
}

/** Counts by outcome; `total` is their sum. */
export interface Counts {
  total: number;
  finished: number;
  failed: number;
  ignored: number;
  pending: number;
  running: number;
}

/**
 * The counts of one section of one job, with pending and running objects also counted by what
 * DTS said of them (`migrating + notStarted + unknown = pending + running`).
 */
export interface SectionCounts extends Counts {
  migrating: number;
  notStarted: number;
  unknown: number;
}

/** What one poll saw of one job. */
export interface JobCounts {
  counts: Counts;
  /** Per section; a section the job does not have is all zero. */
  sections: Record<Section, SectionCounts>;
  /** The job reported objects, and none of them is pending or failed. */
  settled: boolean;
}

/**
 * Every field of `T`, optional ones too (as `undefined` when absent): the type of an object
 * literal written out field by field, so that a new field cannot be forgotten in it.
 */
export type AllFields<T> = { [K in keyof Required<T>]: T[K] };

/** An object together with the outcome the waiting rules give it. */
export interface ClassifiedObject extends DtsObject {
  outcome: Outcome;
}

/** A status the action does not know, and how many objects reported it. */
interface UnknownStatus {
  status: string;
  objects: number;
}

/** Rows of full data copied over every data entry of a poll (see progress.ts). */
export interface Progress {
  /** Data entries over all jobs, and how many of them are Finished. */
  entries: number;
  finishedEntries: number;
  /** Sums of FinishRowNum and TotalRowNum as DTS wrote them (an empty count adds 0). */
  copiedRows: bigint;
  totalRows: bigint;
  /** Rows done and rows in all, as the percentage counts them (see progress.ts). */
  doneRows: bigint;
  sizeRows: bigint;
  /** 0 to 100, one decimal at most; undefined when there are no data entries. */
  percent?: number;
}

/** One complete poll's reading of the rows, kept between polls for the copy rate. */
export interface ProgressSample {
  /** When the poll completed (any clock, in milliseconds). */
  atMs: number;
  doneRows: bigint;
  entries: number;
}

/** What one poll read of one job's lists (every page of DescribeInitializationStatus). */
export interface ListReading {
  objects: DtsObject[];
  /** The page on which every list had ended: the calls the next poll needs. */
  lastPage: number;
  /**
   * An object came on two different pages: the lists moved while this poll read them (DTS
   * re-sorted them, or an object was added in front), so the read may also have missed objects.
   */
  shifted: boolean;
  /** The objects of each page, by its number: the next poll reads its answers against them. */
  pages?: ReadonlyMap<number, readonly DtsObject[]>;
}

/** What one complete poll read, keyed by call: the lists of each job, and each job as a whole. */
export interface PollReadings {
  lists: Record<string, ListReading>;
  jobs: Record<string, JobReading>;
  /** API calls the poll made. */
  calls: number;
  /** DescribeDtsJobs refused for good in this poll (the jobs' states then came from the legacy call). */
  viewRefused?: Refusal;
  /** The verification results read in this poll (of the jobs whose verification it saw finish). */
  checks?: Record<string, CheckReading>;
}

/** Everything one complete poll saw, de-duplicated, classified and counted. */
export interface Snapshot {
  /** 1-based number of the complete poll that produced this snapshot. */
  poll: number;
  /** Milliseconds since the action started, when the poll completed. */
  atMs: number;
  jobIds: string[];
  objects: ClassifiedObject[];
  counts: Counts;
  /** Counts of all jobs together, per section. */
  sections: Record<Section, Counts>;
  /** Counts per job, then per section. */
  byJob: Record<string, JobCounts>;
  /** Jobs that reported no objects at all: pending by rule, never finished. */
  silentJobs: string[];
  /** Distinct statuses seen that the action does not know, as written by the API, in order of first sight. */
  unknownStatuses: UnknownStatus[];
  /**
   * Jobs whose lists moved between pages while this poll read them (an object came on two
   * pages): the poll may have missed objects too, so it cannot settle the run. Absent if none.
   */
  shiftedJobs?: string[];
  /** Per job, what its job-status call gave in this poll. */
  jobs: Record<string, JobReading>;
  /** Which task each job is (the look-up before the first poll), by the ID as written; absent when not looked up. */
  identities?: Record<string, JobIdentity>;
  /** The job rules over this poll: failed and ignored jobs, the delay, the warnings. */
  jobJudgement: JobJudgement;
  /** The full data verification over this poll; absent when not judged (no look-up). */
  dataCheck?: DataCheckJudgement;
  /** Rows of full data copied over every data entry of this poll. */
  progress: Progress;
  /** Rows of full data copied per second over the recent polls; undefined until rows were seen moving. */
  rate?: number;
  /** Whole seconds the copy is estimated to need still; undefined when not known or nothing is left. */
  etaSeconds?: number;
}

export type Status = 'finished' | 'failed' | 'timeout' | 'cancelled' | 'error';

/**
 * Which rule decided: a job failed as a whole, the objects' rules, a job state that `max-delay`
 * needs could not be read, or (while waiting, and at a timeout) the delay alone; `data-check`:
 * the full data verification (tables that differ, a verification that failed or that
 * `data-check: true` cannot read, or one still to come at a timeout).
 */
export type DecidedBy = 'job-failed' | 'objects' | 'job-unreadable' | 'delay' | 'data-check';

/** The end of a run: what the reporters turn into a summary, outputs and an exit code. */
export interface Verdict {
  status: Status;
  /** Whether the step must fail (exit code 1). */
  fail: boolean;
  /** The last complete snapshot, if any poll completed. */
  snapshot?: Snapshot;
  /** Complete polls made. */
  polls: number;
  /** From the start of the run to the verdict. */
  elapsedMs: number;
  /**
   * Why the run ended in `error` or `cancelled`; absent when the job rules ended it in `error`
   * (a job state that max-delay needs could not be read: `decidedBy` says so).
   */
  error?: RunError;
  /** Which rule decided, for a run that a poll decided. */
  decidedBy?: DecidedBy;
  /**
   * The poll at the deadline could not be completed (an outage that retries did not outlast): the
   * verdict is that of the last complete poll before it.
   */
  lastPollError?: RunError;
  /** Warnings of each kind not given one by one, past the first ten of that kind. */
  warningsLeftOut?: Partial<Record<JobWarningKind, number>>;
}
