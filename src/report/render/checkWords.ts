/**
 * What the log, the warnings, the annotations and the failure message call a full data
 * verification and its tables. Pure functions, no I/O; plain text, every text from DTS made
 * safe; the core has judged, these only say it.
 */
import type { CheckedTable, DataCheckJudgement, FoundTable, JobCheck } from '../../core/checkTypes.js';
import { unlistedCounts } from '../../core/checkRules.js';
import type { Verification } from '../../core/jobTypes.js';
import type { Verdict } from '../../core/types.js';
import { cutText } from '../../text/cut.js';
import { safeLine } from '../../text/safe.js';
import { formatDuration, formatPercent, formatThousands, plural } from './format.js';

/** What each documented `ErrorCode` of a table's check means. */
export const ERROR_CODE_WORDS: Readonly<Record<number, string>> = {
  1: 'too many tables without a primary key',
  2: 'more than 300 rows differ',
  3: 'the table does not exist',
  4: 'an SQL error'
};

/** `ErrorCode 3: the table does not exist`, `ErrorCode 9` for one DTS documents no meaning for. */
export function errorCodeText(code: number): string {
  const words = ERROR_CODE_WORDS[code];
  return `ErrorCode ${code}${words ? `: ${words}` : ''}`;
}

/** `shop.orders`, `shop.orders -> dwh.orders_copy` where the destination differs; plain and safe, at most `max` characters. */
export function tableName(table: CheckedTable, max = 200): string {
  const source = `${table.sourceDatabase}.${table.sourceTable}`;
  const destination = `${table.destinationDatabase}.${table.destinationTable}`;
  const same = destination === source || (table.destinationDatabase === '' && table.destinationTable === '');
  return safeLine(same ? source : `${source} -> ${destination}`, max);
}

/** `1,000 of 1,000 rows checked`; `''` when DTS gave neither count. */
export function checkedText(table: CheckedTable): string {
  if (table.checkedRows === undefined && table.totalRows === undefined) return '';
  return `${formatThousands(table.checkedRows ?? '?')} of ${formatThousands(table.totalRows ?? '?')} rows checked`;
}

/** Why a table fails: `3 rows differ`, `check failed (status 5, ErrorCode 3: the table does not exist)`. */
export function reasonText(table: FoundTable | (CheckedTable & { finding: FoundTable['finding'] })): string {
  const code = table.errorCode !== undefined ? errorCodeText(table.errorCode) : '';
  if (table.finding === 'differs') {
    const rows = `${formatThousands(table.diffRows)} ${table.diffRows === '1' ? 'row differs' : 'rows differ'}`;
    return code ? `${rows} (${code})` : rows;
  }
  const status = table.status !== '' && table.status !== '0' ? `status ${safeLine(table.status, 20)}` : '';
  return `check failed${status || code ? ` (${[status, code].filter((t) => t !== '').join(', ')})` : ''}`;
}

/** `shop.orders: 3 rows differ, 1,000 of 1,000 rows checked`, on one line of at most `max` characters. */
export function tableLine(table: FoundTable, max = 400): string {
  const checked = checkedText(table);
  return safeLine(`${tableName(table, Math.floor(max / 2))}: ${reasonText(table)}${checked ? `, ${checked}` : ''}`, max);
}

/** The verification's progress as DTS writes it, made safe: `checking 45%, 1 rows/s (row: 5/5, table: 1/1)`. */
function checkingText(verification: Verification | undefined): string {
  const percent = verification?.percent !== undefined ? ` ${formatPercent(verification.percent)}%` : '';
  const progress = safeLine(verification?.progress ?? '', 80);
  return `checking${percent}${progress ? `, ${progress}` : ''}`;
}

/** Tables that fail the gate, by why, and those ignored. */
export interface TableCounts {
  differs: number;
  failed: number;
  ignored: number;
}

/** `2 tables that differ`, `1 table whose check failed`, `2 tables that differ and 1 whose check failed`. */
export function foundText({ differs, failed }: Pick<TableCounts, 'differs' | 'failed'>): string {
  const differing = `${plural(differs, 'table')} that ${differs === 1 ? 'differs' : 'differ'}`;
  if (failed === 0) return differing;
  const failing = `${differs > 0 ? formatThousands(failed) : plural(failed, 'table')} whose check failed`;
  return differs > 0 ? `${differing} and ${failing}` : failing;
}

/** The result of a finished verification: `12 tables, every one the same`, `12 tables checked, 2 that differ`. */
export function resultText(job: JobCheck, counts: TableCounts): string {
  const result = job.result;
  if (!result) return 'finished';
  const ignored = counts.ignored > 0 ? `, ${formatThousands(counts.ignored)} ignored` : '';
  if (counts.differs + counts.failed === 0) {
    return counts.ignored > 0
      ? `${plural(result.tables, 'table')} checked${ignored}, every other one the same`
      : `${plural(result.tables, 'table')}, every one the same`;
  }
  return `${plural(result.tables, 'table')} checked: ${foundText(counts)}${ignored}`;
}

