/**
 * Jobs of many objects, for the scale tests (test/e2e/scale.test.ts) and the benchmark
 * (scripts/bench.ts): a job of n tables, what "N objects" means, the job that has them, and how
 * to tell the polls apart in the simulator's record of requests.
 */
import { LISTS_ACTION } from './legacy.js';
import type { JobScenario, PollState, RawEntry, Status } from './model.js';
import { NUMBER_FORMAT_ERROR } from './scenarios.js';

export interface LargeOptions {
  /** Number of databases the tables are spread over (default 10). */
  databases?: number;
  /** Number of data entries that end Failed (spread evenly; default 0). */
  failures?: number;
  /** Constraints per structure entry (default 0). */
  constraintsPerTable?: number;
  /** Polls (from 0) during which everything is Migrating before the final state (default 0). */
  pendingPolls?: number;
  /** Status of the incremental entries in the final state (default Finished). */
  incrementalStatus?: Status;
}

/**
 * `n` tables: n structure, n data and n incremental entries (plus constraints if asked), all
 * Finished except `failures` data entries. Each state is built once, on first use, and shared.
 */
export function large(n: number, opts: LargeOptions = {}): JobScenario {
  const databases = Math.max(1, opts.databases ?? 10);
  const failures = Math.max(0, Math.min(n, opts.failures ?? 0));
  const perTable = Math.max(0, opts.constraintsPerTable ?? 0);
  const pendingPolls = Math.max(0, opts.pendingPolls ?? 0);
  const failEvery = failures > 0 ? Math.floor(n / failures) : 0;

  const build = (final: boolean): PollState => {
    const structure: RawEntry[] = new Array<RawEntry>(n);
    const data: RawEntry[] = new Array<RawEntry>(n);
    const incremental: RawEntry[] = new Array<RawEntry>(n);
    let failed = 0;
    for (let i = 0; i < n; i++) {
      const db = `db_${i % databases}`;
      const name = `table_${String(i).padStart(6, '0')}`;
      const constraints: RawEntry[] = [];
      for (let c = 0; c < perTable; c++) {
        constraints.push({
          ObjectName: `idx_${name}_${c}`,
          ObjectType: 'Index',
          SourceOwnerDBName: db,
          DestinationOwnerDBName: db,
          ObjectDefinition: '',
          Status: final ? 'Finished' : 'Migrating',
          ErrorMessage: ''
        });
      }
      structure[i] = {
        ObjectName: name,
        ObjectType: 'Table',
        SourceOwnerDBName: db,
        DestinationOwnerDBName: db,
        ObjectDefinition: '',
        Status: final ? 'Finished' : 'Migrating',
        ErrorMessage: '',
        Constraints: constraints
      };
      const fails = final && failEvery > 0 && failed < failures && i % failEvery === 0;
      if (fails) failed++;
      data[i] = {
        TableName: name,
        SourceOwnerDBName: db,
        DestinationOwnerDBName: db,
        Status: !final ? 'Migrating' : fails ? 'Failed' : 'Finished',
        TotalRowNum: '1000',
        FinishRowNum: final && !fails ? '1000' : '500',
        UsedTime: '1.0',
        ErrorMessage: fails ? NUMBER_FORMAT_ERROR : ''
      };
      incremental[i] = {
        TableName: name,
        SourceOwnerDBName: db,
        DestinationOwnerDBName: db,
        Status: final ? (opts.incrementalStatus ?? 'Finished') : 'NotStarted',
        ErrorMessage: ''
      };
    }
    return { structure, data, incremental };
  };

  let pending: PollState | undefined;
  let done: PollState | undefined;
  return (poll) => {
    if (poll < pendingPolls) return (pending ??= build(false));
    return (done ??= build(true));
  };
}

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

/** A call that reads the lists (a page), not the job as a whole. */
export const isListCall = (r: PagedRequest): boolean => r.action === undefined || r.action === LISTS_ACTION;

/**
 * The requests of one job, in order of arrival, cut into polls: a poll reads each page and makes
 * each other call (the job-status call, a page of DescribeDtsJobs) at most once, and polls do not
 * overlap in time, so a request that repeats
 * one of the current poll's starts the next poll. The simulator's own poll number cannot cut
 * them: it counts a page that arrives before the page 1 of its poll into the poll before. Not
 * valid with faults (a retry repeats a page).
 */
export function splitPolls<T extends PagedRequest>(requests: readonly T[]): T[][] {
  const polls: T[][] = [];
  let seen = new Set<string>();
  for (const request of requests) {
    const key = isListCall(request) ? `page ${request.pageNum ?? '?'}` : `${request.action ?? ''} ${request.pageNum ?? ''}`;
    if (polls.length === 0 || seen.has(key)) {
      polls.push([]);
      seen = new Set();
    }
    seen.add(key);
    polls[polls.length - 1]!.push(request);
  }
  return polls;
}
