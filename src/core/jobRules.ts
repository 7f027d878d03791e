/**
 * The waiting rules of the job as a whole, over the job states of the last complete poll. Pure.
 *
 * - `PrecheckFailed`, `InitializeFailed` and `Failed` fail the job, whatever its objects say,
 *   with DTS's ErrorMessage and, for a failed precheck, each failed check item. The one
 *   exception: a job that also lists failed objects, every one of them matched by `ignore`, and
 *   nothing still pending, has its failure ignored (a warning). A failed job moves no more: the
 *   objects it has not copied yet never will be, and no ignore pattern covers them.
 * - `ModifyFailed` (the current API's: a change of the task's objects failed) fails the job too.
 * - `Suspending` (paused): a warning, once per job. `NotConfigured`: a warning, once per job. A
 *   state DTS documents no meaning for: a warning, once per job and state. None decides anything;
 *   nor do `PreCheckPass` and `Retrying`. Jobs alike (same kind, same state) share one warning.
 * - DTS retrying a failing connection or module (`RetryState.Retrying`): a warning once per retry
 *   episode (the poll step numbers the episodes), since a job that exhausts its retries fails.
 * - DescribeDtsJobs refused for good: one warning; the jobs' states come from the legacy call.
 * - No job state makes anything `finished`: that is the objects' rule alone (see verdict.ts).
 * - A job-status call refused for good (no RAM permission, a job this API does not know): a
 *   warning that the objects decide alone; with `max-delay` the run cannot judge the delay, so
 *   the job is unreadable and the run ends in `error`.
 * - `max-delay`: every job's delay must be known and at most the limit, and read while the job
 *   replicates (`Synchronizing` or `Modifying`): a delay a job reports while it still
 *   initializes, is paused or stopped says nothing of how far behind a running replication is.
 *
 * `fail-fast` does not enter here: a failed job ends the wait at once in any case. Every warning
 * that applies is listed at every poll, each with a key per job; the poll step passes on only
 * those whose key it has not passed on before.
 */
import { failedItems, REPLICATING_STATES } from './job.js';
import type {
  DelayCheck,
  DelayStanding,
  FailedJob,
  JobJudgement,
  JobReading,
  JobState,
  JobStatus,
  JobWarning,
  Refusal
} from './jobTypes.js';

export interface JobRulesInput {
  jobIds: readonly string[];
  /** Per job; a job without one counts as not asked. */
  readings: Readonly<Record<string, JobReading | undefined>>;
  /** Per job, from the snapshot of the same poll (the snapshot's `byJob[id].counts`). */
  objects: Readonly<Record<string, JobObjectCounts | undefined>>;
  /** `max-delay` in milliseconds; undefined: the delay is shown, not waited on. */
  maxDelayMs?: number;
  /** Per job DTS is retrying, the number of its retry episode (from 1): one warning per episode. */
  retryEpisodes?: Readonly<Record<string, number>>;
  /** DescribeDtsJobs refused for good (now or at an earlier poll, or at the look-up). */
  viewRefused?: Refusal;
}

/** The objects' side of a job's rule: its failed objects, matched by `ignore` or not. */
interface JobObjectCounts {
  failed: number;
  ignored: number;
  pending: number;
}

const FAILED_STATES: ReadonlySet<JobState> = new Set(['PrecheckFailed', 'InitializeFailed', 'Failed', 'ModifyFailed']);

function failureOf(jobId: string, job: JobStatus): FailedJob {
  const failure: FailedJob = {
    jobId,
    status: job.status,
    state: job.state,
    error: job.error,
    items: job.state === 'PrecheckFailed' ? failedItems(job.precheck) : [],
    ...(job.errorDetails && { errorDetails: job.errorDetails })
  };
  const notKept = job.precheck ? job.precheck.itemCount - job.precheck.items.length : 0;
  if (job.state === 'PrecheckFailed' && notKept > 0) failure.checksNotKept = notKept;
  return failure;
}

function delayCheck(input: JobRulesInput): DelayCheck {
  const jobs = input.jobIds.map((jobId) => {
    const reading = input.readings[jobId];
    if (reading?.kind !== 'read') return { jobId, standing: 'not-read' as const };
    const { delayMs, state } = reading.job;
    if (!REPLICATING_STATES.has(state)) return { jobId, standing: 'not-replicating' as const };
    if (delayMs === undefined) return { jobId, standing: 'unknown' as const };
    const standing: DelayStanding = input.maxDelayMs !== undefined && delayMs > input.maxDelayMs ? 'too-high' : 'low';
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
  const states = new Map<string, JobWarning>();
  const refusals = new Map<string, JobWarning>();

  for (const jobId of input.jobIds) {
    const reading = input.readings[jobId];
    if (reading === undefined || reading.kind === 'not-asked') continue;
    if (reading.kind === 'refused') {
      if (input.maxDelayMs !== undefined) {
        judgement.unreadable.push({ jobId, code: reading.code, message: reading.message });
        continue;
      }
      // A missing RAM permission hits every job alike.
      alike(refusals, { kind: 'refused', jobIds: [jobId], keys: [`refused:${jobId}`], code: reading.code, message: reading.message });
      continue;
    }

    const { job } = reading;
    const episode = input.retryEpisodes?.[jobId];
    if (job.retry && episode !== undefined) {
      const key = `retrying:${jobId}:${episode}`;
      judgement.warnings.push({ kind: 'retrying', jobIds: [jobId], keys: [key], status: job.status, retry: job.retry });
    }
    if (FAILED_STATES.has(job.state)) {
      const failure = failureOf(jobId, job);
      const counts = input.objects[jobId];
      if (counts && counts.pending > 0) failure.uncopied = counts.pending;
      // The ignore patterns cover the failed objects, not the ones a dead job will never copy.
      if (counts && counts.ignored > 0 && counts.failed === 0 && counts.pending === 0) {
        judgement.ignored.push(failure);
        const key = `ignored-failure:${jobId}`;
        judgement.warnings.push({ kind: 'ignored-failure', jobIds: [jobId], keys: [key], status: job.status, failure });
      } else {
        judgement.failed.push(failure);
      }
    } else if (job.state === 'Suspending') {
      alike(states, { kind: 'paused', jobIds: [jobId], keys: [`paused:${jobId}`], status: job.status });
    } else if (job.state === 'NotConfigured') {
      alike(states, { kind: 'not-configured', jobIds: [jobId], keys: [`not-configured:${jobId}`], status: job.status });
    } else if (job.state === 'unknown') {
      alike(states, { kind: 'unknown-state', jobIds: [jobId], keys: [`unknown-state:${jobId}:${job.status}`], status: job.status });
    }
  }
  judgement.warnings.push(...states.values(), ...refusals.values());
  if (input.viewRefused) {
    const { code, message } = input.viewRefused;
    judgement.warnings.push({ kind: 'view-refused', jobIds: [...input.jobIds], keys: ['view-refused'], code, message });
  }
  return judgement;
}

/**
 * Adds a warning of one job to `groups`, as one warning for every job it holds for alike (thirty
 * paused jobs are one warning, not thirty): same kind, and same status or code.
 */
function alike(groups: Map<string, JobWarning>, warning: JobWarning): void {
  const key = `${warning.kind}\u0000${warning.status ?? ''}\u0000${warning.code ?? ''}`;
  const group = groups.get(key);
  if (!group) groups.set(key, warning);
  else {
    group.jobIds.push(...warning.jobIds);
    group.keys.push(...warning.keys);
  }
}
