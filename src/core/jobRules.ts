/**
 * The waiting rules of the job as a whole, over the job states of the last complete poll. Pure.
 *
 * - `PrecheckFailed`, `InitializeFailed` and `Failed` fail the job, whatever its objects say,
 *   with DTS's ErrorMessage and, for a failed precheck, each failed check item. The one
 *   exception: a job that also lists failed objects, every one of them matched by `ignore`, has
 *   its failure ignored (a warning).
 * - `Suspending` (paused): a warning, once per job. A state DTS documents no meaning for: a
 *   warning, once per job and state. Neither decides anything.
 * - No job state makes anything `finished`: that is the objects' rule alone (see jobVerdict.ts).
 * - A job-status call refused for good (no RAM permission, a job this API does not know): a
 *   warning that the objects decide alone; with `max-delay` the run cannot judge the delay, so
 *   the job is unreadable and the run ends in `error`.
 * - `max-delay`: every job's delay must be known and at most the limit, and read while the job
 *   replicates (`Synchronizing` or `Modifying`): a delay a job reports while it still
 *   initializes, is paused or stopped says nothing of how far behind a running replication is.
 *
 * `fail-fast` does not enter here: a failed job ends the wait at once in any case.
 */
import { failedItems, type JobState, type JobStatus, type PrecheckItem } from './job.js';

/** What the last complete poll got from one job's job-status call. */
export type JobReading =
  | { kind: 'read'; job: JobStatus }
  /** Refused for a reason a retry cannot mend; `message` is already free of secrets. */
  | { kind: 'refused'; code: string; message: string }
  /** `job-status: false`, or no longer asked after a refusal. */
  | { kind: 'not-asked' };

/** The objects' side of a job's rule: its failed objects, matched by `ignore` or not. */
interface JobObjectCounts {
  failed: number;
  ignored: number;
}

export interface JobRulesInput {
  jobIds: readonly string[];
  /** Per job; a job without one counts as not asked. */
  readings: Readonly<Record<string, JobReading | undefined>>;
  /** Per job, from the snapshot of the same poll (the snapshot's `byJob[id].counts`). */
  objects: Readonly<Record<string, JobObjectCounts | undefined>>;
  /** `max-delay` in milliseconds; undefined: the delay is shown, not waited on. */
  maxDelayMs?: number;
  /** Keys of the warnings given at earlier polls (see {@link JobWarning.key}). */
  warned: ReadonlySet<string>;
}

export interface FailedJob {
  jobId: string;
  /** `Status` as DTS wrote it. */
  status: string;
  state: JobState;
  /** DTS's ErrorMessage, `''` when none. */
  error: string;
  /** For a failed precheck: the items that failed, with their errors and repair methods. */
  items: PrecheckItem[];
}

type JobWarningKind = 'paused' | 'unknown-state' | 'refused' | 'ignored-failure';

export interface JobWarning {
  kind: JobWarningKind;
  /** The jobs it is about (several for one refusal that hit them all). */
  jobIds: string[];
  /** One key per job: a warning is given at the first poll whose key is not yet in `warned`. */
  keys: string[];
  /** The job's `Status` (unknown-state, paused). */
  status?: string;
  /** Refused: the error code and the sentence that explains it. */
  code?: string;
  message?: string;
  /** Ignored failure: the failure that was ignored. */
  failure?: FailedJob;
}

/** Why a job does (or does not) meet `max-delay`. */
export type DelayStanding = 'low' | 'too-high' | 'unknown' | 'not-replicating' | 'not-read';

export interface DelayCheck {
  /** Whether `max-delay` is set. */
  required: boolean;
  maxDelayMs?: number;
  /** With `max-delay`: every job's delay known, read while replicating, and at most the limit. */
  holds: boolean;
  jobs: Array<{ jobId: string; delayMs?: number; standing: DelayStanding }>;
  /** The largest delay over the jobs, when every job's delay is known. */
  largestMs?: number;
}

