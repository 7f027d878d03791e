/**
 * Full data verification in the simulator: how `FullDataCheckStatus` moves for a job that has it
 * configured, following the job's own copy, so that a scenario written for the copy alone gets a
 * verification that agrees with it.
 *
 * The verification is `NotStarted` until the first poll whose full data is Finished (the job's
 * `DataInitializationStatus`, as its job-status answer has it); from that poll `Checking` for a
 * few polls, the percentage and the rows and tables checked climbing; then `Finished` (or
 * `Failed`, as a scenario says). The tables it has checked are those of the copy, every row the
 * same, unless the scenario names them.
 *
 * Plain data and functions only; nothing here imports the action's code.
 */
import { jobStatusFields } from './jobStatus.js';
import type { CheckedTable, CheckState, JobScenario, PollState, RawEntry } from './model.js';

export interface VerificationSpec {
  /** Polls `Checking`, from the one whose full data is Finished; default 2. */
  checkingPolls?: number;
  /** End `Failed` with this `ErrorMessage` instead of `Finished`. */
  failure?: string;
  /** The tables checked; default each data entry of the poll the copy finished at, none differing. */
  tables?: readonly CheckedTable[];
  /** Rows checked per second, as `Progress` writes it; default 2000. */
  rowsPerSecond?: number;
}

const FINISHED = /^finished$/i;

/** Whether the full data of a state is Finished, as the job as a whole reports it. */
function dataFinished(state: PollState): boolean {
  const stage = jobStatusFields(state).DataInitializationStatus;
  return typeof stage === 'object' && stage !== null && FINISHED.test(String((stage as RawEntry).Status ?? ''));
}

function count(value: unknown): number {
  const n = Number(typeof value === 'string' || typeof value === 'number' ? value : NaN);
  return Number.isFinite(n) && n >= 0 ? Math.floor(n) : 0;
}

/** The tables of a copy: each data entry, its rows copied as the rows to verify. */
function tablesOfCopy(state: PollState): CheckedTable[] {
  return state.data.map((e) => ({
    db: String(e.SourceOwnerDBName ?? ''),
    table: String(e.TableName ?? ''),
    destDb: String(e.DestinationOwnerDBName ?? e.SourceOwnerDBName ?? ''),
    rows: count(e.FinishRowNum)
  }));
}

/** `1 rows/s (row: 5/5, table: 1/1)`, as DTS writes the progress of a verification. */
function progressText(rate: number, rows: number, totalRows: number, tables: number, totalTables: number): string {
  return `${rate} rows/s (row: ${rows}/${totalRows}, table: ${tables}/${totalTables})`;
}

/**
 * The verification of a job at each poll, following its scenario's copy. The first poll whose
 * data is Finished is looked for once, poll after poll, as the polls are asked for.
 */
export function verificationOf(scenario: JobScenario, spec: VerificationSpec = {}): (poll: number) => CheckState {
  const checking = Math.max(0, Math.floor(spec.checkingPolls ?? 2));
  const rate = spec.rowsPerSecond ?? 2000;
  let scanned = 0;
  let copiedAt: number | undefined;
  let tables: readonly CheckedTable[] | undefined;
  return (poll) => {
    for (; copiedAt === undefined && scanned <= poll; scanned++) {
      const state = scenario(scanned);
      if (dataFinished(state)) {
        copiedAt = scanned;
        tables = spec.tables ?? tablesOfCopy(state);
      }
    }
    if (copiedAt === undefined || poll < copiedAt || !tables) return { status: 'NotStarted', percent: 0, progress: '' };
    const totalRows = tables.reduce((n, t) => n + t.rows, 0);
    const step = poll - copiedAt;
    const ended = step >= checking;
    const failed = ended && spec.failure !== undefined;
    // Checking climbs through the fractions 1/(n+1) ... n/(n+1); a failure stops where the last left off.
    const fraction = ended && !failed ? 1 : (failed ? step : step + 1) / (checking + 1);
    const progress = progressText(rate, Math.floor(totalRows * fraction), totalRows, Math.floor(tables.length * fraction), tables.length);
    const state: CheckState = {
      status: failed ? 'Failed' : ended ? 'Finished' : 'Checking',
      percent: Math.floor(100 * fraction),
      progress
    };
    if (failed) state.errorMessage = spec.failure;
    if (ended) state.tables = [...tables];
    return state;
  };
}

/** A scenario whose states carry the verification {@link verificationOf} gives them. */
export function verifying(scenario: JobScenario, spec: VerificationSpec = {}): JobScenario {
  const check = verificationOf(scenario, spec);
  return (poll) => {
    const state = scenario(poll);
    return { ...state, view: { ...state.view, check: check(poll) } };
  };
}
