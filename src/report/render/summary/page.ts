/**
 * The job summary (`GITHUB_STEP_SUMMARY`, also the pull-request comment body) as markdown.
 * Pure function, no I/O. The result never exceeds `maxBytes` UTF-8 bytes.
 *
 * The page: heading and verdict, the job facts and notes, the count tables, then the objects
 * (what needs attention first), as many as the row and byte bounds allow, and a line that says
 * how many were left out.
 */
import { OUTCOMES, type Counts, type Outcome, type Status, type Verdict } from '../../../core/types.js';
import { escapeCell } from '../escape.js';
import { formatBytes, formatDuration, formatThousands, plural } from '../format.js';
import { inDisplayOrder } from '../order.js';
import { verdictNotes, verdictSentence } from '../verdict.js';
import { compactCounts, renderCounts } from './counts.js';
import { bytes, fit, linesBytes } from './fit.js';
import { CELL, objectRow, objectTableHeader } from './objects.js';

interface SummaryInput {
  verdict: Verdict;
  region: string;
  jobIds: string[];
  /** Path of the report file with every object; mentioned when given. */
  reportFile?: string;
  /** Upper bound of the result in UTF-8 bytes; default 512 KiB. */
  maxBytes?: number;
  /** Subject of the heading; default `DTS initialization`. */
  title?: string;
  /** Most object rows listed, even when bytes would allow more; default 1,000. */
  maxRows?: number;
}

const DEFAULT_SUMMARY_MAX_BYTES = 512 * 1024;
const DEFAULT_SUMMARY_MAX_ROWS = 1000;
const DEFAULT_TITLE = 'DTS initialization';

/** Jobs named in the header line. */
const MAX_JOBS_NAMED = 20;
const MAX_NOTES = 20;

const HEADINGS: Record<Status, { emoji: string; words: string }> = {
  finished: { emoji: '✅', words: 'finished' },
  failed: { emoji: '❌', words: 'failed' },
  timeout: { emoji: '⏱️', words: 'timed out' },
  cancelled: { emoji: '🛑', words: 'cancelled' },
  error: { emoji: '⚠️', words: 'status could not be read' }
};

/** Order in which left-out objects are counted in the "not listed" line. */
const LEFT_OUT_ORDER: readonly Outcome[] = ['failed', 'ignored', 'pending', 'running', 'finished'];

export function renderSummary(input: SummaryInput): string {
  const maxBytes = input.maxBytes ?? DEFAULT_SUMMARY_MAX_BYTES;
  const maxRows = Math.max(0, Math.floor(input.maxRows ?? DEFAULT_SUMMARY_MAX_ROWS));
  const { verdict } = input;
  const snapshot = verdict.snapshot;
  const jobIds = input.jobIds.length > 0 ? input.jobIds : (snapshot?.jobIds ?? []);
  const several = jobIds.length > 1;

  const head = renderHead(input, jobIds);
  const footer: string[] = [];
  if (input.reportFile) {
    footer.push(
      '',
      `The full list of objects, with the verdict and the timings, is in the report file ${escapeCell(input.reportFile, 500)}.`
    );
  }

  if (!snapshot) {
    const body = ['_No poll completed, so there are no object counts to show._'];
    return fit([...head, ...body, ...footer], maxBytes);
  }

  const totals = snapshot.counts;
  const reasons = [`the table stops at ${formatThousands(maxRows)} rows`, `the summary has to stay under ${formatBytes(maxBytes)}`];
  // The line about left-out objects can only get shorter than with every object left out.
  const leftOutReserve =
    snapshot.objects.length > 0 ? Math.max(...reasons.map((r) => bytes(leftOutLine(totals, r, !!input.reportFile)))) + 2 : 0;
  const objectsHeading = ['', '### Objects', ''];
  const tableHead = objectTableHeader(several);

  let countPart = renderCounts(snapshot, jobIds);
  const fixedBytes = (counts: string[]): number =>
    linesBytes(head) + linesBytes(counts) + linesBytes(objectsHeading) + linesBytes(tableHead) + linesBytes(footer) + leftOutReserve;
  // Too small a bound for the count tables: one line of totals instead.
  if (fixedBytes(countPart) > maxBytes) countPart = ['', compactCounts(snapshot.counts)];

  const rows: string[] = [];
  const shown: Record<Outcome, number> = { finished: 0, failed: 0, ignored: 0, pending: 0, running: 0 };
  let reason = '';
  let budget = maxBytes - fixedBytes(countPart);
  for (const object of inDisplayOrder(snapshot.objects, jobIds)) {
    if (rows.length >= maxRows) {
      reason = reasons[0] ?? '';
      break;
    }
    const row = objectRow(object, several);
    const size = bytes(row) + 1;
    if (size > budget) {
      reason = reasons[1] ?? '';
      break;
    }
    budget -= size;
    rows.push(row);
    shown[object.outcome] += 1;
  }

  const lines = [...head, ...countPart, ...objectsHeading];
  if (snapshot.objects.length === 0) {
    lines.push('_DTS has not reported any objects yet._');
  } else if (rows.length > 0) {
    lines.push(...tableHead, ...rows);
  }
  const left = notShown(totals, shown);
  if (left.total > 0) {
    lines.push('', leftOutLine(left, reason, !!input.reportFile));
  }
  lines.push(...footer);
  return fit(lines, maxBytes);
}

