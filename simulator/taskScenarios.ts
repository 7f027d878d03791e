/**
 * Ready-made jobs for the current API: who a job is (its task ID, its type, whether the current
 * API lists it) and what only that API says of it (a full data verification that passes, finds
 * tables that differ or fails; DTS retrying; a state of its own). Each is a {@link JobSpec}
 * (`setJob(instanceId, spec)`) whose scenario answers the legacy calls too, from the same states.
 *
 * Plain data and functions only; nothing here imports the action's code.
 */
import { demoRun, steadyCopy, copyRun, delayFalling } from './jobScenarios.js';
import type { CheckedTable, JobScenario, RetrySpec } from './model.js';
import type { JobSpec } from './types.js';
import { verifying } from './verification.js';

/** Optional identity of a ready-made job. */
export interface TaskIdentity {
  taskId?: string;
  name?: string;
}

/** A steady copy (jobScenarios.ts) with full data verification that finds every table the same. */
export function verifiedTask(identity: TaskIdentity = {}): JobSpec {
  // No `check` in its states: the verification follows the copy (verification.ts).
  return { scenario: steadyCopy(), fullDataCheck: true, ...identity };
}

/** The twelve tables of {@link verificationDiffers}, 1,000 rows each, as they are checked. */
export const CHECKED_TABLES: readonly string[] = [
  'customers',
  'products',
  'orders',
  'order_items',
  'payments',
  'shipments',
  'invoices',
  'refunds',
  'carts',
  'reviews',
  'coupons',
  'suppliers'
];

/** Twelve tables of `shop` copied over three polls (1,000 rows each, 4,000 a poll). */
function twelveTables(): JobScenario {
  return copyRun({ tables: CHECKED_TABLES.map((name) => ({ name, rows: 1000 })), rowsPerPoll: 4000 });
}

/**
 * Full data verification of twelve tables (two pages of table details at the default page size
 * of 10) that finds two differing: `shop.order_items` (3 rows, page 1) and `shop.coupons` (7
 * rows, page 2). With `failedTable`, the check of `shop.refunds` also failed: `Status` `5` and
 * `ErrorCode` 3 (table not found).
 */
export function verificationDiffers(options: TaskIdentity & { failedTable?: boolean } = {}): JobSpec {
  const { failedTable, ...identity } = options;
  const tables: CheckedTable[] = CHECKED_TABLES.map((table) => {
    const checked: CheckedTable = { db: 'shop', table, rows: 1000 };
    if (table === 'order_items') checked.diff = 3;
    if (table === 'coupons') checked.diff = 7;
    if (failedTable && table === 'refunds') Object.assign(checked, { status: '5', errorCode: 3, checked: 0 });
    return checked;
  });
  return { scenario: verifying(twelveTables(), { tables }), fullDataCheck: true, ...identity };
}

/** The `ErrorMessage` of {@link verificationFailed}. */
export const CHECK_FAILURE_ERROR =
  'DTS-100048 Full data verification failed: Access denied for user dts_checker to database shop on the destination';

/** A steady copy whose full data verification ends `Failed` (with {@link CHECK_FAILURE_ERROR}). */
export function verificationFailed(identity: TaskIdentity = {}): JobSpec {
  return { scenario: verifying(steadyCopy(), { failure: CHECK_FAILURE_ERROR }), fullDataCheck: true, ...identity };
}

/** The `ErrMessage` of the retry episodes here. */
export const RETRY_ERROR = 'DTS-RETRY-ERR-0002 Communications link failure: the destination database did not answer within 30 s';

export interface RetryEpisode {
  /** First poll of the episode; default 2. */
  from?: number;
  /** Polls it lasts; default 3. */
  polls?: number;
  /** Default `destDB`. */
  target?: string;
  /** Default {@link RETRY_ERROR}. */
  message?: string;
  /** Seconds between two polls of the episode, for `RetryTime`; default 60. */
  secondsPerPoll?: number;
  /** Default 43200. */
  maxSeconds?: number;
}

/**
 * `scenario` with one retry episode: from poll `from` for `polls` polls, `RetryState.Retrying`
 * true (one more retry and `secondsPerPoll` more seconds each poll) and the job `Retrying` in the
 * current API; then it recovers. The legacy answers and the copy go on as the scenario says.
 */
export function retrying(scenario: JobScenario, episode: RetryEpisode = {}): JobScenario {
  const from = episode.from ?? 2;
  const polls = episode.polls ?? 3;
  return (poll) => {
    const state = scenario(poll);
    if (poll < from || poll >= from + polls) return state;
    const step = poll - from;
    const retry: RetrySpec = {
      target: episode.target ?? 'destDB',
      message: episode.message ?? RETRY_ERROR,
      count: step + 1,
      seconds: (step + 1) * (episode.secondsPerPoll ?? 60),
      maxSeconds: episode.maxSeconds ?? 43200
    };
    return { ...state, view: { ...state.view, status: 'Retrying', retry } };
  };
}

/** A steady copy with one retry episode (polls 2 to 4 by default), then recovering. */
export function retryEpisode(episode: RetryEpisode = {}, identity: TaskIdentity = {}): JobSpec {
  return { scenario: retrying(steadyCopy(), episode), ...identity };
}

/** The help page the error details here point to. */
const HELP_URL = 'https://help.aliyun.com/zh/dts/support/common-errors-and-troubleshooting';

/** The `ErrorMessage` of {@link modifyFailed}. */
export const MODIFY_FAILURE_ERROR = 'DTS-1051009 Modifying the objects of the task failed: table shop.archive_2019 does not exist';

/**
 * A job replicating (the delay falling, jobScenarios.ts `delayFalling`) whose change of objects
 * fails from poll `at` on (default 2): `ModifyFailed` in the current API, `Failed` with the same
 * error in the legacy answer (which has no such state).
 */
export function modifyFailed(options: TaskIdentity & { at?: number } = {}): JobSpec {
  const { at = 2, ...identity } = options;
  const replicating = delayFalling();
  const scenario: JobScenario = (poll) => {
    const state = replicating(poll);
    if (poll < at) return state;
    const job = { body: { ...state.job?.body, Status: 'Failed', ErrorMessage: MODIFY_FAILURE_ERROR } };
    return { ...state, job, view: { status: 'ModifyFailed', errorDetails: [{ code: 'DTS-1051009', helpUrl: HELP_URL }] } };
  };
  return { scenario, ...identity };
}

/** A migration task (`JobType=MIGRATION`): listed only when DescribeDtsJobs asks for migration tasks. */
export function migrationTask(identity: TaskIdentity = {}): JobSpec {
  return { scenario: steadyCopy(), jobType: 'MIGRATION', ...identity };
}

/** An instance only the legacy API knows: DescribeDtsJobs never lists it. */
export function legacyInstance(): JobSpec {
  return { scenario: steadyCopy(), listed: false };
}

/** The task ID of {@link demoTask}. */
export const DEMO_TASK_ID = 'k4demo7x2m9q1zb';

/**
 * `demoRun` (jobScenarios.ts) as a task of the current API: task ID {@link DEMO_TASK_ID}, one
 * retry episode at polls 4 and 5 while the data is copied, and full data verification that
 * checks the copy from the poll it is done (poll 8) and finds every table the same (poll 10).
 */
export function demoTask(): JobSpec {
  return { scenario: retrying(demoRun(), { from: 4, polls: 2 }), taskId: DEMO_TASK_ID, fullDataCheck: true };
}
