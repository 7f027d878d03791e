/**
 * Reads every page of one job for one poll. DTS gives no total count: each list ends on the
 * first page that brings fewer than PageSize entries of it, and a poll ends on the first page
 * where every list has ended, so a poll needs ceil((n + 1) / PageSize) calls for a largest list
 * of n entries.
 *
 * Pages are fetched side by side. With no idea of the size yet (first poll) the pager reads
 * ahead by at most the concurrency limit; afterwards it fetches exactly the pages the previous
 * poll needed, and only reads further if the last of them is still full.
 *
 * A read is bounded however the endpoint answers: no page starts at or after `stopAt` (the
 * deadline, or for the last poll made at the deadline, one request timeout later), and a read
 * gives up once it holds more than `maxObjects` objects with its lists still full. Lists that
 * never end can neither hold the step past its timeout nor fill its memory.
 */
import { IdentityMap } from '../core/identity.js';
import type { IgnoreMatcher } from '../core/ignore.js';
import type { Page, ReadContext } from '../core/normalize.js';
import { StringPool } from '../core/stringPool.js';
import type { DtsObject, ListReading } from '../core/types.js';
import { DtsApiError } from '../errors.js';
import type { PageRequest } from './calls.js';
import type { Limiter } from './limiter.js';
import { POLL_INCOMPLETE, TOO_MANY_OBJECTS } from './policy.js';

/** Fetches and reads one page (with retries); the pager adds no retries of its own. */
export type FetchPage = (request: PageRequest) => Promise<Page>;

export interface JobRead extends ListReading {
  /** API calls made for this job in this poll. */
  calls: number;
  pages: ReadonlyMap<number, readonly DtsObject[]>;
}

interface PagerOptions {
  /** The job as the user wrote it: its objects are named by it. */
  jobId: string;
  /** The instance ID the calls ask for; `jobId` when absent. */
  instanceId?: string;
  pageSize: number;
  /** Pages the previous poll needed; 0 when unknown. */
  expectedPages: number;
  /** The objects of each page of this job's last complete read, with the same ignore patterns (see readPage). */
  before?: ReadonlyMap<number, readonly DtsObject[]>;
  limiter: Limiter;
  fetchPage: FetchPage;
  /** The run's ignore patterns: objects are then read with their outcome (see ReadContext). */
  ignored?: IgnoreMatcher;
  /**
   * Pages to fetch beyond what is known (the whole first poll, or past a job that grew); by
   * default the limiter's capacity. Jobs polled side by side share it, so that on the first poll
   * one job's read-ahead does not take every slot while the others wait.
   */
  readAhead?: number;
  /** Epoch ms at which no page starts any more. */
  stopAt: number;
  /** Objects a read may hold (more, and it gives up) while its lists have not ended. */
  maxObjects: number;
  /** The clock `stopAt` is on. */
  now(): number;
}

function isLastPage(page: Page, pageSize: number): boolean {
  return page.sizes.structure < pageSize && page.sizes.data < pageSize && page.sizes.incremental < pageSize;
}

export async function readJobPages(options: PagerOptions): Promise<JobRead> {
  const { jobId, pageSize, limiter } = options;
  const pages = new Map<number, Page>();
  let lastPage = Infinity;
  let next = 1;
  let calls = 0;
  const readAhead = Math.max(1, options.readAhead ?? limiter.capacity);
  let ceiling = options.expectedPages > 0 ? options.expectedPages : readAhead;
  const failures = new Map<number, unknown>();
  const { now } = options;
  let objectsRead = 0;
  /** Why pages stopped being started, when they did. */
  let stopped: 'time' | 'objects' | undefined;
  const mayStart = (): boolean => {
    if (objectsRead > options.maxObjects) stopped ??= 'objects';
    else if (now() >= options.stopAt) stopped ??= 'time';
    return stopped === undefined;
  };
  // The pages of one read share one copy of each repeated value (status, database, type, ...).
  const read: ReadContext = { strings: new StringPool() };
  if (options.ignored) read.ignored = options.ignored;

  const worker = async (): Promise<void> => {
    for (;;) {
      const pageNum = next;
      if (pageNum > ceiling || pageNum > lastPage || failures.size > 0 || !mayStart()) return;
      next++;
      let page: Page | undefined;
      try {
        page = await limiter.run(async () => {
          // The end may have been found, or the time run out, while this page waited for a slot.
          if (pageNum > lastPage || !mayStart()) return undefined;
          calls++;
          const before = options.before?.get(pageNum);
          return options.fetchPage({
            jobId,
            ...(options.instanceId !== undefined && { instanceId: options.instanceId }),
            pageNum,
            pageSize,
            read,
            ...(before && { before })
          });
        });
      } catch (error) {
        failures.set(pageNum, error);
        return;
      }
      if (page === undefined) return;
      pages.set(pageNum, page);
      objectsRead += page.objects.length;
      if (isLastPage(page, pageSize)) lastPage = Math.min(lastPage, pageNum);
    }
  };

  while (lastPage === Infinity) {
    const width = Math.max(1, Math.min(limiter.capacity, ceiling - next + 1));
    await Promise.all(Array.from({ length: width }, worker));
    // A failed page fails the read, unless it lies past the end: a page read ahead beyond the
    // last one is not needed, whatever DTS answered for it.
    const failed = [...failures.keys()].filter((pageNum) => pageNum <= lastPage);
    if (failed.length > 0) throw failures.get(Math.min(...failed));
    if (stopped && !readUpTo(pages, lastPage)) throw unfinished(jobId, stopped, pages.size, options.maxObjects);
    if (lastPage === Infinity) ceiling += readAhead; // still full: the job grew, read on
  }

  const objects: DtsObject[] = [];
  const firstPageOf = new IdentityMap<number>();
  let shifted = false;
  for (const [pageNum, page] of [...pages].sort(([a], [b]) => a - b)) {
    for (const object of page.objects) {
      objects.push(object);
      const first = firstPageOf.getOrAdd(object, pageNum);
      if (first !== undefined && first !== pageNum) shifted = true;
    }
  }
  return { objects, calls, lastPage, shifted, pages: new Map([...pages].map(([pageNum, page]) => [pageNum, page.objects])) };
}

/** Whether every page up to the last one was read (a page skipped when the reading stopped leaves a gap). */
function readUpTo(pages: ReadonlyMap<number, Page>, lastPage: number): boolean {
  if (lastPage === Infinity) return false;
  for (let pageNum = 1; pageNum <= lastPage; pageNum++) if (!pages.has(pageNum)) return false;
  return true;
}

/**
 * Why a read stopped before the job's lists ended. Out of time, the poll is one that could not
 * be completed (the last complete poll stands); lists that outgrow the bound are an error.
 */
function unfinished(jobId: string, why: 'time' | 'objects', pages: number, maxObjects: number): DtsApiError {
  if (why === 'time') {
    return new DtsApiError(
      POLL_INCOMPLETE,
      `the timeout came before every page of job ${jobId} was read (${pages.toLocaleString('en-US')} pages read, the lists had not ended)`
    );
  }
  return new DtsApiError(
    TOO_MANY_OBJECTS,
    `DTS listed more than ${maxObjects.toLocaleString('en-US')} objects for job ${jobId} in one poll without ending its lists ` +
      `(${pages.toLocaleString('en-US')} pages read); the gate reads at most that many objects of a job in one poll`,
    { hint: 'check job-id: no synchronization job has that many objects' }
  );
}