/** Heading, verdict sentence, job/region/time line, notes and unknown statuses. */
function renderHead(input: SummaryInput, jobIds: readonly string[]): string[] {
  const { verdict } = input;
  const heading = HEADINGS[verdict.status] ?? HEADINGS.error;
  const title = escapeCell(input.title ?? DEFAULT_TITLE, 200);
  const lines = [`## ${heading.emoji} ${title} ${heading.words}`, ''];
  const sentence = verdictSentence(verdict);
  if (sentence) lines.push(escapeCell(sentence, 2000), '');

  const named = jobIds.slice(0, MAX_JOBS_NAMED).map((id) => escapeCell(id, CELL.job));
  if (jobIds.length > MAX_JOBS_NAMED) named.push(`and ${formatThousands(jobIds.length - MAX_JOBS_NAMED)} more`);
  const facts = [
    `**${jobIds.length === 1 ? 'Job' : 'Jobs'}:** ${named.length > 0 ? named.join(', ') : '(none)'}`,
    `**Region:** ${escapeCell(input.region, 100) || '(none)'}`,
    `**Elapsed:** ${formatDuration(verdict.elapsedMs)}`,
    `**Polls:** ${formatThousands(verdict.polls)}`
  ];
  lines.push(facts.join(' · '));

  const notes = verdictNotes(verdict);
  if (notes.length > 0) {
    lines.push('');
    for (const note of notes.slice(0, MAX_NOTES)) lines.push(`- ${escapeCell(note, 500)}`);
    if (notes.length > MAX_NOTES) lines.push(`- … and ${plural(notes.length - MAX_NOTES, 'more note')}`);
  }

  const unknown = verdict.snapshot?.unknownStatuses ?? [];
  if (unknown.length > 0) {
    const listed = unknown.slice(0, 20).map((u) => escapeCell(u.status, 64) || '(empty)');
    if (unknown.length > 20) listed.push(`and ${formatThousands(unknown.length - 20)} more`);
    lines.push('', `⚠️ Statuses the action does not know, counted as pending: ${listed.join(', ')}`);
  }
  return lines;
}

/** The counts of the objects the table did not list. */
function notShown(all: Counts, shown: Record<Outcome, number>): Counts {
  const left: Counts = { total: 0, finished: 0, failed: 0, ignored: 0, pending: 0, running: 0 };
  for (const outcome of OUTCOMES) {
    left[outcome] = Math.max(0, all[outcome] - shown[outcome]);
    left.total += left[outcome];
  }
  return left;
}

function leftOutLine(left: Counts, reason: string, hasReportFile: boolean): string {
  const parts = LEFT_OUT_ORDER.filter((o) => left[o] > 0).map((o) => `${formatThousands(left[o])} ${o}`);
  const because = reason ? `: ${reason}` : '';
  const where = hasReportFile ? ' Every object is in the report file.' : '';
  return `_${plural(left.total, 'more object')} ${left.total === 1 ? 'is' : 'are'} not listed here (${parts.join(', ')})${because}.${where}_`;
}
