/**
 * The current API's view of a job: one DescribeDtsJobs answer read into the same job reading as
 * the legacy job-status answer's (job.ts), plus what only this API says: the task and instance
 * IDs, whether the task verifies its data and how far it is, DTS retrying, and the help pages
 * of an error. Pure,
 * and as defensive as the other readers: any field may be missing or of another type.
 *
 * The entry's common parts are read by the legacy reader itself, its precheck items renamed to
 * the legacy names (`CheckItem`, `CheckResult`, `FailedReason` for `ItemName`, `CheckStatus`,
 * `ErrorMessage`), so that both sources give one reading. `Delay` is read here, in the unit the
 * call's descriptor says (seconds for a synchronization task, milliseconds for a migration task):
 * the unit is the request's, never a guess from the value.
 */
import { MalformedAnswer } from '../errors.js';
import { verificationOf } from './dataCheck.js';
import { decimal, knownDelay, readJobStatus } from './job.js';
import type { ErrorDetail, JobStatus, RetryState, TaskEntry } from './jobTypes.js';
import { listOf } from './normalize.js';
import { asRecord, flag, isRecord, text, wholeCount } from './scalar.js';

/** Tasks read of one page: DescribeDtsJobs pages by 30 at most, so more is not an answer to it. */
const MAX_TASKS_PER_PAGE = 100;
/** Error codes kept of a job: DTS gives one or two. */
const MAX_ERROR_DETAILS = 10;

/** One page of a DescribeDtsJobs answer. */
export interface TaskPage {
  /** `TotalRecordCount`: tasks that match the request; undefined when not a count. */
  total?: number;
  /** Entries the page listed, those that name no job included: a page as full as its size is not the last. */
  listed: number;
  entries: TaskEntry[];
}

/** The precheck with its items under the legacy names, for the legacy reader. */
function legacyPrecheck(value: unknown): unknown {
  const precheck = asRecord(value);
  if (!precheck) return value;
  let detail: unknown[];
  try {
    detail = listOf(precheck.Detail, 'Detail', ['Detail', 'PrecheckDetail']);
  } catch {
    // The items only explain a precheck; the job's Status decides. A malformed list is no list.
    detail = [];
  }
  const items = detail.map((raw) => {
    const item = asRecord(raw) ?? {};
    return { ItemName: item.CheckItem, CheckStatus: item.CheckResult, ErrorMessage: item.FailedReason, RepairMethod: item.RepairMethod };
  });
  return { ...precheck, Detail: items };
}

function retryOf(value: unknown): RetryState | undefined {
  const retry = asRecord(value);
  if (!retry || flag(retry.Retrying) !== true) return undefined;
  const state: RetryState = { target: text(retry.RetryTarget).trim(), message: text(retry.ErrMessage) };
  const retries = wholeCount(retry.RetryCount);
  const seconds = decimal(retry.RetryTime);
  const maxSeconds = decimal(retry.MaxRetryTime);
  if (retries !== undefined) state.count = retries;
  if (seconds !== undefined) state.seconds = seconds;
  if (maxSeconds !== undefined) state.maxSeconds = maxSeconds;
  return state;
}

function errorDetailsOf(value: unknown): ErrorDetail[] {
  if (!Array.isArray(value)) return [];
  const details: ErrorDetail[] = [];
  for (const raw of value) {
    const detail = asRecord(raw);
    if (!detail) continue;
    const code = text(detail.ErrorCode).trim();
    const helpUrl = text(detail.HelpUrl).trim();
    if (code !== '' || helpUrl !== '') details.push({ code, helpUrl });
    if (details.length >= MAX_ERROR_DETAILS) break;
  }
  return details;
}

/**
 * One `DtsJobList` entry; `delayUnitMs` is the milliseconds of one unit of its `Delay` (1,000 for
 * a synchronization task). Never throws.
 */
export function readTaskEntry(raw: unknown, delayUnitMs: number): TaskEntry {
  const entry = isRecord(raw) ? raw : {};
  const job: JobStatus = readJobStatus({
    Status: entry.Status,
    ErrorMessage: entry.ErrorMessage,
    PrecheckStatus: legacyPrecheck(entry.PrecheckStatus),
    StructureInitializationStatus: entry.StructureInitializationStatus,
    DataInitializationStatus: entry.DataInitializationStatus
  });
  job.source = 'current';
  const delay = decimal(entry.Delay);
  // Known only while the job replicates, as for the legacy answer (job.ts `knownDelay`).
  const delayMs =
    delay !== undefined && Number.isFinite(delay * delayUnitMs) ? knownDelay(job.state, Math.round(delay * delayUnitMs)) : undefined;
  if (delayMs !== undefined) job.delayMs = delayMs;
  const retry = retryOf(entry.RetryState);
  if (retry) job.retry = retry;
  const errorDetails = errorDetailsOf(entry.ErrorDetails);
  if (errorDetails.length > 0) job.errorDetails = errorDetails;
  const verification = verificationOf(entry.FullDataCheckStatus);
  if (verification) job.verification = verification;
  return {
    taskId: text(entry.DtsJobId).trim(),
    instanceId: text(entry.DtsInstanceID ?? entry.DtsInstanceId).trim(),
    jobType: text(entry.JobType).trim(),
    fullDataCheck: flag(asRecord(entry.MigrationMode)?.FullDataCheck) === true,
    job
  };
}

/**
 * One DescribeDtsJobs answer (already checked for errors by the client). Entries without a task
 * or instance ID name no job and are left out. @throws MalformedAnswer when `DtsJobList` is no list
 */
export function readTaskPage(body: Record<string, unknown>, delayUnitMs: number): TaskPage {
  const list = listOf(body.DtsJobList, 'DtsJobList', ['DtsJobList', 'DtsJob']);
  if (list.length > MAX_TASKS_PER_PAGE) {
    throw new MalformedAnswer(`DTS listed ${list.length} tasks on one page of DescribeDtsJobs, which pages by 30 at most`);
  }
  const entries = list.map((raw) => readTaskEntry(raw, delayUnitMs)).filter((e) => e.taskId !== '' && e.instanceId !== '');
  const page: TaskPage = { listed: list.length, entries };
  const total = wholeCount(body.TotalRecordCount);
  if (total !== undefined) page.total = total;
  return page;
}
