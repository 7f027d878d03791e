/**
 * The full data verification in the job summary: in the head, each job's verification (a bar
 * like the copy's while it checks, its result once finished); in "What failed", each
 * verification that failed and each table that differs or whose check failed (ignored ones as
 * ignored), as list items whose text wraps in the box. Markdown, every text from DTS escaped.
 */
import type { DataCheckJudgement, FoundTable, JobCheck } from '../../../core/checkTypes.js';
import type { Snapshot } from '../../../core/types.js';
import { safeMarkdown } from '../../../text/safe.js';
import { checkedText, foundText, reasonText, resultText, tableCounts } from '../checkWords.js';
import { formatPercent, plural } from '../format.js';
import { WIDTH } from './cells.js';
import { progressBar } from './jobs.js';

/** Jobs whose verification the head shows, one line each; the rest are counted. */
const MAX_CHECK_LINES = 20;
/** Tables "What failed" lists at most; the report file has every one. */
export const MAX_TABLE_ITEMS = 200;
/** Characters of a database or table name in an item. */
const NAME_CHARS = 128;

/** Whether "What failed" has something of the verification to list. */
export function hasCheckFailures(snapshot: Snapshot): boolean {
  const checks = snapshot.dataCheck;
  if (!checks) return false;
  const unlisted = failingUnlisted(checks);
  return checks.failedChecks.length + checks.failedTables.length + checks.ignoredTables.length + unlisted.differs + unlisted.failed > 0;
}

/** Tables DTS counted as differing or failed but did not list, by why. */
function failingUnlisted(checks: DataCheckJudgement): { differs: number; failed: number } {
  const unlisted = { differs: 0, failed: 0 };
  for (const job of checks.jobs) {
    const counts = tableCounts(checks, job);
    const listed = checks.failedTables.filter((t) => t.jobId === job.jobId);
    unlisted.differs += counts.differs - listed.filter((t) => t.finding === 'differs').length;
    unlisted.failed += counts.failed - listed.filter((t) => t.finding === 'failed').length;
  }
  return unlisted;
}

/** One job's verification in words: `████░░ 45% · 1 rows/s (…)`, `✅ 12 tables, every one the same`. */
function standingText(checks: DataCheckJudgement, job: JobCheck): string {
  const verification = job.verification;
  switch (job.standing) {
    case 'off':
    case 'not-configured':
      return '';
    case 'not-read':
      return 'not readable: the job view did not come from DescribeDtsJobs';
    case 'refused':
      return `⚠️ not readable (${safeMarkdown(job.refusal?.code ?? '', WIDTH.status) || 'refused'})`;
    case 'not-started':
      return 'not started (it runs after the full data copy)';
    case 'checking': {
      const percent = verification?.percent ?? 0;
      const progress = safeMarkdown(verification?.progress ?? '', 120);
      return [`${progressBar(percent)} ${formatPercent(percent)}%`, progress].filter((t) => t !== '').join(' · ');
    }
    case 'unknown':
      return `unknown state ${safeMarkdown(verification?.status ?? '', WIDTH.status) || '(none)'}`;
    case 'failed':
      return '❌ failed';
    case 'differs':
    case 'passed': {
      const counts = tableCounts(checks, job);
      return `${counts.differs + counts.failed > 0 ? '❌' : '✅'} ${resultText(job, counts)}`;
    }
  }
}

/** The head's lines of the verification, one per job that has one to show; none when no job does. */
export function checkLines(snapshot: Snapshot, jobIds: readonly string[]): string[] {
  const checks = snapshot.dataCheck;
  if (!checks) return [];
  const shown = checks.jobs.filter((j) => standingText(checks, j) !== '');
  const several = jobIds.length > 1;
  const lines = shown.slice(0, MAX_CHECK_LINES).map((job) => {
    const of = several ? ` (job ${safeMarkdown(job.jobId, WIDTH.job)})` : '';
    return `**Full data verification${of}:** ${standingText(checks, job)}`;
  });
  if (shown.length > MAX_CHECK_LINES)
    lines.push(`_${plural(shown.length - MAX_CHECK_LINES, 'more job')} with a verification not listed here._`);
  return lines.flatMap((line) => ['', line]);
}

/** `**shop.orders** → dwh.orders`: source, and the destination where it differs. */
function tableLabel(table: FoundTable): string {
  const source = `${safeMarkdown(table.sourceDatabase, NAME_CHARS)}.${safeMarkdown(table.sourceTable, NAME_CHARS)}`;
  const destination = `${safeMarkdown(table.destinationDatabase, NAME_CHARS)}.${safeMarkdown(table.destinationTable, NAME_CHARS)}`;
  const same = destination === source || (table.destinationDatabase === '' && table.destinationTable === '');
  return `**${source}**${same ? '' : ` → ${destination}`}`;
}

/** One table of "What failed": what it is, then why it fails and the rows checked. */
export function tableItem(table: FoundTable, several: boolean): string {
  const mark = table.ignored ? (table.finding === 'differs' ? '⚠️ Differs (ignored):' : '⚠️ Check failed (ignored):') : '❌';
  const job = several ? ` · job ${safeMarkdown(table.jobId, WIDTH.job)}` : '';
  const checked = checkedText(table);
  return `- ${mark} ${tableLabel(table)} · data verification${job}\n  > ${safeMarkdown(reasonText(table), 300)}${checked ? ` · ${checked}` : ''}`;
}

/**
 * The verification's items of "What failed", within `budget` bytes: each verification that
 * failed, then the tables that fail the gate, then the ignored ones, at most
 * {@link MAX_TABLE_ITEMS} tables; then how many were left out.
 */
export function checkFailureLines(snapshot: Snapshot, budget: number): string[] {
  const checks = snapshot.dataCheck;
  if (!checks) return [];
  const several = snapshot.jobIds.length > 1;
  const lines: string[] = [];
  // Room kept for the two closing lines, which are added whatever is left.
  let left = budget - 400;
  const add = (line: string): boolean => {
    const size = Buffer.byteLength(line) + 1;
    if (size > left) return false;
    left -= size;
    lines.push(line);
    return true;
  };
  for (const { jobId, error } of checks.failedChecks) {
    const said = safeMarkdown(error, 2000) || '_DTS gave no error message._';
    if (!add(`- ❌ **Full data verification of job ${safeMarkdown(jobId, WIDTH.job)}** · failed\n  > ${said}`)) break;
  }
  const tables = [...checks.failedTables, ...checks.ignoredTables];
  let listed = 0;
  for (const table of tables.slice(0, MAX_TABLE_ITEMS)) {
    if (!add(tableItem(table, several))) break;
    listed++;
  }
  const unlisted = failingUnlisted(checks);
  if (tables.length > listed) {
    lines.push(`- _and ${plural(tables.length - listed, 'more table')} of the data verification, in the report file_`);
  }
  if (unlisted.differs + unlisted.failed > 0) {
    lines.push(`- ❌ _DTS counted ${foundText(unlisted)} that it did not list: they are not named anywhere._`);
  }
  return lines;
}
