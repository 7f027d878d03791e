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
  /** The scenario's poll the simulator answered it from (set for both actions). */
  poll?: number;
}

/** The DTS action that reads the job as a whole. */
export const JOB_STATUS_ACTION = 'DescribeSynchronizationJobStatus';

/** A call that reads the lists (a page), not the job as a whole. */
export const isListCall = (r: PagedRequest): boolean => r.action !== JOB_STATUS_ACTION;

/**
 * The requests of one job, in order of arrival, cut into polls by the poll the simulator
 * answered each from: page 1 and the job-status call beside it open a poll, and the later pages
 * join it (test/simulator/polls.ts). Every request must have been answered from the scenario
 * (not valid with faults or refusals: none are injected here).
 */
export function splitPolls<T extends PagedRequest>(requests: readonly T[]): T[][] {
  const polls: T[][] = [];
  for (const request of requests) {
    if (request.poll === undefined) throw new Error('a request was not answered from the scenario: it belongs to no poll');
    (polls[request.poll] ??= []).push(request);
  }
  return polls.filter((poll) => poll !== undefined);
}
