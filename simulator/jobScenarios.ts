/**
 * Ready-made scenarios of the job as a whole (DescribeSynchronizationJobStatus) beside its lists:
 * a precheck at work, a steady copy whose rows climb poll by poll, failed prechecks and jobs,
 * a paused job, odd spellings, replication delays, refused calls and field-type variants.
 *
 * Plain data and functions only; nothing here imports the action's code.
 */
import { jobStatus, type DelayPlace, type FieldTypes, type JobStatusSpec, type PrecheckItemSpec } from './jobStatus.js';
import { dataEntry, incrementalEntry, state, structureEntry, type JobScenario, type PollState, type Status } from './model.js';

/** How job statuses are spelled: `Synchronizing` (older answers) or `synchronizing` (current docs). */
export type Casing = 'capitalized' | 'lower';

/** `PrecheckFailed` -> `precheckFailed` for the lower casing. */
export function spelled(status: string, casing: Casing = 'capitalized'): string {
  return casing === 'lower' ? status.charAt(0).toLowerCase() + status.slice(1) : status;
}

export interface CopyTable {
  /** Default: the run's `db`. */
  db?: string;
  name: string;
  rows: number;
}

export interface CopyRunSpec {
  /** Default `shop`. */
  db?: string;
  tables: CopyTable[];
  /** Polls spent prechecking before anything is listed (default 0). */
  precheckPolls?: number;
  /** Rows copied per poll over all tables, table after table. */
  rowsPerPoll: number;
  /** Delay in seconds at each poll from the one where the copy is done on (the last repeats); default [0]. */
  delays?: number[];
  /** Polls at which the job is `Suspending` (paused) and copies nothing. */
  pausedPolls?: readonly number[];
  /** Default `capitalized`. */
  casing?: Casing;
  /** `Status` while copying; default `Initializing` (DTS also writes `Initializating`). */
  initializingAs?: string;
  types?: FieldTypes;
  delayIn?: DelayPlace;
  /** Changes the job's answer at a poll, after everything above. */
  job?: (poll: number, spec: JobStatusSpec) => JobStatusSpec;
}

/** Rows copied by poll `poll` of a {@link copyRun} (0 before the copy starts). */
export function copiedRows(spec: CopyRunSpec, poll: number): number {
  const start = spec.precheckPolls ?? 0;
  const total = spec.tables.reduce((n, t) => n + t.rows, 0);
  let copying = 0;
  for (let p = start + 1; p <= poll; p++) if (!(spec.pausedPolls ?? []).includes(p)) copying++;
  return Math.min(total, copying * spec.rowsPerPoll);
}

/** The first poll of a {@link copyRun} at which every row is copied; undefined if none ever is. */
function doneAtPoll(spec: CopyRunSpec, total: number): number | undefined {
  const start = spec.precheckPolls ?? 0;
  if (total <= 0) return start;
  if (!(spec.rowsPerPoll > 0)) return undefined;
  const needed = Math.ceil(total / spec.rowsPerPoll);
  let copying = 0;
  for (let p = start + 1; ; p++) {
    if (!(spec.pausedPolls ?? []).includes(p)) copying++;
    if (copying >= needed) return p;
  }
}

/**
 * A job run: `precheckPolls` polls prechecking (percent rising, nothing listed), then every
 * structure entry Finished and the data copied at `rowsPerPoll` rows a poll, one table after the
 * other (poll `precheckPolls` copies none yet; see {@link copiedRows}), while the job is
 * `Initializing`; from the first poll where every row is copied: data Finished, incremental
 * Migrating, the job `Synchronizing` with the delays of `delays`. Paused polls copy nothing.
 */
export function copyRun(spec: CopyRunSpec): JobScenario {
  const db = spec.db ?? 'shop';
  const casing = spec.casing ?? 'capitalized';
  const precheckPolls = spec.precheckPolls ?? 0;
  const total = spec.tables.reduce((n, t) => n + t.rows, 0);
  const delays = spec.delays ?? [0];
  const doneAt = doneAtPoll(spec, total);

  return (poll) => {
    const common = { types: spec.types ?? 'documented', ...(spec.delayIn && { delayIn: spec.delayIn }) };
    const finish = (lists: PollState, job: JobStatusSpec): PollState => ({
      ...lists,
      job: jobStatus(spec.job ? spec.job(poll, job) : job)
    });
    if (poll < precheckPolls) {
      const percent = Math.floor((100 * (poll + 1)) / (precheckPolls + 1));
      return finish(state(), { status: spelled('Prechecking', casing), precheck: { status: 'Checking', percent, items: [] }, ...common });
    }
    const copied = copiedRows(spec, poll);
    const done = copied >= total;
    let before = 0;
    const data = spec.tables.map((t) => {
      const rows = Math.max(0, Math.min(t.rows, copied - before));
      const status: Status = rows >= t.rows ? 'Finished' : rows > 0 || copied === before ? 'Migrating' : 'NotStarted';
      before += t.rows;
      return dataEntry({ db: t.db ?? db, name: t.name, status, total: t.rows, finished: rows, usedTime: (rows / 50_000).toFixed(1) });
    });
    const lists = state({
      structure: spec.tables.map((t) => structureEntry({ db: t.db ?? db, name: t.name, status: 'Finished' })),
      data,
      incremental: spec.tables.map((t) => incrementalEntry({ db: t.db ?? db, name: t.name, status: done ? 'Migrating' : 'NotStarted' }))
    });
    const paused = (spec.pausedPolls ?? []).includes(poll);
    const job: JobStatusSpec = {
      status: spelled(paused ? 'Suspending' : done ? 'Synchronizing' : (spec.initializingAs ?? 'Initializing'), casing),
      structure: { status: 'Finished', percent: 100, progress: spec.tables.length },
      data: { status: done ? 'Finished' : 'Migrating', percent: total === 0 ? 100 : Math.floor((100 * copied) / total), progress: copied },
      ...common
    };
    if (done && doneAt !== undefined) job.delaySeconds = delays[Math.min(poll - doneAt, delays.length - 1)] ?? 0;
    return finish(lists, job);
  };
}

