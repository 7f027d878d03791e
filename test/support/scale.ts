/**
 * Shared by the scale tests (test/e2e/scale.test.ts) and the benchmark (scripts/bench.ts): what
 * "N objects" means, the job that has them, and how to tell the polls apart in the simulator's
 * record of requests.
 */
import { large, type JobScenario } from '../simulator/scenarios.js';

/**
 * N objects are N / 4 tables, each with one structure entry, one constraint (an index), one data
 * entry and one incremental entry. N is then exactly the action's `total` output, and the largest
 * paged list of the job (the one that decides how many pages a poll reads) has N / 4 entries.
 */
export interface ScaleJob {
  objects: number;
  /** Data entries that end Failed (spread evenly). */
  failures?: number;
  /** Polls (from 0) that see every object still Migrating / NotStarted before the final state. */
  pendingPolls?: number;
}

export function tablesFor(objects: number): number {
  if (!Number.isInteger(objects) || objects <= 0 || objects % 4 !== 0) {
    throw new Error(`objects must be a positive multiple of 4 (tables x 4 sections), got ${objects}`);
  }
  return objects / 4;
}

/** The job of {@link ScaleJob}: `large(N / 4)` with one constraint per table. */
export function scaleJob(spec: ScaleJob): JobScenario {
  return large(tablesFor(spec.objects), {
    constraintsPerTable: 1,
    failures: spec.failures ?? 0,
    pendingPolls: spec.pendingPolls ?? 0
  });
}

/** Calls a poll needs at the least: a list of n entries ends on a page with fewer than pageSize. */
export function minimumCalls(largestList: number, pageSize: number): number {
  return Math.ceil((largestList + 1) / pageSize);
}

/** What {@link splitPolls} needs of a recorded request. */
export interface PagedRequest {
  action?: string;
  pageNum?: number;
}

/** The DTS action that reads the job as a whole. */
export const JOB_STATUS_ACTION = 'DescribeSynchronizationJobStatus';

/** A call that reads the lists (a page), not the job as a whole. */
export const isListCall = (r: PagedRequest): boolean => r.action !== JOB_STATUS_ACTION;

/**
 * The requests of one job, in order of arrival, cut into polls: a poll reads each page and makes
 * the job-status call at most once, and polls do not overlap in time, so a request that repeats
 * one of the current poll's starts the next poll. The simulator's own poll number cannot cut
 * them: it counts a page that arrives before the page 1 of its poll into the poll before. Not
 * valid with faults (a retry repeats a page).
 */
export function splitPolls<T extends PagedRequest>(requests: readonly T[]): T[][] {
  const polls: T[][] = [];
  let seen = new Set<string>();
  for (const request of requests) {
    const key = isListCall(request) ? `page ${request.pageNum ?? '?'}` : 'job status';
    if (polls.length === 0 || seen.has(key)) {
      polls.push([]);
      seen = new Set();
    }
    seen.add(key);
    polls[polls.length - 1]!.push(request);
  }
  return polls;
}
