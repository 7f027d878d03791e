/**
 * The scenario model of the DTS simulator (server.ts): what a job reports at a poll, and
 * builders for its entries.
 *
 * A job's scenario is a function of the poll number: poll 0 is the first poll, and a poll is one
 * reading of the job: page 1 of its lists (later pages see that poll's state) and, sent beside
 * page 1, the job as a whole (polls.ts says how the calls are paired). One state answers every
 * view of the job: the lists; the legacy job-status answer, the state's `job` (builders in
 * jobStatus.ts); and the current API's entry of the job (DescribeDtsJobs), made from that same
 * job-status answer, with what only the current API says in `view` (jobView.ts). So a scenario
 * is written once and every view agrees. Entries are raw records serialised as given, so a
 * scenario may hold malformed values on purpose; a `{ __rawJson: '...' }` marker is written
 * verbatim into the JSON text (for numbers beyond 2^53).
 *
 * Plain data and functions only; nothing here imports the action's code.
 */

/** One raw entry of a DescribeInitializationStatus list, written to the answer as is. */
export type RawEntry = Record<string, unknown>;

/** A value the simulator writes verbatim into the answer's JSON text. */
export interface RawJson {
  __rawJson: string;
}

/** Shape of the lists: plain arrays, or the XML-style wrapped form (`{"X": {"XDetail": [...]}}`). */
export type Shape = 'array' | 'wrapped';
/** How `Success` is written: `true` or `"true"`. */
export type SuccessStyle = 'boolean' | 'string';

/** What one job reports at one poll. */
export interface PollState {
  structure: RawEntry[];
  data: RawEntry[];
  incremental: RawEntry[];
  /** Answer HTTP 200 with `"Success": false` (or `"false"`), `ErrCode` and `ErrMessage`. */
  successFalse?: { ErrCode: string; ErrMessage: string };
  /** Answer exactly this instead (status defaults to 200, content type to application/json). */
  raw?: { status?: number; contentType?: string; body: string };
  /**
   * The lists of one page, made when that page is asked for (instead of slicing `structure`,
   * `data` and `incremental`): a job can then have more entries than memory holds, or none ever
   * last page. Lists left out are empty.
   */
  page?: (pageNum: number, pageSize: number) => Partial<Pick<PollState, 'structure' | 'data' | 'incremental'>>;
  /** Per-state override of the simulator's `shape` option. */
  shape?: Shape;
  /** Per-state override of the simulator's `success` option. */
  success?: SuccessStyle;
  /**
   * Extra top-level fields merged into a successful answer after the standard ones (a field set
   * to `undefined` is removed, e.g. `{ Success: undefined }` leaves `Success` out).
   */
  fields?: Record<string, unknown>;
  /**
   * What DescribeSynchronizationJobStatus answers at this poll. Absent: an answer that follows
   * the lists (jobStatus.ts: `derivedJobStatus`), so that scenarios written for the lists alone
   * keep their meaning.
   */
  job?: JobStatusAnswer;
  /**
   * What only the current API (DescribeDtsJobs, DescribeDataCheckTableDetails) says of the job at
   * this poll; the rest of its answer follows the job-status answer (jobView.ts).
   */
  view?: JobView;
}

/** An answer written exactly as given (status defaults to 200, content type to application/json). */
export interface RawAnswer {
  status?: number;
  contentType?: string;
  body: string;
}

/** A gateway error body with this status and code (e.g. 404 `Forbidden.InstanceNotFound`). */
export interface Refusal {
  status: number;
  code: string;
  message: string;
}

/** One DescribeSynchronizationJobStatus answer; the first member set decides. */
export interface JobStatusAnswer {
  /** Answer exactly this (status defaults to 200, content type to application/json). */
  raw?: { status?: number; contentType?: string; body: string };
  /** A gateway error body with this status and code (e.g. 404 `Forbidden.InstanceNotFound`). */
  refuse?: { status: number; code: string; message: string };
  /** HTTP 200 with `Success: false`, `ErrCode` and `ErrMessage`. */
  successFalse?: { ErrCode: string; ErrMessage: string };
  /**
   * The fields of a successful answer, written as given after `RequestId` and `Success` (a field
   * set to `undefined` is left out, so `{ Success: undefined }` answers without `Success`).
   */
  body?: RawEntry;
}

