/**
 * The job summary (`GITHUB_STEP_SUMMARY`, also the pull-request comment body) as markdown.
 * Pure function, no I/O. The result never exceeds `maxBytes` UTF-8 bytes.
 *
 * The page, in the order a person reads it when the gate stops a pipeline: the verdict and one
 * sentence why, the job facts, each job's state, the copy's progress and the replication delay,
 * and notes; what failed (the jobs that failed as a whole first, then the objects), each with its
 * whole error; the counts; what
 * is still pending, migrating first; then, folded, the incremental entries running and the
 * finished objects; how many were left out; and the report file with how to keep it. When the
 * bounds do not allow every object, what failed is listed first, then what is pending, then the
 * rest.
 */
import type { FailedJob } from '../../../core/jobTypes.js';
import type { ClassifiedObject, Counts, Outcome, Status, Verdict } from '../../../core/types.js';
import { safeMarkdown } from '../../../text/safe.js';
import { formatBytes, formatDuration, formatThousands, plural } from '../format.js';
import { inDisplayOrder } from '../order.js';
import { verdictNotes, verdictSentence } from '../verdict.js';
import { WIDTH } from './cells.js';
import { compactCounts, renderCounts } from './counts.js';
import { failedJobItem, failureItem, MAX_ITEMS } from './failures.js';
import { bytes, fit, linesBytes } from './fit.js';
import { checkFailureLines, checkLines, hasCheckFailures } from './checks.js';
import { jobLines } from './jobs.js';
import { otherIdText } from '../jobWords.js';
import { tableFrame, tableHeader, tableRow, type TableKind } from './objects.js';

interface SummaryInput {
  verdict: Verdict;
  region: string;
  jobIds: string[];
  /** Path of the report file with every object; named when given. */
  reportFile?: string;
  /**
   * Whether the report file lies in the runner's temporary folder, gone when the workflow job
   * ends (the action's), so the page says how to keep it; the command line's stays where it is.
   */
  reportFileOnRunner?: boolean;
  /** Upper bound of the result in UTF-8 bytes; default 512 KiB. */
  maxBytes?: number;
  /** Subject of the heading; default `DTS initialization`. */
  title?: string;
  /** Most objects listed (failures and table rows), even when bytes would allow more; default 1,000. */
  maxRows?: number;
}

const DEFAULT_SUMMARY_MAX_BYTES = 512 * 1024;
const DEFAULT_SUMMARY_MAX_ROWS = 1000;
const DEFAULT_TITLE = 'DTS initialization';

/** Jobs named in the facts line. */
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

/** The parts of the page that list objects, in the order they get room. */
type Part = 'failures' | TableKind;
const PARTS: ReadonlyArray<{ part: Part; outcomes: readonly Outcome[] }> = [
  { part: 'failures', outcomes: ['failed', 'ignored'] },
  { part: 'pending', outcomes: ['pending'] },
  { part: 'running', outcomes: ['running'] },
  { part: 'finished', outcomes: ['finished'] }
];

const FAILURES_HEADING = ['', '### What failed', ''];

