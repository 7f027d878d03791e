/**
 * The job readers of one run: each reads every page of its job once per poll, and beside page 1
 * the job's own state (DescribeSynchronizationJobStatus), through one client, one shared cap on
 * calls in flight and the retry policy. Each keeps the page count its previous read needed, so
 * that the next read fetches exactly those pages side by side.
 */
import type { IgnoreMatcher } from '../core/ignore.js';
import { readJobStatus } from '../core/job.js';
import type { JobReading } from '../core/jobRules.js';
import type { DtsObject } from '../core/types.js';
import { CancelledError, DtsApiError } from '../errors.js';
import type { FetchJobStatus, FetchPage } from './client.js';
import { Limiter } from './limiter.js';
import { POLL_INCOMPLETE, readJobPages } from './pager.js';
import { DEFAULT_RETRY, withRetry } from './retry.js';

/** API calls in flight at once, across all jobs. */
export const CONCURRENCY = 4;

/**
 * Objects one poll reads at most, over all its jobs: enough for a million objects, and a bound
 * on the memory of a poll whose lists never end.
 */
const MAX_OBJECTS_PER_POLL = 1_000_000;

/** What one poll read of one job. */
export interface JobPoll {
  objects: DtsObject[];
  /** API calls made for it, the job-status call included. */
  calls: number;
  /** The job's lists moved while they were read (an object came on two pages). */
  shifted: boolean;
  /** The job as a whole; `not-asked` with `job-status: false`. */
  job: JobReading;
}

export interface JobReader {
  readonly jobId: string;
  /**
   * Reads every page of the job and its state; throws the first error a retry could not mend.
   * `lastPoll`: the poll made at the deadline, which may start pages until every call must end.
   */
  read(lastPoll?: boolean): Promise<JobPoll>;
}

/** Which call is retried: a page of the lists, or the job-status call. */
export type RetriedCall = { pageNum: number } | { jobStatus: true };

interface ReaderSettings {
  jobIds: readonly string[];
  pageSize: number;
  /** Also read each job's state as a whole, once per poll (the input `job-status`). */
  jobStatus: boolean;
  /** Epoch ms after which no retry starts. */
  deadline: number;
  /**
   * Epoch ms by which every call has ended (the deadline plus one request timeout). A poll that
   * starts before the deadline starts no page after it; the last poll, made at the deadline,
   * may start pages until this.
   */
  stopAt: number;
  /** The run's ignore patterns (objects are read with their outcome). */
  ignored: IgnoreMatcher;
  /** The run's cancellation. */
  signal: AbortSignal;
  /** Calls in flight at once across the jobs; default {@link CONCURRENCY}. */
  concurrency?: number;
  /** A call is about to be retried. */
  onRetry?(jobId: string, call: RetriedCall, error: DtsApiError, attempt: number, delayMs: number): void;
}

interface JobReaders {
  readers: JobReader[];
  /**
   * Ends the retries of calls still running once the wait is over (read-ahead pages, the other
   * jobs of a failed poll), so that none of them logs a retry after the verdict.
   */
  stop(): void;
}

interface DtsCalls {
  fetchPage: FetchPage;
  fetchJobStatus: FetchJobStatus;
}

export function jobReaders(client: DtsCalls, settings: ReaderSettings): JobReaders {
  const concurrency = settings.concurrency ?? CONCURRENCY;
  const limiter = new Limiter(concurrency);
  // Jobs polled side by side share the read-ahead of a first poll, so that one job does not take
  // every slot while the others wait.
  const readAhead = Math.max(1, Math.floor(concurrency / Math.max(1, settings.jobIds.length)));
  const maxObjects = Math.floor(MAX_OBJECTS_PER_POLL / Math.max(1, settings.jobIds.length));
  const over = new AbortController();
  const retrySignal = AbortSignal.any([settings.signal, over.signal]);

  /** A call with the run's retries, deadline and cancellation. */
  const retried = <T>(jobId: string, call: RetriedCall, fetch: () => Promise<T>): Promise<T> =>
    withRetry(fetch, {
      policy: DEFAULT_RETRY,
      deadline: settings.deadline,
      signal: retrySignal,
      onRetry: (error, attempt, delayMs) => {
        // A throttled account is not pressed harder by our own concurrency.
        if (error.code.startsWith('Throttling')) limiter.throttled();
        settings.onRetry?.(jobId, call, error, attempt, delayMs);
      }
    });

  const readerOf = (jobId: string): JobReader => {
    /** Pages the previous read needed; 0 before the first. */
    let expectedPages = 0;
    /**
     * Once DTS has refused the job-status call for a reason a retry cannot mend (no RAM
     * permission, a job this API does not know), it is not asked again: the refusal stands.
     */
    let refusal: JobReading | undefined = settings.jobStatus ? undefined : { kind: 'not-asked' };
    return {
      jobId,
      read: async (lastPoll = false) => {
        const asked = refusal === undefined;
        // Started first, so that it is in flight beside page 1 (it takes one of the limiter's slots).
        const status = asked
          ? limiter.run(() => retried(jobId, { jobStatus: true }, () => client.fetchJobStatus(jobId)))
          : Promise.resolve(undefined);
        const lists = readJobPages({
          jobId,
          pageSize: settings.pageSize,
          expectedPages,
          limiter,
          readAhead,
          ignored: settings.ignored,
          stopAt: lastPoll ? settings.stopAt : settings.deadline,
          maxObjects,
          fetchPage: (request) => retried(jobId, { pageNum: request.pageNum }, () => client.fetchPage(request))
        });
        const [listsRead, statusRead] = await Promise.allSettled([lists, status]);
        for (const settled of [listsRead, statusRead]) {
          if (settled.status === 'rejected' && settled.reason instanceof CancelledError) throw settled.reason;
        }
        if (listsRead.status === 'rejected') {
          // Pages that ran out of time while the job-status call held a slot retrying: that
          // call's own error is what went wrong.
          const outOfTime = listsRead.reason instanceof DtsApiError && listsRead.reason.code === POLL_INCOMPLETE;
          throw outOfTime && statusRead.status === 'rejected' ? statusRead.reason : listsRead.reason;
        }
        const { objects, calls, lastPage, shifted } = listsRead.value;
        expectedPages = lastPage;
        const job = jobReadingOf(statusRead);
        // A refusal for good is kept, and the call not made again; anything else fails the poll.
        if (job.kind === 'refused') refusal = job;
        return { objects, calls: calls + (asked ? 1 : 0), shifted, job: refusal ?? job };
      }
    };
  };
  return { readers: settings.jobIds.map(readerOf), stop: () => over.abort() };
}

/**
 * What a job-status call gave: its answer read, or a refusal for good. An error a retry could
 * mend, but that outlasted the retries, is thrown: a complete poll has the objects and the job
 * states of one moment, so the poll is not complete without it.
 */
function jobReadingOf(settled: PromiseSettledResult<Record<string, unknown> | undefined>): JobReading {
  if (settled.status === 'fulfilled')
    return settled.value === undefined ? { kind: 'not-asked' } : { kind: 'read', job: readJobStatus(settled.value) };
  const error: unknown = settled.reason;
  if (error instanceof DtsApiError && !error.retryable) return { kind: 'refused', code: error.code, message: error.describe() };
  throw error;
}