/** Four tables, 2,400,000 rows, copied at 200,000 rows a poll (12 polls of copying). */
export const STEADY_TABLES: readonly CopyTable[] = [
  { name: 'orders', rows: 1_200_000 },
  { name: 'order_items', rows: 800_000 },
  { name: 'customers', rows: 300_000 },
  { name: 'products', rows: 100_000 }
];

/** A steady copy: {@link STEADY_TABLES} at a known rate, for the time-left estimate. */
export function steadyCopy(overrides: Partial<CopyRunSpec> = {}): JobScenario {
  return copyRun({ tables: [...STEADY_TABLES], rowsPerPoll: 200_000, ...overrides });
}

/**
 * For `npm run demo`: two polls of precheck, six tables of `shop` and `crm` copied over six
 * polls, then the delay coming down 42 s, 17 s, 6 s, 2.4 s, 0.8 s.
 */
export function demoRun(): JobScenario {
  return copyRun({
    precheckPolls: 2,
    tables: [
      { name: 'customers', rows: 48_210 },
      { name: 'products', rows: 1_875 },
      { name: 'orders', rows: 120_000 },
      { name: 'order_items', rows: 356_400 },
      { db: 'crm', name: 'contacts', rows: 9_300 },
      { db: 'crm', name: 'campaigns', rows: 240 }
    ],
    rowsPerPoll: 90_000,
    delays: [42, 17, 6, 2.4, 0.8]
  });
}

/** The failed check items of {@link precheckFailure}: two failed, with errors and repair methods. */
export const FAILED_PRECHECK_ITEMS: readonly PrecheckItemSpec[] = [
  { name: 'CHECK_CONN_SRC' },
  {
    name: 'CHECK_SRC_BINLOG_FORMAT',
    error: 'The binlog_format of the source database is STATEMENT; incremental synchronization needs ROW.',
    repair: "Run SET GLOBAL binlog_format = 'ROW' on the source database, then run the precheck again."
  },
  {
    name: 'CHECK_DEST_PRIVILEGE',
    error: 'The destination account dts_writer lacks the CREATE privilege on database shop.',
    repair: 'Grant the destination account read and write privileges on the destination databases.'
  },
  { name: 'CHECK_CONN_DEST' }
];

/** A precheck at 45% at poll 0 that fails from poll `at` on (default 1); nothing is ever listed. */
export function precheckFailure(options: { at?: number; casing?: Casing; types?: FieldTypes } = {}): JobScenario {
  const at = options.at ?? 1;
  const types = options.types ?? 'documented';
  return (poll) =>
    poll < at
      ? state({
          job: jobStatus({
            status: spelled('Prechecking', options.casing),
            precheck: { status: 'Checking', percent: 45, items: [] },
            types
          })
        })
      : state({
          job: jobStatus({
            status: spelled('PrecheckFailed', options.casing),
            precheck: { status: 'Failed', percent: 100, items: [...FAILED_PRECHECK_ITEMS] },
            types
          })
        });
}

/** The ErrorMessage of {@link jobFailure}. */
export const JOB_FAILURE_ERROR =
  'DTS-1020042 Full data initialization of shop.order_items failed: java.sql.SQLException: The table order_items is full';

/**
 * A steady copy whose job fails as a whole from poll `at` on (default 2): `InitializeFailed` or
 * `Failed` (in the given casing), with {@link JOB_FAILURE_ERROR}; its objects show no failure.
 */
export function jobFailure(
  status: 'InitializeFailed' | 'Failed' = 'InitializeFailed',
  options: { at?: number; casing?: Casing } = {}
): JobScenario {
  const at = options.at ?? 2;
  return steadyCopy({
    job: (poll, spec) => (poll < at ? spec : { ...spec, status: spelled(status, options.casing), errorMessage: JOB_FAILURE_ERROR })
  });
}

