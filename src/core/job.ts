/**
 * The job as a whole: one DescribeSynchronizationJobStatus answer read into a plain record.
 * Pure, and as defensive as the reading of the lists: any field may be missing, a string, a
 * number or a boolean, and nothing here throws. Statuses are compared without case, and
 * `Initializating` (a spelling DTS uses) is `Initializing`.
 */
import type { JobStage, JobState, JobStatus, Precheck, PrecheckItem } from './jobTypes.js';
import { listOf, stateOf } from './normalize.js';
import { count, isRecord, text } from './scalar.js';

// A Map, not an object literal: a status such as "constructor" must not find Object's members.
const JOB_STATES: ReadonlyMap<string, JobState> = new Map<string, JobState>([
  ['notstarted', 'NotStarted'],
  ['prechecking', 'Prechecking'],
  ['precheckfailed', 'PrecheckFailed'],
  ['initializing', 'Initializing'],
  ['initializating', 'Initializing'],
  ['initializefailed', 'InitializeFailed'],
  ['synchronizing', 'Synchronizing'],
  ['failed', 'Failed'],
  ['suspending', 'Suspending'],
  ['modifying', 'Modifying'],
  ['finished', 'Finished'],
  // Only the current API (DescribeDtsJobs) reports these.
  ['precheckpass', 'PreCheckPass'],
  ['retrying', 'Retrying'],
  ['modifyfailed', 'ModifyFailed'],
  ['notconfigured', 'NotConfigured']
]);

/** The job state a `Status` names: any case, "Not Started" also with a blank, `_` or `-`. */
export function jobStateOf(status: string): JobState {
  const key = status
    .trim()
    .toLowerCase()
    .replace(/^not[\s_-]started$/, 'notstarted');
  return JOB_STATES.get(key) ?? 'unknown';
}

/** Items kept of a precheck: DTS lists a few dozen; an answer cannot make the record unbounded. */
export const MAX_PRECHECK_ITEMS = 1_000;

/** A plain decimal number (`"12"`, `"0.5"`, `12`), or undefined: no sign, no exponent, no unit. */
export function decimal(value: unknown): number | undefined {
  const t = text(value).trim();
  if (!/^\d+(\.\d+)?$/.test(t)) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

/** A percentage 0..100 (`"40"`, `40`, `"40.5"`, `"40%"`); anything else, or out of range, is none. */
export function percentOf(value: unknown): number | undefined {
  const n = decimal(text(value).trim().replace(/%$/, ''));
  return n !== undefined && n <= 100 ? n : undefined;
}

/**
 * The delay in milliseconds that the answer gives: `DelayMillis` (milliseconds) and `Delay`
 * (seconds), at the top of the answer and in `DataSynchronizationStatus`. Where more than one of
 * them reads as a plain non-negative number, the largest counts: the gate guards a cutover, and
 * of two figures that disagree the higher is the safe one. `Delay: "0"` is a known 0; a missing,
 * negative or garbled value (`""`, `"abc"`, `"1e3"`, `true`) says nothing.
 */
export function delayOf(body: Record<string, unknown>): number | undefined {
  const synchronization = isRecord(body.DataSynchronizationStatus) ? body.DataSynchronizationStatus : {};
  const places: Array<[unknown, number]> = [
    [body.DelayMillis, 1],
    [body.Delay, 1000],
    [synchronization.DelayMillis, 1],
    [synchronization.Delay, 1000]
  ];
  let largest: number | undefined;
  for (const [value, unit] of places) {
    const n = decimal(value);
    if (n !== undefined && Number.isFinite(n * unit)) largest = Math.max(largest ?? 0, Math.round(n * unit));
  }
  return largest;
}

/** States in which the incremental replication runs: only then does a delay mean how far behind it is. */
export const REPLICATING_STATES: ReadonlySet<JobState> = new Set(['Synchronizing', 'Modifying']);

/**
 * The delay as the gate knows it: what the answer says while the job replicates, and nothing in
 * any other state, whatever the answer says (a job still initializing answers `Delay: "0"`).
 */
export function knownDelay(state: JobState, delayMs: number | undefined): number | undefined {
  return REPLICATING_STATES.has(state) ? delayMs : undefined;
}

function items(value: unknown): { items: PrecheckItem[]; itemCount: number } {
  let list: unknown[];
  try {
    list = listOf(value, 'Detail', ['Detail', 'PrecheckDetail']);
  } catch {
    // The items only explain a precheck; the job's Status decides. A malformed list is no list.
    list = [];
  }
  const kept = list.slice(0, MAX_PRECHECK_ITEMS).map((raw) => {
    const item = isRecord(raw) ? raw : {};
    return {
      name: text(item.ItemName).trim(),
      status: text(item.CheckStatus).trim(),
      error: text(item.ErrorMessage),
      repairMethod: text(item.RepairMethod)
    };
  });
  return { items: kept, itemCount: list.length };
}

function precheckOf(value: unknown): Precheck | undefined {
  if (!isRecord(value)) return undefined;
  const precheck: Precheck = { status: text(value.Status).trim(), ...items(value.Detail) };
  const percent = percentOf(value.Percent);
  if (percent !== undefined) precheck.percent = percent;
  return precheck;
}

function stageOf(value: unknown): JobStage | undefined {
  if (!isRecord(value)) return undefined;
  const status = text(value.Status).trim();
  const stage: JobStage = { status, state: stateOf(status), error: text(value.ErrorMessage) };
  const percent = percentOf(value.Percent);
  const progress = count(value.Progress);
  if (percent !== undefined) stage.percent = percent;
  if (progress !== undefined) stage.progress = progress;
  return stage;
}

/** Reads one answer body (already checked for errors by the client); never throws. */
export function readJobStatus(body: unknown): JobStatus {
  const record = isRecord(body) ? body : {};
  const status = text(record.Status).trim();
  const job: JobStatus = { status, state: jobStateOf(status), error: text(record.ErrorMessage) };
  const precheck = precheckOf(record.PrecheckStatus);
  const structure = stageOf(record.StructureInitializationStatus);
  const data = stageOf(record.DataInitializationStatus);
  const delayMs = knownDelay(job.state, delayOf(record));
  if (precheck) job.precheck = precheck;
  if (structure) job.structure = structure;
  if (data) job.data = data;
  if (delayMs !== undefined) job.delayMs = delayMs;
  return job;
}

/** Whether a check item failed: `CheckStatus` Failed (any case). */
function itemFailed(item: PrecheckItem): boolean {
  return item.status.toLowerCase() === 'failed';
}

/**
 * The items that explain a failed precheck: those that say Failed; if none does, those that did
 * not pass and carry an error (an undocumented CheckStatus must not hide the reason).
 */
export function failedItems(precheck: Precheck | undefined): PrecheckItem[] {
  if (!precheck) return [];
  const failed = precheck.items.filter(itemFailed);
  if (failed.length > 0) return failed;
  return precheck.items.filter((item) => item.status.toLowerCase() !== 'success' && item.error.trim() !== '');
}
