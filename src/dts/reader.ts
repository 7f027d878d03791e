/**
 * The reader of a run's polls: for every job, every page of its lists (by its instance ID) and,
 * beside page 1, the job as a whole: one batched DescribeDtsJobs call (by task ID, 30 a page) for
 * every job the current API lists, and DescribeSynchronizationJobStatus for each job it does not
 * list (or for all, once DescribeDtsJobs is refused for good); and, at the poll whose job view
 * first says a job's full data verification is Finished, its result (checkReader.ts), once. It
 * keeps nothing between polls: what the next poll needs to know (the page counts, the objects of
 * each page, the calls refused for good, the first poll's job views from the look-up, the results read) is the poll
 * step's memory, given back with each read.
 */
import type { CheckReading } from '../core/checkTypes.js';
import type { IgnoreMatcher } from '../core/ignore.js';
import type { JobIdentity, JobReading, JobStatus, Refusal } from '../core/jobTypes.js';
import { asGiven } from '../core/resolve.js';
import type { DtsObject, PollReadings } from '../core/types.js';
import { CancelledError, DtsApiError } from '../errors.js';
import type { Budget, Clock } from '../time.js';
import { caller, type Caller } from './caller.js';
import { jobStatus, listsPage } from './calls.js';
import { readCheckResult } from './checkReader.js';
import type { CallDts } from './client.js';
import { readJobPages } from './pager.js';
import { handlingOf, POLL_INCOMPLETE } from './policy.js';
import { listTasks } from './resolver.js';

export { CONCURRENCY } from './caller.js';

/**
 * Objects one poll reads at most, over all its jobs: enough for a million objects, and a bound
 * on the memory of a poll whose lists never end.
 */
const MAX_OBJECTS_PER_POLL = 1_000_000;

/** What one poll needs to know from the polls before it. */
export interface ReadPlan {
  /** Pages each job's lists needed at the previous complete poll (absent: not known yet). */
  expectedPages: Readonly<Record<string, number>>;
  /** The objects of each page of each job at the previous complete poll, by page number. */
  pages?: Readonly<Record<string, ReadonlyMap<number, readonly DtsObject[]>>>;
  /** Jobs whose job-status call was refused for good, with that refusal: they are not asked again. */
  refused: Readonly<Record<string, JobReading>>;
  /** The poll made at the deadline, which may start pages until every call must end. */
  lastPoll: boolean;
  /** The job views the look-up gave, for the first poll: it makes no DescribeDtsJobs call of its own. */
  views?: Readonly<Record<string, JobStatus>>;
  /** DescribeDtsJobs refused for good: every job's state comes from the legacy call. */
  viewRefused?: Refusal;
  /** The verification results read (or refused) at earlier polls: each is read once. */
  checks?: Readonly<Record<string, CheckReading>>;
}

export interface PollReader {
  /** Reads every job once; throws the first error a retry could not mend, or CancelledError. */
  read(plan: ReadPlan): Promise<PollReadings>;
  /**
   * Ends the retries of calls still running once the wait is over (read-ahead pages, the other
   * jobs of a failed poll), so that none of them logs a retry after the verdict.
   */
  stop(): void;
}

interface ReaderSettings {
  jobIds: readonly string[];
  /** Which task each job is (the look-up); absent: every ID as given, read through the legacy calls. */
  jobs?: readonly JobIdentity[];
  pageSize: number;
  /** Also read each job's state as a whole, once per poll (the input `job-status`). */
  jobStatus: boolean;
  /** `data-check`: whether the result of a finished verification is read; default `off`. */
  dataCheck?: 'auto' | 'required' | 'off';
  budget: Budget;
  clock: Clock;
  /** The run's ignore patterns (objects are read with their outcome). */
  ignored: IgnoreMatcher;
  /** The run's cancellation. */
  signal: AbortSignal;
  /** Calls in flight at once across the jobs; default CONCURRENCY (caller.ts). */
  concurrency?: number;
  /** A call is about to be retried; `label` names it as the log does (`dtsabc page 3`). */
  onRetry?(label: string, error: DtsApiError, attempt: number, delayMs: number): void;
  /** The caller of the run, when the look-up made its calls through it already. */
  caller?: Caller;
}

const NOT_ASKED: JobReading = { kind: 'not-asked' };

/** The job views of one poll: by the ID as written, or DescribeDtsJobs refused for good. */
type Views = { kind: 'read'; jobs: ReadonlyMap<string, JobStatus> } | { kind: 'refused'; refusal: Refusal };