/**
 * What the current API says of a job at a poll that the legacy job-status answer cannot: every
 * member is optional, and a job view left out is one that follows the job-status answer.
 */
export interface JobView {
  /**
   * `Status` as written, instead of the one that follows the job-status answer: also a state
   * only the current API has (`PreCheckPass`, `Retrying`, `ModifyFailed`, `NotConfigured`).
   */
  status?: string;
  /** `ErrorDetails[]`: the codes of the job's error, each with its help page; default none. */
  errorDetails?: Array<{ code: string; helpUrl: string }>;
  /** DTS retrying a failing connection or module at this poll (`RetryState.Retrying` true). */
  retry?: RetrySpec;
  /**
   * The full data verification at this poll, for a job that has it configured. Absent: it
   * follows the copy (verification.ts).
   */
  check?: CheckState;
  /** Fields of the job's `DtsJobList` entry set last (`undefined` removes one). */
  fields?: Record<string, unknown>;
}

/** One retry episode of DTS, as `RetryState` reports it. */
export interface RetrySpec {
  /** `RetryTarget`: `srcDB`, `destDB` or `inner_module`. */
  target: string;
  /** `ErrMessage`: the error DTS retries. */
  message: string;
  /** `RetryCount`. */
  count: number;
  /** `RetryTime`: seconds since the first retry. */
  seconds: number;
  /** `MaxRetryTime` in seconds; default 43200 (12 hours). */
  maxSeconds?: number;
  /** `Module`: the stage retried; default `03` (full data). */
  module?: string;
}

/** `FullDataCheckStatus` at one poll, and the tables it has checked. */
export interface CheckState {
  /** `NotStarted`, `Checking`, `Failed` or `Finished`. */
  status: string;
  /** Default 0 before `Checking`, 100 once `Finished`. */
  percent?: number;
  /** e.g. `1 rows/s (row: 5/5, table: 1/1)`; default empty. */
  progress?: string;
  errorMessage?: string;
  /** What DescribeDataCheckTableDetails answers once the verification has ended. */
  tables?: CheckedTable[];
}

/** One table of a verification, as DescribeDataCheckTableDetails reports it. */
export interface CheckedTable {
  db: string;
  table: string;
  /** Default `db` / `table`. */
  destDb?: string;
  destTable?: string;
  /** `TotalCount`: rows to verify. */
  rows: number;
  /** `FinishCount`: rows verified; default `rows`. */
  checked?: number;
  /** `DiffCount`: rows that differ; default 0. */
  diff?: number;
  /** `Status`, a string code: `0` done (default), `2` initializing, `3` running, `5` failed. */
  status?: string;
  /** `ErrorCode` of a check that failed: 1 too many tables without a primary key, 2 over 300 rows differ, 3 table not found, 4 SQL error. */
  errorCode?: number;
  /** `BootTime`; default `2026-01-18 11:26:59`. */
  bootTime?: string;
}

/** A job: its state at poll `poll` (0, 1, 2, ...). */
export type JobScenario = (poll: number) => PollState;

export type Status = 'NotStarted' | 'Migrating' | 'Finished' | 'Failed' | (string & {});

/** A value written verbatim into the JSON text, e.g. `rawJson('12345678901234567890')`. */
export function rawJson(text: string): RawJson {
  return { __rawJson: text };
}

/** True for a `{ __rawJson: string }` marker. */
export function isRawJson(value: unknown): value is RawJson {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.keys(value).length === 1 &&
    typeof (value as { __rawJson?: unknown }).__rawJson === 'string'
  );
}

/** Row counts: numbers become decimal strings (as DTS writes them); strings and markers pass. */
type Count = string | number | RawJson;

function count(value: Count | undefined, fallback: string): string | RawJson {
  if (value === undefined) return fallback;
  return typeof value === 'number' ? String(value) : value;
}

// ---------------------------------------------------------------------------------------------
// Entry builders
// ---------------------------------------------------------------------------------------------

