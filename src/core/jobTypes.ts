/**
 * The plain data of the job as a whole: what one answer says of a job, what a poll got from the
 * call that asks it, and what the job rules made of that. Types only; imports nothing.
 */

/** A job's `Status` after case-folding; `unknown` is anything DTS documents no meaning for. */
export type JobState =
  | 'NotStarted'
  | 'Prechecking'
  | 'PrecheckFailed'
  | 'Initializing'
  | 'InitializeFailed'
  | 'Synchronizing'
  | 'Failed'
  | 'Suspending'
  | 'Modifying'
  | 'Finished'
  // States only the current API (DescribeDtsJobs) reports.
  | 'PreCheckPass'
  | 'Retrying'
  | 'ModifyFailed'
  | 'NotConfigured'
  | 'unknown';

/** One check of the precheck, e.g. `CHECK_CONN_SRC`. */
export interface PrecheckItem {
  name: string;
  /** CheckStatus as DTS wrote it (`Success`, `Failed`). */
  status: string;
  /** ErrorMessage, `''` when none. */
  error: string;
  /** RepairMethod: how to make the check pass; `''` when none. */
  repairMethod: string;
}

export interface Precheck {
  status: string;
  /** 0 to 100; undefined when DTS gave none that reads as a percentage. */
  percent?: number;
  /** Every check item, in DTS's order (at most a bound the reader sets). */
  items: PrecheckItem[];
  /** How many items DTS listed (may exceed `items.length`). */
  itemCount: number;
}

/** StructureInitializationStatus or DataInitializationStatus. */
export interface JobStage {
  status: string;
  /** The status read as an object's status is read. */
  state: 'NotStarted' | 'Migrating' | 'Finished' | 'Failed' | 'unknown';
  percent?: number;
  /** Tables (structure) or rows (data) done, as a canonical decimal string. */
  progress?: string;
  error: string;
}

/** DTS retrying a failing connection or module (`RetryState` of DescribeDtsJobs, while `Retrying` is true). */
export interface RetryState {
  /** `RetryTarget`: what is retried (`srcDB`, `destDB`, `inner_module`); `''` when not said. */
  target: string;
  /** `ErrMessage`: the error DTS retries; `''` when none. */
  message: string;
  /** `RetryCount`: retries so far; undefined when not a count. */
  count?: number;
  /** `RetryTime`: seconds since the first retry of this episode. */
  seconds?: number;
  /** `MaxRetryTime`: seconds DTS retries before the job fails. */
  maxSeconds?: number;
}

/** One of `ErrorDetails`: an error code of the job and the help page about it. */
export interface ErrorDetail {
  code: string;
  /** `HelpUrl` as DTS wrote it (`''` when none); the renderers decide whether it is shown as a link. */
  helpUrl: string;
}

/** `FullDataCheckStatus.Status` read: the full data verification's stage. */
export type VerificationState = 'NotStarted' | 'Checking' | 'Failed' | 'Finished' | 'unknown';

/** The full data verification as a job view says it (`FullDataCheckStatus`). */
export interface Verification {
  /** `Status` exactly as DTS wrote it, trimmed. */
  status: string;
  state: VerificationState;
  /** 0 to 100; undefined when DTS gave none that reads as a percentage. */
  percent?: number;
  /** `Progress` as DTS wrote it (`1 rows/s (row: 5/5, table: 1/1)`), `''` when none. */
  progress: string;
  /** `ErrorMessage`, `''` when none. */
  error: string;
}

/** What one answer says of the job. */
export interface JobStatus {
  /** `Status` exactly as DTS wrote it, trimmed (`''` when missing). */
  status: string;
  state: JobState;
  /** ErrorMessage: why the job failed; `''` when none. */
  error: string;
  precheck?: Precheck;
  structure?: JobStage;
  data?: JobStage;
  /** The replication delay in milliseconds; undefined when no delay in the answer reads as one. */
  delayMs?: number;
  /** Which call the reading came from: the current API's job view, or the legacy job-status call (absent). */
  source?: 'current';
  /** The current API only: DTS is retrying (absent when it is not). */
  retry?: RetryState;
  /** The current API only: the codes of the job's error, with their help pages. */
  errorDetails?: ErrorDetail[];
  /** The current API only: the full data verification, when the view has it. */
  verification?: Verification;
}

/**
 * Which job a `job-id` names. The ID as written names the job everywhere a person reads it; the
 * calls get the ID each one wants.
 */