/** A job's state as a whole for one poll, and the calls it took. */
interface StatusRead {
  reading: JobReading;
  calls: number;
}

/** Whether an error says that the job is unknown there (and not, say, that a permission is missing). */
const UNKNOWN_JOB = /InstanceNotFound|^InvalidJobId|NotFound$|^InvalidDtsJobId/;

/**
 * The lists of an ID used as given because DescribeDtsJobs was refused, refused because DTS does
 * not know that instance: most likely a task ID, which only DescribeDtsJobs can resolve.
 */
function unresolvedIdError(error: DtsApiError, job: JobIdentity): DtsApiError {
  return new DtsApiError(error.code, error.message, {
    requestId: error.requestId,
    httpStatus: error.httpStatus,
    hint:
      `DescribeDtsJobs was refused, so job-id ${job.id} was used as given, as an instance ID, and DTS knows no instance of that ID: ` +
      'if it is a task ID, either allow dts:DescribeDtsJobs to the key (so that the task ID can be resolved) or give the instance ID (dts…) instead'
  });
}

export function pollReader(client: CallDts, settings: ReaderSettings): PollReader {
  const { budget, clock } = settings;
  const calls = settings.caller ?? caller(client, settings);
  const jobs = settings.jobs ?? asGiven(settings.jobIds);
  const width = Math.max(1, jobs.length);
  // Jobs polled side by side share the read-ahead of a first poll, so that one job does not take
  // every slot while the others wait.
  const readAhead = Math.max(1, Math.floor(calls.limiter.capacity / width));
  const maxObjects = Math.floor(MAX_OBJECTS_PER_POLL / width);
  const viewed = (job: JobIdentity): boolean => job.listed && job.taskId !== undefined;

  /** The legacy job-status call of one job: its answer, or its refusal for good; other errors are thrown. */
  const legacy = async (job: JobIdentity): Promise<StatusRead> => {
    try {
      const status = await calls.call(jobStatus, { jobId: job.id, instanceId: job.instanceId });
      return { reading: { kind: 'read', job: status }, calls: 1 };
    } catch (error) {
      // A complete poll has the objects and the job states of one moment: anything but a refusal
      // for good leaves the poll incomplete.
      if (error instanceof DtsApiError && handlingOf(error) === 'refused') {
        return { reading: { kind: 'refused', code: error.code, message: error.explain() }, calls: 1 };
      }
      throw error;
    }
  };

  /** One DescribeDtsJobs read, paged, for every job of `listed`. */
  const readViews = async (listed: readonly JobIdentity[]): Promise<{ views: Views; calls: number }> => {
    try {
      const read = await listTasks(
        calls,
        listed.map((job) => job.taskId!),
        'task',
        'SYNC',
        'job view'
      );
      const byTask = new Map(read.entries.map((entry) => [entry.taskId, entry.job]));
      const found = new Map<string, JobStatus>();
      for (const job of listed) {
        const status = byTask.get(job.taskId!);
        if (status) found.set(job.id, status);
      }
      return { views: { kind: 'read', jobs: found }, calls: read.calls };
    } catch (error) {
      if (error instanceof DtsApiError && handlingOf(error) === 'refused') {
        return { views: { kind: 'refused', refusal: { code: error.code, message: error.explain() } }, calls: 1 };
      }
      throw error;
    }
  };

  /** A job's state from the poll's views; the legacy call when they do not have it. */
  const fromViews = async (job: JobIdentity, views: Promise<{ views: Views }>): Promise<StatusRead> => {
    const { views: v } = await views;
    const status = v.kind === 'read' ? v.jobs.get(job.id) : undefined;
    return status ? { reading: { kind: 'read', job: status }, calls: 0 } : legacy(job);
  };

  const readJob = async (job: JobIdentity, plan: ReadPlan, views: Promise<{ views: Views }> | undefined) => {
    const refusal = plan.refused[job.id];
    // Started first, so that it is in flight beside page 1 (it takes one of the limiter's slots).
    const status: Promise<StatusRead> = !settings.jobStatus
      ? Promise.resolve({ reading: NOT_ASKED, calls: 0 })
      : refusal !== undefined
        ? Promise.resolve({ reading: refusal, calls: 0 })
        : views && viewed(job)
          ? fromViews(job, views)
          : legacy(job);
    const lists = readJobPages({
      jobId: job.id,
      instanceId: job.instanceId,
      pageSize: settings.pageSize,
      expectedPages: plan.expectedPages[job.id] ?? 0,
      ...(plan.pages?.[job.id] && { before: plan.pages[job.id] }),
      limiter: calls.limiter,
      readAhead,
      ignored: settings.ignored,
      stopAt: plan.lastPoll ? budget.stopAt : budget.deadline,
      maxObjects,
      now: clock.now,
      fetchPage: (request) => calls.retried(listsPage, request)
    });
    const [listsRead, statusRead] = await Promise.allSettled([lists, status]);
    for (const settled of [listsRead, statusRead]) {
      if (settled.status === 'rejected' && settled.reason instanceof CancelledError) throw settled.reason;
    }
    if (listsRead.status === 'rejected') {
      // Pages that ran out of time while the job-status call held a slot retrying: that
      // call's own error is what went wrong.
      const error: unknown = listsRead.reason;
      const outOfTime = error instanceof DtsApiError && error.code === POLL_INCOMPLETE;
      if (outOfTime && statusRead.status === 'rejected') throw statusRead.reason;
      const unresolved = plan.viewRefused !== undefined && !job.listed;
      if (unresolved && error instanceof DtsApiError && handlingOf(error) === 'refused' && UNKNOWN_JOB.test(error.code)) {
        throw unresolvedIdError(error, job);
      }
      throw error;
    }
    if (statusRead.status === 'rejected') throw statusRead.reason;
    const { reading, calls: statusCalls } = statusRead.value;
    return { list: listsRead.value, job: reading, calls: listsRead.value.calls + statusCalls };
  };

  /** The results of the verifications the views say finished, not read before. */
  const readChecks = async (v: Views, plan: ReadPlan): Promise<{ checks: Record<string, CheckReading>; calls: number }> => {
    const due = jobs.filter(
      (job) =>
        (settings.dataCheck ?? 'off') !== 'off' &&
        job.fullDataCheck === true &&
        job.taskId !== undefined &&
        plan.checks?.[job.id] === undefined &&
        v.kind === 'read' &&
        v.jobs.get(job.id)?.verification?.state === 'Finished'
    );
    const read = await Promise.all(
      due.map(async (job): Promise<[string, CheckReading, number]> => {
        try {
          const { result, calls: made } = await readCheckResult(calls, job.id, job.taskId!);
          return [job.id, { kind: 'read', result }, made];
        } catch (error) {
          if (error instanceof DtsApiError && handlingOf(error) === 'refused') {
            return [job.id, { kind: 'refused', code: error.code, message: error.explain() }, 1];
          }
          throw error;
        }
      })
    );
    return { checks: Object.fromEntries(read.map(([id, reading]) => [id, reading])), calls: read.reduce((n, [, , made]) => n + made, 0) };
  };

  return {
    read: async (plan) => {
      const listed = settings.jobStatus && plan.viewRefused === undefined ? jobs.filter(viewed) : [];
      let views: Promise<{ views: Views; calls: number }> | undefined;
      if (listed.length > 0) {
        const first = plan.views;
        views = first
          ? Promise.resolve({ views: { kind: 'read', jobs: new Map(Object.entries(first)) } as Views, calls: 0 })
          : readViews(listed);
        // Each job awaits it; a poll that fails elsewhere first must not leave it unhandled.
        views.catch(() => undefined);
      }
      const checks = views?.then(({ views: v }) => readChecks(v, plan));
      checks?.catch(() => undefined);
      const read = await Promise.all(jobs.map((job) => readJob(job, plan, views)));
      const readings: PollReadings = { lists: {}, jobs: {}, calls: 0 };
      jobs.forEach(({ id }, i) => {
        const { list, job, calls: made } = read[i]!;
        readings.lists[id] = { objects: list.objects, lastPage: list.lastPage, shifted: list.shifted, pages: list.pages };
        readings.jobs[id] = job;
        readings.calls += made;
      });
      if (views) {
        const viewed = await views;
        readings.calls += viewed.calls;
        if (viewed.views.kind === 'refused') readings.viewRefused = viewed.views.refusal;
      }
      if (checks) {
        const checked = await checks;
        readings.calls += checked.calls;
        if (Object.keys(checked.checks).length > 0) readings.checks = checked.checks;
      }
      return readings;
    },
    stop: () => calls.stop()
  };
}