export interface JobJudgement {
  /** Jobs that failed as a whole, in job order. */
  failed: FailedJob[];
  /** Job failures matched away by `ignore` (every failed object of the job ignored). */
  ignored: FailedJob[];
  /** Warnings not given before; the caller gives them and adds their keys to `warned`. */
  warnings: JobWarning[];
  /** With `max-delay`: jobs whose state could not be read, so the delay rule cannot be judged. */
  unreadable: Array<{ jobId: string; code: string; message: string }>;
  delay: DelayCheck;
}

const FAILED_STATES: ReadonlySet<JobState> = new Set(['PrecheckFailed', 'InitializeFailed', 'Failed']);
/** States in which the incremental replication runs, so that its delay means something. */
const REPLICATING_STATES: ReadonlySet<JobState> = new Set(['Synchronizing', 'Modifying']);

function failureOf(jobId: string, job: JobStatus): FailedJob {
  return {
    jobId,
    status: job.status,
    state: job.state,
    error: job.error,
    items: job.state === 'PrecheckFailed' ? failedItems(job.precheck) : []
  };
}

function delayCheck(input: JobRulesInput): DelayCheck {
  const jobs = input.jobIds.map((jobId) => {
    const reading = input.readings[jobId];
    if (reading?.kind !== 'read') return { jobId, standing: 'not-read' as const };
    const { delayMs, state } = reading.job;
    if (delayMs === undefined) return { jobId, standing: 'unknown' as const };
    const standing: DelayStanding = !REPLICATING_STATES.has(state)
      ? 'not-replicating'
      : input.maxDelayMs !== undefined && delayMs > input.maxDelayMs
        ? 'too-high'
        : 'low';
    return { jobId, delayMs, standing };
  });
  const check: DelayCheck = {
    required: input.maxDelayMs !== undefined,
    holds: input.maxDelayMs !== undefined && jobs.length > 0 && jobs.every((j) => j.standing === 'low'),
    jobs
  };
  if (input.maxDelayMs !== undefined) check.maxDelayMs = input.maxDelayMs;
  const delays = jobs.map((j) => j.delayMs);
  if (delays.length > 0 && delays.every((d) => d !== undefined)) check.largestMs = Math.max(...delays);
  return check;
}

/** The job rules for one complete poll. */
export function judgeJobs(input: JobRulesInput): JobJudgement {
  const judgement: JobJudgement = { failed: [], ignored: [], warnings: [], unreadable: [], delay: delayCheck(input) };
  const fresh = (key: string): boolean => !input.warned.has(key);
  const refusals = new Map<string, JobWarning>();

  for (const jobId of input.jobIds) {
    const reading = input.readings[jobId];
    if (reading === undefined || reading.kind === 'not-asked') continue;
    if (reading.kind === 'refused') {
      if (input.maxDelayMs !== undefined) {
        judgement.unreadable.push({ jobId, code: reading.code, message: reading.message });
        continue;
      }
      const key = `refused:${jobId}`;
      if (!fresh(key)) continue;
      // One warning for every job one refusal hit alike (a missing RAM permission hits them all).
      const group = refusals.get(reading.code);
      if (group) {
        group.jobIds.push(jobId);
        group.keys.push(key);
      } else {
        refusals.set(reading.code, { kind: 'refused', jobIds: [jobId], keys: [key], code: reading.code, message: reading.message });
      }
      continue;
    }

    const { job } = reading;
    if (FAILED_STATES.has(job.state)) {
      const failure = failureOf(jobId, job);
      const counts = input.objects[jobId];
      if (counts && counts.ignored > 0 && counts.failed === 0) {
        judgement.ignored.push(failure);
        const key = `ignored-failure:${jobId}`;
        if (fresh(key)) judgement.warnings.push({ kind: 'ignored-failure', jobIds: [jobId], keys: [key], status: job.status, failure });
      } else {
        judgement.failed.push(failure);
      }
    } else if (job.state === 'Suspending') {
      const key = `paused:${jobId}`;
      if (fresh(key)) judgement.warnings.push({ kind: 'paused', jobIds: [jobId], keys: [key], status: job.status });
    } else if (job.state === 'unknown') {
      const key = `unknown-state:${jobId}:${job.status}`;
      if (fresh(key)) judgement.warnings.push({ kind: 'unknown-state', jobIds: [jobId], keys: [key], status: job.status });
    }
  }
  judgement.warnings.push(...refusals.values());
  return judgement;
}
