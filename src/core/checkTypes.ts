/**
 * The plain data of full data verification: the tables DescribeDataCheckTableDetails lists, the
 * result of a job's verification read once it finished, and what the verification rules made of
 * it. Types only; imports nothing of the core but jobTypes.ts.
 */
import type { JobWarning, Refusal, Verification } from './jobTypes.js';

/** One table of a verification, as DescribeDataCheckTableDetails lists it. */
export interface CheckedTable {
  sourceDatabase: string;
  sourceTable: string;
  destinationDatabase: string;
  destinationTable: string;
  /** `Status` as DTS wrote it: `0` done, `2` initializing, `3` running, `5` failed. */
  status: string;
  /** `DiffCount`, rows that differ, as a canonical decimal string (`0` when none or not a count). */
  diffRows: string;
  /** `FinishCount` and `TotalCount`: rows checked of rows to check; undefined when not a count. */
  checkedRows?: string;
  totalRows?: string;
  /** `ErrorCode` of a check that failed (1 to 4 documented); undefined when none. */
  errorCode?: number;
  /** `BootTime`, when the check ran, as DTS wrote it. */
  bootTime: string;
}

/** Why a table fails the verification: rows that differ, or a check that failed. */
export type TableFinding = 'differs' | 'failed';

/** A table that differs or whose check failed, with its job and whether `ignore` matches it. */
export interface FoundTable extends CheckedTable {
  jobId: string;
  finding: TableFinding;
  ignored: boolean;
}

/** The result of one job's verification, read once after it finished (every page needed). */
export interface CheckResult {
  /** `TotalCount`: the tables verified. */
  tables: number;
  /** `DiffTableCount`: tables whose rows differ. */
  differing: number;
  /** `FailedTableCount`: tables whose check failed. */
  failedChecks: number;
  /** `FinishedCount`: rows verified over every table; undefined when not a count. */
  checkedRows?: string;
  /** The tables listed that differ or whose check failed. */
  found: CheckedTable[];
  /** Whether the lists held as many of them as the counts say (else DTS counted some it did not list). */
  complete: boolean;
}

/** What the gate got of a job's verification result: the result, or its refusal for good. */
export type CheckReading = { kind: 'read'; result: CheckResult } | ({ kind: 'refused' } & Refusal);

/**
 * Where a job's verification stands for the wait:
 * - `off`: `data-check: false`; `not-configured`: the task does not verify its data (or it is not known to);
 * - `not-read`: the job view did not come from DescribeDtsJobs this poll; `refused`: its result could not be read;
 * - `not-started`, `checking`, `unknown` (a state the action does not know): still to come;
 * - `failed`: the verification failed as a whole; `differs`: tables differ or failed (not all ignored);
 * - `passed`: finished with every table the same (or every one that is not, ignored).
 */
export type CheckStanding =
  'off' | 'not-configured' | 'not-read' | 'refused' | 'not-started' | 'checking' | 'unknown' | 'failed' | 'differs' | 'passed';

export interface JobCheck {
  jobId: string;
  standing: CheckStanding;
  verification?: Verification;
  result?: CheckResult;
  refusal?: Refusal;
}

export interface DataCheckJudgement {
  /** `data-check` as the run reads it (`off` with `job-status: false`). */
  mode: 'auto' | 'required' | 'off';
  /** One per job, in job order. */
  jobs: JobCheck[];
  /** Every verification waited on has passed (also when none is waited on). */
  holds: boolean;
  /** Tables that differ or failed: those that fail the gate, and those `ignore` matches. */
  failedTables: FoundTable[];
  ignoredTables: FoundTable[];
  /** Verifications that failed as a whole (`FullDataCheckStatus` `Failed`), with DTS's error. */
  failedChecks: Array<{ jobId: string; error: string }>;
  /** With `data-check: true`: jobs whose verification could not be read, so it can never be judged. */
  unreadable: Array<{ jobId: string; code: string; message: string }>;
  /** The warnings of the verification rules; the poll step passes on those not given before. */
  warnings: JobWarning[];
}
