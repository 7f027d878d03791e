/**
 * A job as the current API reports it (one `DtsJobList` entry of DescribeDtsJobs), made from the
 * same state that answers the legacy job-status call: its status, error, precheck, stages and
 * delay are those of the job-status answer at that poll, renamed and retyped as the current API
 * writes them; what only the current API says (a state of its own, help URLs, the retry state,
 * the verification) comes from the state's `view`.
 *
 * The differences, as DTS documents them: `DtsInstanceID` with a capital ID; `JobType` `sync`
 * (`online` for a migration task); precheck items of `CheckItem`, `CheckResult`, `FailedReason`,
 * `RepairMethod` instead of `ItemName`, `CheckStatus`, `ErrorMessage`, `RepairMethod`; `Delay` a
 * number, in seconds for a synchronization task and in milliseconds for a migration task; the
 * states of a migration task are `Migrating` and `MigrationFailed` where a synchronization task
 * has `Initializing`/`Synchronizing` and `InitializeFailed`/`Failed`.
 *
 * Plain data and functions only; nothing here imports the action's code.
 */
import type { SimulatedJob } from './jobs.js';
import { jobStatusFields } from './jobStatus.js';
import type { CheckState, PollState, RawEntry, RetrySpec } from './model.js';

/** The job states of a synchronization task in the current API's spelling. */
const SYNC_STATES = [
  'NotStarted',
  'NotConfigured',
  'Prechecking',
  'PrecheckFailed',
  'PreCheckPass',
  'Initializing',
  'InitializeFailed',
  'Synchronizing',
  'Failed',
  'Modifying',
  'ModifyFailed',
  'Suspending',
  'Retrying',
  'Upgrade',
  'Downgrade',
  'Locked',
  'Finished'
];
const SPELLING = new Map(SYNC_STATES.map((s) => [s.toLowerCase(), s]));
SPELLING.set('initializating', 'Initializing');

/** For a migration task, the states of a synchronization task that it names otherwise. */
const MIGRATION_STATES: Record<string, string> = {
  Initializing: 'Migrating',
  Synchronizing: 'Migrating',
  InitializeFailed: 'MigrationFailed',
  Failed: 'MigrationFailed'
};

/** A job's state from the job-status answer (either casing, `Initializating` too) as the current API spells it. */
function statusOf(job: SimulatedJob, written: unknown): string {
  const text = typeof written === 'string' ? written : '';
  const sync = SPELLING.get(text.toLowerCase()) ?? text;
  return job.jobType === 'MIGRATION' ? (MIGRATION_STATES[sync] ?? sync) : sync;
}

const isRecord = (v: unknown): v is RawEntry => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The current API writes percentages and progress as strings, whatever the legacy answer did. */
const asText = (v: unknown): unknown => (typeof v === 'number' ? String(v) : v);

const FINISHED = /^finished$/i;

/** The legacy precheck with its items renamed (a malformed value is passed on as it is). */
function precheckOf(legacy: unknown): unknown {
  if (!isRecord(legacy)) return legacy;
  const detail = Array.isArray(legacy.Detail)
    ? legacy.Detail.map((item: unknown) => {
        if (!isRecord(item)) return item;
        const renamed: RawEntry = { CheckItem: item.ItemName, CheckResult: item.CheckStatus };
        if (item.ErrorMessage !== undefined) renamed.FailedReason = item.ErrorMessage;
        if (item.RepairMethod !== undefined) renamed.RepairMethod = item.RepairMethod;
        return renamed;
      })
    : legacy.Detail;
  return { Status: legacy.Status, Percent: asText(legacy.Percent), ErrorMessage: legacy.ErrorMessage ?? '', Detail: detail };
}

/** A stage (`StructureInitializationStatus`, ...) with the fields the current API has. */
function stageOf(legacy: unknown, extra: RawEntry = {}): unknown {
  if (!isRecord(legacy)) return legacy;
  const stage: RawEntry = {
    Status: legacy.Status,
    Percent: asText(legacy.Percent),
    Progress: asText(legacy.Progress),
    ErrorMessage: legacy.ErrorMessage
  };
  return { ...Object.fromEntries(Object.entries(stage).filter(([, v]) => v !== undefined)), ...extra };
}

