/**
 * The result of one job's full data verification, read once after it finished: the counts and
 * every table that differs or whose check failed, in as few calls as that takes.
 *
 * Page 1 of every table (`Status=-1`, 100 a page) brings the counts: `TotalCount` tables,
 * `DiffTableCount`, `FailedTableCount`. If it holds every table, that is all. Otherwise, when some
 * check failed, every page of every table is read (a failed check is found only there:
 * `Status=6` lists the tables whose rows differ, not the failed checks); when only rows differ,
 * the pages of `Status=6` alone. A verification of 10,000 tables that all agree costs one call;
 * with tables that differ, one more per 100 of them; with a failed check, 100 calls.
 */
import type { CheckedTable, CheckResult } from '../core/checkTypes.js';
import { unlistedTables } from '../core/checkRules.js';
import { findingOf, type TablePage } from '../core/dataCheck.js';
import type { Caller } from './caller.js';
import { tableDetails, TABLES_PER_PAGE, type TablesRequest } from './currentCalls.js';

/** Pages of one list read at most: 100,000 tables; beyond, a list that never ends. */
const MAX_PAGES = 1000;

const keyOf = (t: CheckedTable): string => JSON.stringify([t.sourceDatabase, t.sourceTable, t.destinationDatabase, t.destinationTable]);

/** Reads the result of the verification of job `jobId` (task `taskId`); returns it with the calls it took. */
export async function readCheckResult(calls: Caller, jobId: string, taskId: string): Promise<{ result: CheckResult; calls: number }> {
  let made = 0;
  const page = (tables: TablesRequest['tables'], pageNumber: number): Promise<TablePage> => {
    made++;
    return calls.call(tableDetails, { jobId, taskId, tables, pageNumber });
  };
  const found = new Map<string, CheckedTable>();
  /** Tables listed on the pages of every table, for a count DTS did not give. */
  let listed = 0;
  const keep = (p: TablePage): void => {
    for (const table of p.entries) if (findingOf(table)) found.set(keyOf(table), table);
  };
  const keepAll = (p: TablePage): void => {
    listed += p.listed;
    keep(p);
  };

  const first = await page('all', 1);
  keepAll(first);
  const everyTable = first.listed < TABLES_PER_PAGE || (first.tables !== undefined && first.tables <= TABLES_PER_PAGE);
  if (!everyTable) {
    // Counts not given are not taken for zero: then every table is read.
    const failedChecks = first.failedChecks ?? Infinity;
    const differing = first.differing ?? Infinity;
    if (failedChecks > 0 || differing === Infinity) await readAll(first, (n) => page('all', n), keepAll);
    else if (differing > 0) await readDiffering(differing, (n) => page('differing', n), keep);
  }
  const result: CheckResult = {
    tables: first.tables ?? listed,
    differing: first.differing ?? [...found.values()].filter((t) => findingOf(t) === 'differs').length,
    failedChecks: first.failedChecks ?? [...found.values()].filter((t) => findingOf(t) === 'failed').length,
    found: [...found.values()],
    complete: true
  };
  if (first.checkedRows !== undefined) result.checkedRows = first.checkedRows;
  result.complete = unlistedTables(result) === 0;
  return { result, calls: made };
}

/** Pages 2 on of every table: side by side when the count says how many, else one after another to the short page. */
async function readAll(first: TablePage, page: (n: number) => Promise<TablePage>, keep: (p: TablePage) => void): Promise<void> {
  if (first.tables !== undefined) {
    const pages = Math.min(MAX_PAGES, Math.ceil(first.tables / TABLES_PER_PAGE));
    const rest = await Promise.all(Array.from({ length: Math.max(0, pages - 1) }, (_, i) => page(i + 2)));
    rest.forEach(keep);
    return;
  }
  for (let n = 2; n <= MAX_PAGES; n++) {
    const p = await page(n);
    keep(p);
    if (p.listed < TABLES_PER_PAGE) return;
  }
}

/** The pages of the differing tables, as many as their count needs, side by side. */
async function readDiffering(differing: number, page: (n: number) => Promise<TablePage>, keep: (p: TablePage) => void): Promise<void> {
  const pages = Math.min(MAX_PAGES, Math.ceil(differing / TABLES_PER_PAGE));
  (await Promise.all(Array.from({ length: pages }, (_, i) => page(i + 1)))).forEach(keep);
}