export interface ConstraintSpec {
  db: string;
  name: string;
  /** Default `ForeignKey`. */
  type?: string;
  status: Status;
  error?: string;
  destDb?: string;
  definition?: string;
}

/** One constraint of a structure entry (same fields as a structure entry, without Constraints). */
export function constraintEntry(spec: ConstraintSpec): RawEntry {
  const type = spec.type ?? 'ForeignKey';
  return {
    ObjectName: spec.name,
    ObjectType: type,
    SourceOwnerDBName: spec.db,
    DestinationOwnerDBName: spec.destDb ?? spec.db,
    ObjectDefinition: spec.definition ?? `ALTER TABLE \`${spec.db}\` ADD CONSTRAINT \`${spec.name}\``,
    Status: spec.status,
    ErrorMessage: spec.error ?? ''
  };
}

export interface StructureSpec {
  db: string;
  name: string;
  /** Default `Table`. */
  type?: string;
  status: Status;
  error?: string;
  /** Default `[]`; any raw value is kept (for malformed answers). */
  constraints?: unknown;
  destDb?: string;
  definition?: string;
}

/** One `StructureInitializationDetails` entry. */
export function structureEntry(spec: StructureSpec): RawEntry {
  const type = spec.type ?? 'Table';
  const destDb = spec.destDb ?? spec.db;
  return {
    ObjectName: spec.name,
    ObjectType: type,
    SourceOwnerDBName: spec.db,
    DestinationOwnerDBName: destDb,
    ObjectDefinition:
      spec.definition ??
      (type === 'Table'
        ? `CREATE TABLE IF NOT EXISTS \`${destDb}\`.\`${spec.name}\` (\`id\` bigint NOT NULL, PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4`
        : `CREATE ${type.toUpperCase()} \`${destDb}\`.\`${spec.name}\``),
    Status: spec.status,
    ErrorMessage: spec.error ?? '',
    Constraints: spec.constraints ?? []
  };
}

export interface DataSpec {
  db: string;
  name: string;
  status: Status;
  /** TotalRowNum (DTS's estimate). Default `""`. */
  total?: Count;
  /** FinishRowNum (rows actually copied). Default `""`. */
  finished?: Count;
  /** UsedTime (seconds, as text). Default `""`. */
  usedTime?: Count;
  error?: string;
  destDb?: string;
}

/** One `DataInitializationDetails` entry (numbers as strings). */
export function dataEntry(spec: DataSpec): RawEntry {
  return {
    TableName: spec.name,
    SourceOwnerDBName: spec.db,
    DestinationOwnerDBName: spec.destDb ?? spec.db,
    Status: spec.status,
    TotalRowNum: count(spec.total, ''),
    FinishRowNum: count(spec.finished, ''),
    UsedTime: count(spec.usedTime, ''),
    ErrorMessage: spec.error ?? ''
  };
}

export interface IncrementalSpec {
  db: string;
  name: string;
  status: Status;
  error?: string;
  destDb?: string;
}

/** One `DataSynchronizationDetails` entry. */
export function incrementalEntry(spec: IncrementalSpec): RawEntry {
  return {
    TableName: spec.name,
    SourceOwnerDBName: spec.db,
    DestinationOwnerDBName: spec.destDb ?? spec.db,
    Status: spec.status,
    ErrorMessage: spec.error ?? ''
  };
}

// ---------------------------------------------------------------------------------------------
// Combinators
// ---------------------------------------------------------------------------------------------

/** A state with the given lists (missing ones empty). */
export function state(parts: Partial<PollState> = {}): PollState {
  return { structure: [], data: [], incremental: [], ...parts };
}

/** Poll k gets `states[min(k, states.length - 1)]`. */
export function steps(...states: PollState[]): JobScenario {
  if (states.length === 0) throw new Error('steps() needs at least one state');
  return (poll) => {
    const index = Math.min(Math.max(0, Math.floor(poll)), states.length - 1);
    return states[index] as PollState;
  };
}

/** The same state at every poll. */
export function constant(s: PollState): JobScenario {
  return () => s;
}