function numberOf(value: unknown): number | undefined {
  if (typeof value !== 'number' && typeof value !== 'string') return undefined;
  if (typeof value === 'string' && !/^-?\d+(\.\d+)?$/.test(value.trim())) return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

/** The delay in seconds wherever the job-status answer writes it (milliseconds first, being exact). */
export function delaySecondsOf(fields: RawEntry): number | undefined {
  const sync = isRecord(fields.DataSynchronizationStatus) ? fields.DataSynchronizationStatus : {};
  const millis = numberOf(fields.DelayMillis) ?? numberOf(sync.DelayMillis);
  if (millis !== undefined) return millis / 1000;
  return numberOf(fields.Delay) ?? numberOf(sync.Delay);
}

function retryStateOf(retry: RetrySpec | undefined): RawEntry {
  return {
    Retrying: retry !== undefined,
    RetryCount: retry?.count ?? 0,
    RetryTime: retry?.seconds ?? 0,
    MaxRetryTime: retry?.maxSeconds ?? 43200,
    RetryTarget: retry?.target ?? '',
    ErrMessage: retry?.message ?? '',
    Module: retry ? (retry.module ?? '03') : ''
  };
}

/** `FullDataCheckStatus`: `NotStarted` for a job without verification (the simulator's choice). */
function checkStatusOf(check: CheckState | undefined): RawEntry {
  const status = check?.status ?? 'NotStarted';
  return {
    Status: status,
    Percent: String(check?.percent ?? (FINISHED.test(status) ? 100 : 0)),
    Progress: check?.progress ?? '',
    ErrorMessage: check?.errorMessage ?? ''
  };
}

/** The verification of a job at a poll: the state's own, else the one that follows its copy. */
export function checkOf(job: SimulatedJob, poll: number, state: PollState): CheckState | undefined {
  if (!job.fullDataCheck) return undefined;
  return state.view?.check ?? job.check?.(poll);
}

/** The job's `DtsJobList` entry at a poll. */
export function jobViewOf(job: SimulatedJob, poll: number, state: PollState): RawEntry {
  const fields = jobStatusFields(state);
  const view = state.view ?? {};
  const entry: RawEntry = {
    DtsJobId: job.taskId,
    DtsInstanceID: job.instanceId,
    DtsJobName: job.name,
    JobType: job.jobType === 'MIGRATION' ? 'online' : 'sync',
    Status: view.status ?? statusOf(job, fields.Status),
    ErrorMessage: fields.ErrorMessage ?? '',
    ErrorDetails: (view.errorDetails ?? []).map((d) => ({ ErrorCode: d.code, HelpUrl: d.helpUrl }))
  };
  if (fields.PrecheckStatus !== undefined) entry.PrecheckStatus = precheckOf(fields.PrecheckStatus);
  if (fields.StructureInitializationStatus !== undefined)
    entry.StructureInitializationStatus = stageOf(fields.StructureInitializationStatus);
  if (fields.DataInitializationStatus !== undefined) entry.DataInitializationStatus = stageOf(fields.DataInitializationStatus);
  if (fields.DataSynchronizationStatus !== undefined) {
    entry.DataSynchronizationStatus = stageOf(fields.DataSynchronizationStatus, { NeedUpgrade: false });
  }
  const delay = delaySecondsOf(fields);
  if (delay !== undefined) entry.Delay = job.jobType === 'MIGRATION' ? Math.round(delay * 1000) : delay;
  entry.RetryState = retryStateOf(view.retry);
  entry.MigrationMode = {
    StructureInitialization: fields.StructureInitialization !== false && fields.StructureInitialization !== 'false',
    DataInitialization: fields.DataInitialization !== false && fields.DataInitialization !== 'false',
    DataSynchronization: fields.DataSynchronization !== false && fields.DataSynchronization !== 'false',
    FullDataCheck: job.fullDataCheck,
    IncDataCheck: false
  };
  entry.FullDataCheckStatus = checkStatusOf(checkOf(job, poll, state));
  for (const [k, v] of Object.entries(view.fields ?? {})) {
    if (v === undefined) delete entry[k];
    else entry[k] = v;
  }
  return entry;
}