export function renderSummary(input: SummaryInput): string {
  const maxBytes = input.maxBytes ?? DEFAULT_SUMMARY_MAX_BYTES;
  const maxRows = Math.max(0, Math.floor(input.maxRows ?? DEFAULT_SUMMARY_MAX_ROWS));
  const { verdict } = input;
  const snapshot = verdict.snapshot;
  const jobIds = input.jobIds.length > 0 ? input.jobIds : (snapshot?.jobIds ?? []);
  const several = jobIds.length > 1;

  const head = renderHead(input, jobIds);
  const footer = input.reportFile ? reportFileLines(input.reportFile, input.reportFileOnRunner === true) : [];
  if (!snapshot) return fit([...head, '', '_No poll completed, so there are no object counts to show._', ...footer], maxBytes);

  const totals = snapshot.counts;
  const reasons = [`the page stops at ${formatThousands(maxRows)} objects`, `the summary has to stay under ${formatBytes(maxBytes)}`];
  // The line about left-out objects can only get shorter than with every object left out.
  const leftOutReserve = totals.total > 0 ? Math.max(...reasons.map((r) => bytes(leftOutLine(totals, r)))) + 2 : 0;
  const count = (outcomes: readonly Outcome[]): number => outcomes.reduce((n, o) => n + totals[o], 0);
  const { failed: failedJobs, ignored: ignoredJobs } = snapshot.jobJudgement;
  const jobFailures = [...failedJobs.map((f) => ({ f, ignored: false })), ...ignoredJobs.map((f) => ({ f, ignored: true }))];
  const failuresShown = jobFailures.length > 0 || count(['failed', 'ignored']) > 0 || hasCheckFailures(snapshot);
  // Room for every heading, fold and table header a part may need.
  const frames =
    (failuresShown ? linesBytes(FAILURES_HEADING) : 0) +
    PARTS.filter(({ part, outcomes }) => part !== 'failures' && count(outcomes) > 0).reduce(
      (sum, { part, outcomes }) => sum + linesBytes(frameLines(part as TableKind, count(outcomes), several)),
      0
    );

  let countPart = renderCounts(snapshot, jobIds);
  const jobsLeftOutReserve = jobFailures.length > 0 ? linesBytes(['', jobsLeftOutLine(jobFailures.length, maxBytes)]) : 0;
  const fixedBytes = (counts: string[]): number =>
    linesBytes(head) + linesBytes(counts) + linesBytes(footer) + frames + leftOutReserve + jobsLeftOutReserve;
  // Too small a bound for the count tables: one line of totals instead.
  if (fixedBytes(countPart) > maxBytes) countPart = ['', compactCounts(totals)];

  const listed: Record<Part, string[]> = { failures: [], pending: [], running: [], finished: [] };
  const shown: Record<Outcome, number> = { finished: 0, failed: 0, ignored: 0, pending: 0, running: 0 };
  let budget = maxBytes - fixedBytes(countPart);
  let rows = 0;
  let reason = '';
  // The jobs that failed as a whole come first; with failed objects too, they leave half the room.
  const jobItems = listJobFailures(jobFailures, count(['failed', 'ignored']) > 0 ? Math.floor(budget / 2) : budget);
  budget -= linesBytes(jobItems.lines);
  listed.failures.push(...jobItems.lines);
  // Then the tables of the data verification, leaving the objects half of what is left.
  const checkItems = checkFailureLines(snapshot, count(['failed', 'ignored']) > 0 ? Math.floor(budget / 2) : budget);
  budget -= linesBytes(checkItems);
  listed.failures.push(...checkItems);
  fill: for (const { part, outcomes } of PARTS) {
    const wanted = (o: ClassifiedObject): boolean => outcomes.includes(o.outcome);
    for (const object of inDisplayOrder(snapshot.objects, jobIds, wanted)) {
      if (rows >= maxRows) {
        reason = reasons[0] ?? '';
        break fill;
      }
      const line = part === 'failures' ? failureItem(object, several) : tableRow(part, object, several);
      const size = bytes(line) + 1;
      if (size > budget) {
        reason = reasons[1] ?? '';
        break fill;
      }
      budget -= size;
      rows++;
      listed[part].push(line);
      shown[object.outcome]++;
    }
  }

  const lines = [...head];
  if (listed.failures.length > 0) lines.push(...FAILURES_HEADING, ...listed.failures);
  lines.push(...countPart);
  if (totals.total === 0) lines.push('', '_DTS has not reported any objects yet._');
  for (const part of ['pending', 'running', 'finished'] as const) {
    if (listed[part].length === 0) continue;
    const { before, after } = tableFrame(part, count(PARTS.find((p) => p.part === part)?.outcomes ?? []));
    lines.push(...before, ...tableHeader(part, several), ...listed[part], ...after);
  }
  const left = notShown(totals, shown);
  if (left.total > 0) lines.push('', leftOutLine(left, reason, !!input.reportFile));
  if (jobItems.leftOut > 0) lines.push('', jobsLeftOutLine(jobItems.leftOut, maxBytes));
  lines.push(...footer);
  return fit(lines, maxBytes);
}

/**
 * The items of the jobs that failed as a whole, in order, within `budget` bytes: first every job
 * with none of its failed checks (as many as fit, the rest left out), then what is left shared
 * out fairly, each job in turn taking as many of its checks as its share holds and passing on
 * what it does not use.
 */