export interface JobIdentity {
  /** The ID as the user wrote it. */
  id: string;
  /** The instance ID (`dts…`), the legacy calls' SynchronizationJobId: the ID as written when DescribeDtsJobs did not list it. */
  instanceId: string;
  /** The task ID (`DtsJobId`) of the current API; undefined when DescribeDtsJobs did not list the job. */
  taskId?: string;
  /** Whether DescribeDtsJobs listed it as a synchronization task. */
  listed: boolean;
  /** `MigrationMode.FullDataCheck`: whether the task verifies its full data; undefined when not listed. */
  fullDataCheck?: boolean;
}

/** One task of a DescribeDtsJobs answer, read. */
export interface TaskEntry {
  taskId: string;
  instanceId: string;
  /** `JobType` as the answer spells it (`sync`, `online` for a migration task, `subscribe`). */
  jobType: string;
  fullDataCheck: boolean;
  /** The job as a whole, in the same reading as the legacy job-status answer's. */
  job: JobStatus;
}

/** A call the gate can do without, refused for good: its code and the sentence that explains it (free of secrets). */
export interface Refusal {
  code: string;
  message: string;
}

/** What the last complete poll got from one job's job-status call. */
export type JobReading =
  | { kind: 'read'; job: JobStatus }
  /** Refused for good: a retry cannot mend it, and the call is not made again. `message` is free of secrets. */
  | { kind: 'refused'; code: string; message: string }
  /** `job-status: false`. */
  | { kind: 'not-asked' };

export interface FailedJob {
  jobId: string;
  /** `Status` as DTS wrote it. */
  status: string;
  state: JobState;
  /** DTS's ErrorMessage, `''` when none. */
  error: string;
  /** For a failed precheck: the items that failed, with their errors and repair methods. */
  items: PrecheckItem[];
  /**
   * How many of the job's objects were still pending when it failed: a failed job moves no more,
   * so they will not be copied (absent when none were).
   */
  uncopied?: number;
  /** Checks DTS listed in the precheck beyond those the gate keeps of one (absent when none). */
  checksNotKept?: number;
  /** The current API only: the codes of the error with their help pages. */
  errorDetails?: ErrorDetail[];
}

export type JobWarningKind =
  | 'paused'
  | 'unknown-state'
  | 'refused'
  | 'ignored-failure'
  // DTS retrying a failing connection or module: once per episode.
  | 'retrying'
  // The job's state is NotConfigured.
  | 'not-configured'
  // DescribeDtsJobs refused for good: the IDs as given and the legacy job view.
  | 'view-refused'
  // DescribeDataCheckTableDetails refused for good: the verification's result not readable.
  | 'check-refused'
  // A FullDataCheckStatus the action does not know.
  | 'unknown-check-state';

export interface JobWarning {
  kind: JobWarningKind;
  /** The jobs it is about (several for one refusal that hit them all). */
  jobIds: string[];
  /** One key per job: a warning is given at the first poll whose key was not given before. */
  keys: string[];
  /** The job's `Status` (unknown-state, paused). */
  status?: string;
  /** Refused: the error code and the sentence that explains it. */
  code?: string;
  message?: string;
  /** Ignored failure: the failure that was ignored. */
  failure?: FailedJob;
  /** Retrying: what DTS retries, as the poll that saw the episode begin read it. */
  retry?: RetryState;
}

/** Why a job does (or does not) meet `max-delay`. */
export type DelayStanding = 'low' | 'too-high' | 'unknown' | 'not-replicating' | 'not-read';

export interface DelayCheck {
  /** Whether `max-delay` is set. */
  required: boolean;
  maxDelayMs?: number;
  /** With `max-delay`: every job's delay known, read while replicating, and at most the limit. */
  holds: boolean;
  jobs: Array<{ jobId: string; delayMs?: number; standing: DelayStanding }>;
  /** The largest delay over the jobs, when every job's delay is known. */
  largestMs?: number;
}

export interface JobJudgement {
  /** Jobs that failed as a whole, in job order. */
  failed: FailedJob[];
  /** Job failures matched away by `ignore` (every failed object of the job ignored). */
  ignored: FailedJob[];
  /** Every warning the job rules give for this poll; the poll step passes on those not given before. */
  warnings: JobWarning[];
  /** With `max-delay`: jobs whose state could not be read, so the delay rule cannot be judged. */
  unreadable: Array<{ jobId: string; code: string; message: string }>;
  delay: DelayCheck;
}
