/**
 * DescribeDataCheckTableDetails (2020-01-01): the tables a task's full data verification has
 * checked, page by page, from the job's verification at its current poll (a call opens no poll:
 * polls.ts).
 *
 * - `DtsJobId` is the task ID (required; an instance ID, like any unknown ID, is refused as the
 *   current API refuses a parameter); there is no region parameter.
 * - `CheckType` (required) `1` full or `2` incremental: incremental verification is not
 *   simulated, so `2` answers no table.
 * - `Status` `-1` every table (the default) or `6` only those whose data differ.
 * - `PageNumber` from 1; `PageSize` default 10 (DTS documents no bound; the simulator accepts up
 *   to 1000).
 *
 * `TotalCount` counts the tables the `Status` filter keeps (what paging needs); `DiffTableCount`
 * (tables with rows that differ), `FailedTableCount` (tables with `Status` `5` or an `ErrorCode`)
 * and `FinishedCount` (rows verified) are of the whole verification. Until the verification has
 * ended (`Finished` or `Failed`), and for a task without one, the answer has no table and every
 * count 0: what DTS answers then is not documented, and this is the simulator's assumption.
 */
import type { ActionContext } from './jobs.js';
import { checkOf } from './jobView.js';
import type { CheckedTable, RawEntry } from './model.js';
import { currentPoll } from './polls.js';
import { invalidParameter, json, missingParameter, newRequestId, positiveParam, textualNothing, type Answer } from './rpc.js';
import type { RecordedRequest } from './types.js';

export const TABLE_DETAILS_ACTION = 'DescribeDataCheckTableDetails';

const MAX_PAGE_SIZE = 1000;
const ENDED = /^(finished|failed)$/i;
const BOOT_TIME = '2026-01-18 11:26:59';

const differs = (t: CheckedTable): boolean => (t.diff ?? 0) > 0;
const failed = (t: CheckedTable): boolean => t.status === '5' || t.errorCode !== undefined;

function detailOf(t: CheckedTable, id: number): RawEntry {
  const detail: RawEntry = {
    Id: id,
    SourceDbName: t.db,
    SourceTbName: t.table,
    TargetDbName: t.destDb ?? t.db,
    TargetTbName: t.destTable ?? t.table,
    Status: t.status ?? '0',
    DiffCount: t.diff ?? 0,
    FinishCount: t.checked ?? t.rows,
    TotalCount: t.rows
  };
  if (t.errorCode !== undefined) detail.ErrorCode = t.errorCode;
  detail.BootTime = t.bootTime ?? BOOT_TIME;
  return detail;
}

export function describeDataCheckTableDetails(rec: RecordedRequest, { gateway, jobs }: ActionContext): Answer {
  const p = rec.params;
  const refused = textualNothing(gateway, p);
  if (refused) return refused;
  if (p.DtsJobId === undefined || p.DtsJobId === '') return missingParameter(gateway, 'DtsJobId');
  if (p.CheckType === undefined || p.CheckType === '') return missingParameter(gateway, 'CheckType');
  if (p.CheckType !== '1' && p.CheckType !== '2') return invalidParameter('CheckType');
  const filter = p.Status ?? '-1';
  if (filter !== '-1' && filter !== '6') return invalidParameter('Status');
  const pageNumber = positiveParam(p.PageNumber, 1);
  if (pageNumber === undefined) return invalidParameter('PageNumber');
  const pageSize = positiveParam(p.PageSize, 10);
  if (pageSize === undefined || pageSize > MAX_PAGE_SIZE) return invalidParameter('PageSize');
  const job = jobs.byTaskId(p.DtsJobId);
  if (!job) return invalidParameter('DtsJobId');

  const { poll, state } = currentPoll(job.cursor, job.scenario);
  rec.poll = poll;
  const check = checkOf(job, poll, state);
  const tables = p.CheckType === '1' && check && ENDED.test(check.status) ? (check.tables ?? []) : [];
  const numbered = tables.map((t, i) => ({ t, id: i + 1 }));
  const kept = filter === '6' ? numbered.filter(({ t }) => differs(t)) : numbered;
  const from = (pageNumber - 1) * pageSize;
  return json(
    200,
    {
      RequestId: newRequestId(),
      HttpStatusCode: 200,
      Success: true,
      TotalCount: kept.length,
      DiffTableCount: tables.filter(differs).length,
      FailedTableCount: tables.filter(failed).length,
      FinishedCount: tables.reduce((n, t) => n + (t.checked ?? t.rows), 0),
      PageNumber: pageNumber,
      TableDetails: kept.slice(from, from + pageSize).map(({ t, id }) => detailOf(t, id))
    },
    'ok'
  );
}