function listJobFailures(
  failures: ReadonlyArray<{ f: FailedJob; ignored: boolean }>,
  budget: number
): { lines: string[]; leftOut: number } {
  const size = (line: string): number => bytes(line) + 1;
  const items = failures.map(({ f, ignored }) => failedJobItem(f, ignored));
  const bare = items.map((item) => size(item(0)));
  let kept = 0;
  for (let used = 0; kept < failures.length && used + bare[kept]! <= budget; kept++) used += bare[kept]!;
  let spare = budget - bare.slice(0, kept).reduce((sum, n) => sum + n, 0);
  const lines: string[] = [];
  for (let i = 0; i < kept; i++) {
    const item = items[i]!;
    const allowance = bare[i]! + Math.floor(spare / (kept - i));
    // The most checks that fit the allowance (none always does).
    let best = item(0);
    let low = 1;
    let high = Math.min(failures[i]!.f.items.length, MAX_ITEMS);
    while (low <= high) {
      const mid = Math.floor((low + high) / 2);
      const line = item(mid);
      if (size(line) <= allowance) {
        best = line;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    spare -= size(best) - bare[i]!;
    lines.push(best);
  }
  return { lines, leftOut: failures.length - kept };
}

function jobsLeftOutLine(count: number, maxBytes: number): string {
  return `_${plural(count, 'more failed job')} not listed here: the summary has to stay under ${formatBytes(maxBytes)}. Every one is in the report file._`;
}

function frameLines(kind: TableKind, count: number, several: boolean): string[] {
  const { before, after } = tableFrame(kind, count);
  return [...before, ...tableHeader(kind, several), ...after];
}

/** Heading, verdict sentence, the facts of the run, notes and unknown statuses. */
function renderHead(input: SummaryInput, jobIds: readonly string[]): string[] {
  const { verdict } = input;
  const heading = HEADINGS[verdict.status] ?? HEADINGS.error;
  const title = safeMarkdown(input.title ?? DEFAULT_TITLE, 200);
  const lines = [`## ${heading.emoji} ${title} ${heading.words}`, '', safeMarkdown(verdictSentence(verdict), 2000), ''];

  const identities = verdict.snapshot?.identities;
  const named = jobIds.slice(0, MAX_JOBS_NAMED).map((id) => {
    const other = otherIdText(identities?.[id]);
    return `${safeMarkdown(id, WIDTH.job)}${other ? ` (${safeMarkdown(other, WIDTH.job + 9)})` : ''}`;
  });
  if (jobIds.length > MAX_JOBS_NAMED) named.push(`and ${formatThousands(jobIds.length - MAX_JOBS_NAMED)} more`);
  const facts = [
    `**${jobIds.length === 1 ? 'Job' : 'Jobs'}:** ${named.length > 0 ? named.join(', ') : '(none)'}`,
    `**Region:** ${safeMarkdown(input.region, 100) || '(none)'}`,
    `**Elapsed:** ${formatDuration(verdict.elapsedMs)}`,
    `**Polls:** ${formatThousands(verdict.polls)}`
  ];
  lines.push(facts.join(' · '));
  if (verdict.snapshot) lines.push(...jobLines(verdict.snapshot, jobIds), ...checkLines(verdict.snapshot, jobIds));

  const notes = verdictNotes(verdict);
  if (notes.length > 0) {
    lines.push('');
    for (const note of notes.slice(0, MAX_NOTES)) lines.push(`- ${safeMarkdown(note, 500)}`);
    if (notes.length > MAX_NOTES) lines.push(`- … and ${plural(notes.length - MAX_NOTES, 'more note')}`);
  }

  const unknown = verdict.snapshot?.unknownStatuses ?? [];
  if (unknown.length > 0) {
    const listed = unknown.slice(0, 20).map((u) => safeMarkdown(u.status, 64) || '(empty)');
    if (unknown.length > 20) listed.push(`and ${formatThousands(unknown.length - 20)} more`);
    lines.push('', `⚠️ Statuses the gate does not know, counted as pending: ${listed.join(', ')}`);
  }
  return lines;
}

/** The report file by name, and on a runner how to keep it: the runner's temporary folder is gone when the job ends. */
function reportFileLines(path: string, onRunner: boolean): string[] {
  const name = safeMarkdown(path.split(/[\\/]/).pop() ?? path, 200);
  const where = `Every object, with the verdict and the timings, is in the report file ${name} (output \`report-file\`).`;
  if (!onRunner) return ['', where];
  return [
    '',
    `${where} It is deleted with the runner when the job ends; to keep it, add a step that uploads it: ` +
      '`uses: actions/upload-artifact@v7` with `path: ${{ steps.<id>.outputs.report-file }}`, where `<id>` is the id of this step.'
  ];
}

/** The counts of the objects the page did not list. */
function notShown(all: Counts, shown: Record<Outcome, number>): Counts {
  const left: Counts = { total: 0, finished: 0, failed: 0, ignored: 0, pending: 0, running: 0 };
  for (const outcome of LEFT_OUT_ORDER) {
    left[outcome] = Math.max(0, all[outcome] - shown[outcome]);
    left.total += left[outcome];
  }
  return left;
}

function leftOutLine(left: Counts, reason: string, hasReportFile = true): string {
  const parts = LEFT_OUT_ORDER.filter((o) => left[o] > 0).map((o) => `${formatThousands(left[o])} ${o}`);
  const because = reason ? `: ${reason}` : '';
  const where = hasReportFile ? ' Every object is in the report file.' : '';
  return `_${plural(left.total, 'more object')} ${left.total === 1 ? 'is' : 'are'} not listed here (${parts.join(', ')})${because}.${where}_`;
}
