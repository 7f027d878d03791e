/**
 * The job readers of one run: each reads every page of its job once per poll, through one
 * client, one shared cap on calls in flight and the retry policy. Each keeps the page count its
 * previous read needed, so that the next read fetches exactly those pages side by side.
 */
import type { IgnoreMatcher } from '../core/ignore.js';
import type { DtsObject } from '../core/types.js';
import type { DtsApiError } from '../errors.js';
import type { FetchPage } from './client.js';
import { Limiter } from './limiter.js';
import { readJobPages } from './pager.js';
import { DEFAULT_RETRY, withRetry } from './retry.js';

/** API calls in flight at once, across all jobs. */
export const CONCURRENCY = 4;

/**
 * Objects one poll reads at most, over all its jobs: enough for a million objects, and a bound
 * on the memory of a poll whose lists never end.
 */
export const MAX_OBJECTS_PER_POLL = 1_000_000;

/** What one poll read of one job. */
export interface JobPoll {
  objects: DtsObject[];
  /** API calls made for it. */
  calls: number;
  /** The job's lists moved while they were read (an object came on two pages). */
  shifted: boolean;
}

export interface JobReader {
  readonly jobId: string;
  /** Reads every page of the job; throws the first error a retry could not mend. */
  read(): Promise<JobPoll>;
}

interface ReaderSettings {
  jobIds: readonly string[];
  pageSize: number;
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
  onRetry?(jobId: string, pageNum: number, error: DtsApiError, attempt: number, delayMs: number): void;
}

interface JobReaders {
  readers: JobReader[];
  /**
   * Ends the retries of calls still running once the wait is over (read-ahead pages, the other
   * jobs of a failed poll), so that none of them logs a retry after the verdict.
   */
  stop(): void;
}

export function jobReaders(client: { fetchPage: FetchPage }, settings: ReaderSettings): JobReaders {
  const concurrency = settings.concurrency ?? CONCURRENCY;
  const limiter = new Limiter(concurrency);
  // Jobs polled side by side share the read-ahead of a first poll, so that one job does not take
  // every slot while the others wait.
  const readAhead = Math.max(1, Math.floor(concurrency / Math.max(1, settings.jobIds.length)));
  const maxObjects = Math.floor(MAX_OBJECTS_PER_POLL / Math.max(1, settings.jobIds.length));
  const over = new AbortController();
  const retrySignal = AbortSignal.any([settings.signal, over.signal]);

  const readerOf = (jobId: string): JobReader => {
    /** Pages the previous read needed; 0 before the first. */
    let expectedPages = 0;
    return {
      jobId,
      read: async () => {
        const { objects, calls, lastPage, shifted } = await readJobPages({
          jobId,
          pageSize: settings.pageSize,
          expectedPages,
          limiter,
          readAhead,
          ignored: settings.ignored,
          stopAt: Date.now() < settings.deadline ? settings.deadline : settings.stopAt,
          maxObjects,
          fetchPage: (request) =>
            withRetry(() => client.fetchPage(request), {
              policy: DEFAULT_RETRY,
              deadline: settings.deadline,
              signal: retrySignal,
              onRetry: (error, attempt, delayMs) => {
                // A throttled account is not pressed harder by our own concurrency.
                if (error.code.startsWith('Throttling')) limiter.throttled();
                settings.onRetry?.(jobId, request.pageNum, error, attempt, delayMs);
              }
            })
        });
        expectedPages = lastPage;
        return { objects, calls, shifted };
      }
    };
  };
  return { readers: settings.jobIds.map(readerOf), stop: () => over.abort() };
}