/**
 * `InitializeFailed` from poll 1 on, and its one failed object is `scratch.tmp_import` (every
 * other object Finished): with `ignore: scratch.*` the job's failure is ignored, with a warning.
 */
export function ignoredJobFailure(): JobScenario {
  const error = 'DTS-070211 Record Replicator error: table scratch.tmp_import has no primary key';
  return (poll) => {
    const final = poll >= 1;
    const tables = [
      { db: 'shop', name: 'orders', status: (final ? 'Finished' : 'Migrating') as Status },
      { db: 'shop', name: 'customers', status: 'Finished' as Status },
      { db: 'scratch', name: 'tmp_import', status: (final ? 'Failed' : 'Migrating') as Status }
    ];
    return state({
      structure: tables.map((t) => structureEntry({ db: t.db, name: t.name, status: 'Finished' })),
      data: tables.map((t) =>
        dataEntry({ db: t.db, name: t.name, status: t.status, total: 1000, finished: 1000, ...(t.status === 'Failed' && { error }) })
      ),
      incremental: [],
      job: jobStatus({
        status: final ? 'InitializeFailed' : 'Initializing',
        errorMessage: final ? error : '',
        data: { status: final ? 'Failed' : 'Migrating', percent: 100, progress: 3000, ...(final && { error }) }
      })
    });
  };
}

/** A steady copy paused (`Suspending`) at polls 2 and 3, then resumed. */
export function pausedJob(casing: Casing = 'capitalized'): JobScenario {
  return steadyCopy({ pausedPolls: [2, 3], casing });
}

/** A steady copy whose job answers an undocumented `Status` (default `Rebooting`) at polls 1 to 3. */
export function unknownJobState(status = 'Rebooting'): JobScenario {
  return steadyCopy({ job: (poll, spec) => (poll >= 1 && poll <= 3 ? { ...spec, status } : spec) });
}

/** A steady copy while the job writes `Initializating`. */
export function initializatingJob(): JobScenario {
  return steadyCopy({ initializingAs: 'Initializating' });
}

export interface DelaySpec {
  /** Seconds at each poll (the last repeats); `null`: no delay written at that poll. */
  delays: Array<number | null>;
  delayIn?: DelayPlace;
  types?: FieldTypes;
  casing?: Casing;
  /** `DataSynchronizationStatus` as given (e.g. `{}`), instead of the built one. */
  synchronization?: Record<string, unknown> | null;
}

/** Every object Finished (incremental Migrating) and the job `Synchronizing` with a delay per poll. */
export function delayJob(spec: DelaySpec): JobScenario {
  const db = 'appdb';
  const names = ['accounts', 'sessions'];
  return (poll) => {
    const delay = spec.delays[Math.min(poll, spec.delays.length - 1)] ?? null;
    const job: JobStatusSpec = {
      status: spelled('Synchronizing', spec.casing),
      structure: { status: 'Finished', percent: 100, progress: names.length },
      data: { status: 'Finished', percent: 100, progress: 200 },
      types: spec.types ?? 'documented',
      ...(spec.delayIn && { delayIn: spec.delayIn }),
      ...(spec.synchronization !== undefined && { synchronization: spec.synchronization })
    };
    if (delay !== null) job.delaySeconds = delay;
    return state({
      structure: names.map((name) => structureEntry({ db, name, status: 'Finished' })),
      data: names.map((name) => dataEntry({ db, name, status: 'Finished', total: 100, finished: 100, usedTime: '0.1' })),
      incremental: names.map((name) => incrementalEntry({ db, name, status: 'Migrating' })),
      job: jobStatus(job)
    });
  };
}

/** The delay falls poll by poll: 120 s, 60 s, 20 s, 4 s, 1 s, then stays at 1 s. */
export function delayFalling(overrides: Partial<DelaySpec> = {}): JobScenario {
  return delayJob({ delays: [120, 60, 20, 4, 1], ...overrides });
}

/** The delay never comes down: `seconds` (default 300) at every poll. */
export function delayStuck(seconds = 300): JobScenario {
  return delayJob({ delays: [seconds] });
}

/** No delay anywhere, and `DataSynchronizationStatus: {}`. */
export function delayMissing(): JobScenario {
  return delayJob({ delays: [null], synchronization: {} });
}

/**
 * Lists that work, and a job-status call that DTS refuses for this job: by default 404
 * `Forbidden.InstanceNotFound` (the legacy API does not know the job), or any gateway error.
 */
export function jobStatusUnknown(
  refuse = { status: 404, code: 'Forbidden.InstanceNotFound', message: 'The specified instance is not found.' }
): JobScenario {
  const lists = delayJob({ delays: [0] });
  return (poll) => ({ ...lists(poll), job: { refuse } });
}