/** Tables of a job that fail the gate (listed and not ignored, or counted and not listed), and those ignored. */
export function tableCounts(checks: DataCheckJudgement, job: JobCheck): TableCounts {
  const unlisted = job.result ? unlistedCounts(job.result) : { differs: 0, failed: 0 };
  const listed = checks.failedTables.filter((t) => t.jobId === job.jobId);
  return {
    differs: listed.filter((t) => t.finding === 'differs').length + unlisted.differs,
    failed: listed.filter((t) => t.finding === 'failed').length + unlisted.failed,
    ignored: checks.ignoredTables.filter((t) => t.jobId === job.jobId).length
  };
}

/** Tables over every job that fail the gate. */
export function allTableCounts(checks: DataCheckJudgement): TableCounts {
  const all = { differs: 0, failed: 0, ignored: 0 };
  for (const job of checks.jobs) {
    const counts = tableCounts(checks, job);
    all.differs += counts.differs;
    all.failed += counts.failed;
    all.ignored += counts.ignored;
  }
  return all;
}

/** A job's verification in the poll line: `verification checking 45%, …`, `verification: 2 of 12 tables differ or failed`; `''` when not shown. */
export function checkPollPart(checks: DataCheckJudgement | undefined, jobId: string): string {
  const job = checks?.jobs.find((j) => j.jobId === jobId);
  if (!checks || !job) return '';
  switch (job.standing) {
    case 'off':
    case 'not-configured':
      return '';
    case 'not-read':
    case 'refused':
      return 'verification not readable';
    case 'not-started':
      return 'verification not started';
    case 'checking':
      return `verification ${checkingText(job.verification)}`;
    case 'unknown':
      return `verification in the unknown state ${safeLine(job.verification?.status ?? '', 40) || '(none)'}`;
    case 'failed':
      return 'verification failed';
    case 'differs':
    case 'passed':
      return `verification finished: ${resultText(job, tableCounts(checks, job))}`;
  }
}

/** The `error` sentence when `data-check: true` needs a verification that could not be read. */
export function checkUnreadableText(checks: DataCheckJudgement): string {
  const first = checks.unreadable[0];
  if (!first) return '';
  const jobs = checks.unreadable.map((u) => safeLine(u.jobId, 64));
  return (
    `data-check: true needs the full data verification of every job, but that of ${jobs.length > 1 ? 'jobs' : 'job'} ` +
    `${jobs.slice(0, 5).join(', ')}${jobs.length > 5 ? ` and ${jobs.length - 5} more` : ''} could not be read: ${safeLine(first.message, 1000)}`
  );
}

/** Tables the failure message names. */
const LISTED_TABLES = 5;

/**
 * The failure message's part of the verification: for `failed`, each verification that failed
 * with DTS's error and the first five tables that differ or failed; for a timeout the
 * verification decided, the verifications still to come. `''` when it has nothing to say.
 */
export function checkFailureBlock(verdict: Verdict, maxChars: number): string {
  const checks = verdict.snapshot?.dataCheck;
  if (!checks) return '';
  if (verdict.status === 'timeout' && verdict.decidedBy === 'data-check') {
    const waiting = checks.jobs.filter((j) => j.standing === 'not-started' || j.standing === 'checking' || j.standing === 'unknown');
    const named = waiting.slice(0, LISTED_TABLES).map((j) => `- job ${safeLine(j.jobId, 64)}: ${checkPollPart(checks, j.jobId)}`);
    return cutText(
      [`Timed out after ${formatDuration(verdict.elapsedMs)} waiting for the full data verification:`, ...named].join('\n'),
      maxChars
    );
  }
  if (verdict.status !== 'failed') return '';
  const lines: string[] = [];
  for (const { jobId, error } of checks.failedChecks.slice(0, LISTED_TABLES)) {
    const said = safeLine(error, 300);
    lines.push(`The full data verification of job ${safeLine(jobId, 64)} failed${said ? `: ${said}` : ' (DTS gave no reason)'}.`);
  }
  const counts = allTableCounts(checks);
  const failing = counts.differs + counts.failed;
  if (failing > 0) {
    const several = verdict.snapshot!.jobIds.length > 1;
    lines.push(`The full data verification found ${foundText(counts)}:`);
    const shown = checks.failedTables.slice(0, LISTED_TABLES);
    const perTable = Math.max(40, Math.floor((maxChars - 200) / Math.max(1, shown.length)) - 4);
    for (const table of shown)
      lines.push(`- ${several ? `job ${safeLine(table.jobId, 64)}: ` : ''}${tableLine(table, Math.min(300, perTable))}`);
    if (failing > shown.length)
      lines.push(`and ${formatThousands(failing - shown.length)} more (see the job summary and the report file).`);
  }
  return cutText(lines.join('\n'), maxChars);
}
