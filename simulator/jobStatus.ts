/**
 * DescribeSynchronizationJobStatus (2020-01-01) in the simulator: builders of its answer, the
 * answer that follows the lists when a scenario gives none, and the answer written for a call.
 *
 * The answer, as DTS documents it: `Status` (either casing; `Initializing` also spelled
 * `Initializating`), `ErrorMessage`, `PrecheckStatus {Status, Percent, Detail[] of ItemName,
 * CheckStatus, ErrorMessage, RepairMethod}`, `StructureInitializationStatus` and
 * `DataInitializationStatus {Status, Percent, Progress, ErrorMessage}`, `DataSynchronizationStatus
 * {Status, Delay, DelayMillis, Percent, Checkpoint, ErrorMessage}` (possibly `{}`), and `Delay`
 * (seconds, a string) / `DelayMillis` (a number) at the top. SDK models type every field as a
 * string but `DelayMillis`; samples send `Success` and `DataInitialization` as booleans.
 *
 * Plain data and functions only; nothing here imports the action's code.
 */
import type { PollState, JobStatusAnswer, RawEntry } from './model.js';
import { json, JSON_TYPE, newRequestId, type Answer, type GatewayError } from './rpc.js';

export const JOB_STATUS_ACTION = 'DescribeSynchronizationJobStatus';

/**
 * How the scalars of an answer are typed: `documented` as the documentation's sample (strings,
 * `DelayMillis` a number, `Success` and the `...Initialization` flags booleans), `strings` every
 * scalar a string, `numbers` every numeric string a number (booleans stay).
 */
export type FieldTypes = 'documented' | 'strings' | 'numbers';

/**
 * Where the delay is written: `everywhere` (top `Delay` and `DelayMillis`, and the same in
 * `DataSynchronizationStatus`), `top`, `top-seconds` (`Delay` only), `top-millis` (`DelayMillis`
 * only), `synchronization` (both, in `DataSynchronizationStatus` only), `synchronization-seconds`.
 */
export type DelayPlace = 'everywhere' | 'top' | 'top-seconds' | 'top-millis' | 'synchronization' | 'synchronization-seconds';

export interface PrecheckItemSpec {
  /** ItemName, e.g. `CHECK_CONN_SRC`. */
  name: string;
  /** CheckStatus; default `Success` (`Failed` when `error` is given). */
  status?: string;
  error?: string;
  repair?: string;
}

export interface PrecheckSpec {
  /** Default `Finished` (what samples answer once the precheck is over). */
  status?: string;
  /** Default 100. */
  percent?: number;
  /** Default: CHECK_CONN_SRC and CHECK_CONN_DEST passed. */
  items?: PrecheckItemSpec[];
}

export interface StageSpec {
  status: string;
  percent?: number;
  /** Tables (structure) or rows (data). */
  progress?: number | string;
  error?: string;
}

export interface JobStatusSpec {
  /** `Status` exactly as written. */
  status: string;
  errorMessage?: string;
  /** `PrecheckStatus`; default passed; `null` leaves it out. */
  precheck?: PrecheckSpec | null;
  /** `StructureInitializationStatus`; `null` or absent leaves it out. */
  structure?: StageSpec | null;
  /** `DataInitializationStatus`; `null` or absent leaves it out. */
  data?: StageSpec | null;
  /** The replication delay in seconds (fractions allowed); absent: no delay written anywhere. */
  delaySeconds?: number;
  /** Default `everywhere`. */
  delayIn?: DelayPlace;
  /** `DataSynchronizationStatus` written as given (e.g. `{}`), instead of the one built here. */
  synchronization?: RawEntry | null;
  /** Default `documented`. */
  types?: FieldTypes;
  /** Top-level fields set last (`undefined` removes one, e.g. `{ Success: undefined }`). */
  fields?: Record<string, unknown>;
}

const PASSED_ITEMS: readonly PrecheckItemSpec[] = [{ name: 'CHECK_CONN_SRC' }, { name: 'CHECK_CONN_DEST' }];

function precheckOf(spec: PrecheckSpec): RawEntry {
  const items = (spec.items ?? PASSED_ITEMS).map((item) => {
    const entry: RawEntry = { ItemName: item.name, CheckStatus: item.status ?? (item.error !== undefined ? 'Failed' : 'Success') };
    if (item.error !== undefined) entry.ErrorMessage = item.error;
    if (item.repair !== undefined) entry.RepairMethod = item.repair;
    return entry;
  });
  return { Status: spec.status ?? 'Finished', Percent: String(spec.percent ?? 100), Detail: items };
}

function stageOf(spec: StageSpec): RawEntry {
  const stage: RawEntry = { Status: spec.status };
  if (spec.percent !== undefined) stage.Percent = String(spec.percent);
  if (spec.progress !== undefined) stage.Progress = String(spec.progress);
  stage.ErrorMessage = spec.error ?? '';
  return stage;
}

/** Delay in whole milliseconds and in seconds as DTS writes them ("12", "0.5"). */
function delayFields(seconds: number): { Delay: string; DelayMillis: number } {
  return { Delay: String(Math.round(seconds * 1000) / 1000), DelayMillis: Math.round(seconds * 1000) };
}

