/**
 * Reads every page of one job for one poll. DTS gives no total count: each list ends on the
 * first page that brings fewer than PageSize entries of it, and a poll ends on the first page
 * where every list has ended, so a poll needs ceil((n + 1) / PageSize) calls for a largest list
 * of n entries.
 *
 * Pages are fetched side by side. With no idea of the size yet (first poll) the pager reads
 * ahead by at most the concurrency limit; afterwards it fetches exactly the pages the previous
 * poll needed, and only reads further if the last of them is still full.
 */
import type { DtsObject } from '../core/types.js';
import { readPage, type Page } from '../core/normalize.js';
import type { FetchPage } from './client.js';
import type { Limiter } from './limiter.js';

export interface JobRead {
  objects: DtsObject[];
  /** API calls made for this job in this poll. */
  calls: number;
  /** The page on which every list had ended: the calls the next poll needs. */
  lastPage: number;
}

export interface PagerOptions {
  jobId: string;
  pageSize: number;
  /** Pages the previous poll needed; 0 when unknown. */
  expectedPages: number;
  limiter: Limiter;
  /** Fetches and parses one page with retries; the pager adds no retries of its own. */
  fetchPage: FetchPage;
}

function isLastPage(page: Page, pageSize: number): boolean {
  return page.sizes.structure < pageSize && page.sizes.data < pageSize && page.sizes.incremental < pageSize;
}

export async function readJob(options: PagerOptions): Promise<JobRead> {
  const { jobId, pageSize, limiter } = options;
  const pages = new Map<number, Page>();
  let lastPage = Infinity;
  let next = 1;
  let calls = 0;
  let ceiling = options.expectedPages > 0 ? options.expectedPages : limiter.capacity;

  const worker = async (): Promise<void> => {
    for (;;) {
      const pageNum = next;
      if (pageNum > ceiling || pageNum > lastPage) return;
      next++;
      const page = await limiter.run(async () => {
        // The end may have been found while this page waited for a slot: skip it then.
        if (pageNum > lastPage) return undefined;
        calls++;
        return readPage(jobId, await options.fetchPage({ jobId, pageNum, pageSize }));
      });
      if (page === undefined) return;
      pages.set(pageNum, page);
      if (isLastPage(page, pageSize)) lastPage = Math.min(lastPage, pageNum);
    }
  };

  while (lastPage === Infinity) {
    const width = Math.max(1, Math.min(limiter.capacity, ceiling - next + 1));
    await Promise.all(Array.from({ length: width }, worker));
    if (lastPage === Infinity) ceiling += limiter.capacity; // still full: the job grew, read on
  }

  const objects: DtsObject[] = [];
  for (const [, page] of [...pages].sort(([a], [b]) => a - b)) {
    for (const object of page.objects) objects.push(object);
  }
  return { objects, calls, lastPage };
}
