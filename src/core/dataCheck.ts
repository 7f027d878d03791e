/**
 * Full data verification, read: the `FullDataCheckStatus` of a job view, one page of
 * DescribeDataCheckTableDetails, and whether a table fails the verification. Pure, and as
 * defensive as the other readers: any field may be missing or of another type.
 *
 * A table fails when rows differ (`DiffCount` > 0: DTS has no status of its own for it, a
 * finished table that differs is `Status` `0`) or when its check failed (`Status` `5`, or an
 * `ErrorCode`).
 */
import { MalformedAnswer } from '../errors.js';
import type { CheckedTable, TableFinding } from './checkTypes.js';
import { percentOf } from './job.js';
import type { Verification, VerificationState } from './jobTypes.js';
import { listOf } from './normalize.js';
import { asRecord, count, text, wholeCount } from './scalar.js';

// A Map, not an object literal: a status such as "constructor" must not find Object's members.
const STATES: ReadonlyMap<string, VerificationState> = new Map<string, VerificationState>([
  ['notstarted', 'NotStarted'],
  ['checking', 'Checking'],
  ['failed', 'Failed'],
  ['finished', 'Finished']
]);

/** Tables read of one page at most: the action asks for 100 a page. */
const MAX_TABLES_PER_PAGE = 1000;

/** `FullDataCheckStatus` of a job view; undefined when the view has none. */
export function verificationOf(value: unknown): Verification | undefined {
  const record = asRecord(value);
  if (!record) return undefined;
  const status = text(record.Status).trim();
  const verification: Verification = {
    status,
    state: STATES.get(status.toLowerCase().replace(/^not[\s_-]started$/, 'notstarted')) ?? 'unknown',
    progress: text(record.Progress).trim(),
    error: text(record.ErrorMessage)
  };
  const percent = percentOf(record.Percent);
  if (percent !== undefined) verification.percent = percent;
  return verification;
}

/** One page of DescribeDataCheckTableDetails. */
export interface TablePage {
  /** `TotalCount`, `DiffTableCount`, `FailedTableCount`; undefined when not a count. */
  tables?: number;
  differing?: number;
  failedChecks?: number;
  /** `FinishedCount`: rows verified, all tables. */
  checkedRows?: string;
  /** Entries the page listed: a page as full as its size is not the last. */
  listed: number;
  entries: CheckedTable[];
}

function tableOf(raw: unknown): CheckedTable {
  const t = asRecord(raw) ?? {};
  const table: CheckedTable = {
    sourceDatabase: text(t.SourceDbName).trim(),
    sourceTable: text(t.SourceTbName).trim(),
    destinationDatabase: text(t.TargetDbName).trim(),
    destinationTable: text(t.TargetTbName).trim(),
    status: text(t.Status).trim(),
    diffRows: count(t.DiffCount) ?? '0',
    bootTime: text(t.BootTime).trim()
  };
  const checked = count(t.FinishCount);
  const total = count(t.TotalCount);
  const errorCode = wholeCount(t.ErrorCode);
  if (checked !== undefined) table.checkedRows = checked;
  if (total !== undefined) table.totalRows = total;
  if (errorCode !== undefined && errorCode !== 0) table.errorCode = errorCode;
  return table;
}

/** One answer (already checked for errors by the client). @throws MalformedAnswer when `TableDetails` is no list */
export function readTablePage(body: Record<string, unknown>): TablePage {
  const list = listOf(body.TableDetails, 'TableDetails', ['TableDetails', 'TableDetail']);
  if (list.length > MAX_TABLES_PER_PAGE) {
    throw new MalformedAnswer(`DTS listed ${list.length} tables on one page of DescribeDataCheckTableDetails, more than were asked for`);
  }
  const page: TablePage = { listed: list.length, entries: list.map(tableOf) };
  const tables = wholeCount(body.TotalCount);
  const differing = wholeCount(body.DiffTableCount);
  const failedChecks = wholeCount(body.FailedTableCount);
  const checkedRows = count(body.FinishedCount);
  if (tables !== undefined) page.tables = tables;
  if (differing !== undefined) page.differing = differing;
  if (failedChecks !== undefined) page.failedChecks = failedChecks;
  if (checkedRows !== undefined) page.checkedRows = checkedRows;
  return page;
}

/** Why a table fails the verification; undefined when it does not. */
export function findingOf(table: CheckedTable): TableFinding | undefined {
  if (table.diffRows !== '0') return 'differs';
  if (table.status === '5' || table.errorCode !== undefined) return 'failed';
  return undefined;
}