/** A successful DescribeSynchronizationJobStatus answer built from `spec`. */
export function jobStatus(spec: JobStatusSpec): JobStatusAnswer {
  const body: RawEntry = { Status: spec.status, ErrorMessage: spec.errorMessage ?? '' };
  if (spec.precheck !== null) body.PrecheckStatus = precheckOf(spec.precheck ?? {});
  if (spec.structure) body.StructureInitializationStatus = stageOf(spec.structure);
  if (spec.data) body.DataInitializationStatus = stageOf(spec.data);
  body.StructureInitialization = true;
  body.DataInitialization = true;
  body.DataSynchronization = true;

  const place = spec.delayIn ?? 'everywhere';
  const delay = spec.delaySeconds === undefined ? undefined : delayFields(spec.delaySeconds);
  const synchronization: RawEntry = { Status: delay ? 'Migrating' : 'NotStarted', Percent: delay ? '100' : '0', ErrorMessage: '' };
  if (delay) {
    if (place === 'everywhere' || place === 'top' || place === 'top-seconds') body.Delay = delay.Delay;
    if (place === 'everywhere' || place === 'top' || place === 'top-millis') body.DelayMillis = delay.DelayMillis;
    if (place === 'everywhere' || place === 'synchronization' || place === 'synchronization-seconds') synchronization.Delay = delay.Delay;
    if (place === 'everywhere' || place === 'synchronization') synchronization.DelayMillis = delay.DelayMillis;
  }
  if (spec.synchronization !== null) body.DataSynchronizationStatus = spec.synchronization ?? synchronization;
  Object.assign(body, spec.fields ?? {});
  return { body: retype(body, spec.types ?? 'documented') as RawEntry };
}

/** `value` with its scalars typed as `types` says (objects and arrays copied, keys kept). */
export function retype(value: unknown, types: FieldTypes): unknown {
  if (Array.isArray(value)) return value.map((v) => retype(v, types));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, retype(v, types)]));
  }
  if (types === 'strings' && (typeof value === 'number' || typeof value === 'boolean')) return String(value);
  if (types === 'numbers' && typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  return value;
}

// ---------------------------------------------------------------------------------------------
// The answer that follows the lists

const PENDING = /^(notstarted|migrating)$/i;

function stageFromEntries(entries: readonly RawEntry[], progress: (finished: readonly RawEntry[]) => string): StageSpec {
  const statuses = entries.map((e) => String(e.Status ?? ''));
  const finished = entries.filter((e) => /^finished$/i.test(String(e.Status ?? '')));
  const status =
    entries.length === 0
      ? 'NotStarted'
      : statuses.some((s) => PENDING.test(s))
        ? 'Migrating'
        : statuses.some((s) => /^failed$/i.test(s))
          ? 'Failed'
          : 'Finished';
  const percent = entries.length === 0 ? 0 : Math.floor((100 * finished.length) / entries.length);
  return { status, percent, progress: progress(finished) };
}

function rowsOf(entries: readonly RawEntry[]): string {
  let rows = 0n;
  for (const e of entries) {
    const n = String(e.FinishRowNum ?? '');
    if (/^\d+$/.test(n)) rows += BigInt(n);
  }
  return rows.toString();
}

/**
 * The answer of a job whose scenario says nothing of the job as a whole: `Initializing` while a
 * structure, constraint or data entry is NotStarted or Migrating (or no entry is listed yet),
 * `Synchronizing` with a delay of 0 once none is; precheck passed. Neither state decides
 * anything, so a scenario written for the lists alone keeps its meaning. A state answering
 * `Success: false` answers the job-status call the same way (DTS does not know the job).
 */
export function derivedJobStatus(state: PollState): JobStatusAnswer {
  if (state.successFalse) return { successFalse: state.successFalse };
  const constraints = state.structure.flatMap((e) => (Array.isArray(e.Constraints) ? (e.Constraints as RawEntry[]) : []));
  const waited = [...state.structure, ...constraints, ...state.data];
  const busy = waited.length === 0 || waited.some((e) => PENDING.test(String(e.Status ?? '')));
  const spec: JobStatusSpec = {
    status: busy ? 'Initializing' : 'Synchronizing',
    structure: stageFromEntries(state.structure, (finished) => String(finished.length)),
    data: stageFromEntries(state.data, () => rowsOf(state.data))
  };
  if (!busy) spec.delaySeconds = 0;
  return jobStatus(spec);
}

/** Derived answers, one per state: a large scenario shares one state across its polls. */
const derived = new WeakMap<PollState, JobStatusAnswer>();

/** The job-status answer of a state: its own `job`, or the one that follows its lists. */
export function jobStatusOf(state: PollState): JobStatusAnswer {
  let job = state.job ?? derived.get(state);
  if (!job) {
    job = derivedJobStatus(state);
    derived.set(state, job);
  }
  return job;
}

/**
 * The fields of the job as a whole at a state, for the views made from them (the current API's):
 * those of its job-status answer; when that answers otherwise (refused, a raw body, `Success:
 * false`), those that follow its lists.
 */
export function jobStatusFields(state: PollState): RawEntry {
  const job = jobStatusOf(state);
  if (job.body) return job.body;
  return derivedJobStatus({ ...state, successFalse: undefined }).body ?? {};
}

/** What the endpoint writes for a job-status call answered from `state`. */
export function answerJobStatus(state: PollState, gateway: GatewayError, successStyle: 'boolean' | 'string'): Answer {
  const job = jobStatusOf(state);
  const requestId = newRequestId();
  if (job.raw) {
    return { status: job.raw.status ?? 200, body: job.raw.body, contentType: job.raw.contentType ?? JSON_TYPE, outcome: 'raw', requestId };
  }
  if (job.refuse) return gateway(job.refuse.status, job.refuse.code, job.refuse.message);
  if (job.successFalse) {
    const { ErrCode, ErrMessage } = job.successFalse;
    return json(200, { RequestId: requestId, Success: successStyle === 'string' ? 'false' : false, ErrCode, ErrMessage }, 'success-false');
  }
  const body: RawEntry = { RequestId: requestId, Success: successStyle === 'string' ? 'true' : true };
  for (const [k, v] of Object.entries(job.body ?? {})) {
    if (v === undefined) delete body[k];
    else body[k] = v;
  }
  return json(200, body, 'ok');
}
