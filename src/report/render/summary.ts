/**
 * The job summary (`GITHUB_STEP_SUMMARY`, also the pull-request comment body) as markdown.
 * Pure function, no I/O. The result never exceeds `maxBytes` UTF-8 bytes: GitHub drops a step
 * summary over 1 MiB whole, and a pull-request comment holds at most 65,536 characters.
 */
import {
  OUTCOMES,
  SECTIONS,
  type ClassifiedObject,
  type Counts,
  type Outcome,
  type Section,
  type Snapshot,
  type Status,
  type Verdict
} from '../../core/types.js';
import { escapeCell } from './escape.js';
import { formatDuration, formatThousands, plural } from './format.js';
import { inDisplayOrder, parentName } from './order.js';

export interface SummaryInput {
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

export const DEFAULT_SUMMARY_MAX_BYTES = 512 * 1024;
export const DEFAULT_SUMMARY_MAX_ROWS = 1000;
const DEFAULT_TITLE = 'DTS initialization';

/** With more jobs than this, one row per job replaces the per-job count tables. */
const MAX_JOB_TABLES = 20;
/** Rows of the one-row-per-job table. */
const MAX_JOB_ROWS = 200;
/** Jobs named in the header line. */
const MAX_JOBS_NAMED = 20;
const MAX_NOTES = 20;

/** Cell widths (characters of the escaped text). */
const CELL = { job: 64, database: 128, name: 256, type: 64, status: 64, time: 32, error: 300 };

const HEADINGS: Record<Status, { emoji: string; words: string }> = {
  finished: { emoji: '✅', words: 'finished' },
  failed: { emoji: '❌', words: 'failed' },
  timeout: { emoji: '⏱️', words: 'timed out' },
  cancelled: { emoji: '🛑', words: 'cancelled' },
  error: { emoji: '⚠️', words: 'status could not be read' }
};

const COUNT_COLUMNS: ReadonlyArray<[Outcome, string]> = [
  ['finished', 'Finished'],
  ['failed', 'Failed'],
  ['ignored', 'Ignored'],
  ['pending', 'Pending'],
  ['running', 'Running']
];

/** Order in which left-out objects are counted in the "not listed" line. */
const LEFT_OUT_ORDER: readonly Outcome[] = ['failed', 'ignored', 'pending', 'running', 'finished'];

const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

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

  const countLines = renderCounts(snapshot, jobIds);
  const totals = countByOutcome(snapshot.objects);
  const reasons = [`the table stops at ${formatThousands(maxRows)} rows`, `the summary has to stay under ${formatBytes(maxBytes)}`];
  // The line about left-out objects can only get shorter than with every object left out.
  const leftOutReserve =
    snapshot.objects.length > 0 ? Math.max(...reasons.map((r) => bytes(leftOutLine(totals, r, !!input.reportFile)))) + 2 : 0;
  const objectsHeading = ['', '### Objects', ''];
  const tableHead = renderObjectHeader(several);

  const sizeOf = (lines: readonly string[]): number => lines.reduce((sum, line) => sum + bytes(line) + 1, 0);
  let countPart = countLines;
  let fixed = sizeOf(head) + sizeOf(countPart) + sizeOf(objectsHeading) + sizeOf(tableHead) + sizeOf(footer) + leftOutReserve;
  if (fixed > maxBytes) {
    // Too small a bound for the count tables: one line of totals instead.
    countPart = ['', compactCounts(snapshot.counts)];
    fixed = sizeOf(head) + sizeOf(countPart) + sizeOf(objectsHeading) + sizeOf(tableHead) + sizeOf(footer) + leftOutReserve;
  }

  const rows: string[] = [];
  const shown: Record<Outcome, number> = { finished: 0, failed: 0, ignored: 0, pending: 0, running: 0 };
  let reason = '';
  let budget = maxBytes - fixed;
  for (const object of inDisplayOrder(snapshot.objects, jobIds)) {
    if (rows.length >= maxRows) {
      reason = reasons[0] ?? '';
      break;
    }
    const row = renderObjectRow(object, several);
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
  const left = subtract(totals, shown);
  if (left.total > 0) {
    lines.push('', leftOutLine(left, reason, !!input.reportFile));
  }
  lines.push(...footer);
  return fit(lines, maxBytes);
}

/** Heading, verdict message, job/region/time line, notes and unknown statuses. */
function renderHead(input: SummaryInput, jobIds: readonly string[]): string[] {
  const { verdict } = input;
  const heading = HEADINGS[verdict.status] ?? HEADINGS.error;
  const title = escapeCell(input.title ?? DEFAULT_TITLE, 200);
  const lines = [`## ${heading.emoji} ${title} ${heading.words}`, ''];
  if (verdict.message) lines.push(escapeCell(verdict.message, 2000), '');

  const named = jobIds.slice(0, MAX_JOBS_NAMED).map((id) => escapeCell(id, CELL.job));
  if (jobIds.length > MAX_JOBS_NAMED) named.push(`and ${formatThousands(jobIds.length - MAX_JOBS_NAMED)} more`);
  const facts = [
    `**${jobIds.length === 1 ? 'Job' : 'Jobs'}:** ${named.length > 0 ? named.join(', ') : '(none)'}`,
    `**Region:** ${escapeCell(input.region, 100) || '(none)'}`,
    `**Elapsed:** ${formatDuration(verdict.elapsedMs)}`,
    `**Polls:** ${formatThousands(verdict.polls)}`
  ];
  lines.push(facts.join(' · '));

  const notes = verdict.notes.filter((n) => n.trim() !== '');
  if (notes.length > 0) {
    lines.push('');
    for (const note of notes.slice(0, MAX_NOTES)) lines.push(`- ${escapeCell(note, 500)}`);
    if (notes.length > MAX_NOTES) lines.push(`- … and ${plural(notes.length - MAX_NOTES, 'more note')}`);
  }

  const unknown = verdict.snapshot?.unknownStatuses ?? [];
  if (unknown.length > 0) {
    const listed = unknown.slice(0, 20).map((s) => escapeCell(s, 64) || '(empty)');
    if (unknown.length > 20) listed.push(`and ${formatThousands(unknown.length - 20)} more`);
    lines.push('', `⚠️ Statuses the action does not know, counted as pending: ${listed.join(', ')}`);
  }
  return lines;
}

/** The count tables: one per job (or one row per job when there are many), then the total. */
function renderCounts(snapshot: Snapshot, jobIds: readonly string[]): string[] {
  const lines: string[] = [];
  const perJob = (id: string): { counts: Counts; sections: Record<Section, Counts> } =>
    snapshot.byJob[id] ?? { counts: zero(), sections: zeroSections() };

  if (jobIds.length <= 1) {
    const id = jobIds[0];
    const entry = id !== undefined ? snapshot.byJob[id] : undefined;
    // With one job the snapshot's own totals are that job's.
    const sections = entry?.sections ?? sumSections(snapshot, Object.keys(snapshot.byJob));
    lines.push('', '### Counts', '', ...sectionTable(sections, entry?.counts ?? snapshot.counts));
    return lines;
  }

  if (jobIds.length <= MAX_JOB_TABLES) {
    for (const id of jobIds) {
      const entry = perJob(id);
      lines.push('', `### Job ${escapeCell(id, CELL.job)}`, '');
      if (entry.counts.total === 0) lines.push('_DTS has not reported any objects for this job yet._');
      else lines.push(...sectionTable(entry.sections, entry.counts));
    }
  } else {
    lines.push('', '### Jobs', '');
    lines.push(`| Job | ${COUNT_COLUMNS.map(([, label]) => label).join(' | ')} | Total |`);
    lines.push(`| :-- | ${COUNT_COLUMNS.map(() => '--:').join(' | ')} | --: |`);
    for (const id of jobIds.slice(0, MAX_JOB_ROWS)) {
      lines.push(countRow(escapeCell(id, CELL.job), perJob(id).counts));
    }
    if (jobIds.length > MAX_JOB_ROWS) {
      lines.push('', `_${plural(jobIds.length - MAX_JOB_ROWS, 'more job')} not listed here._`);
    }
  }
  lines.push('', '### All jobs', '', ...sectionTable(sumSections(snapshot, jobIds), snapshot.counts));
  return lines;
}

function sectionTable(sections: Record<Section, Counts>, total: Counts): string[] {
  return [
    `| Section | ${COUNT_COLUMNS.map(([, label]) => label).join(' | ')} | Total |`,
    `| :-- | ${COUNT_COLUMNS.map(() => '--:').join(' | ')} | --: |`,
    ...SECTIONS.map((section) => countRow(section, sections[section])),
    countRow('**total**', total)
  ];
}

function countRow(label: string, counts: Counts): string {
  const cells = COUNT_COLUMNS.map(([outcome]) => formatThousands(counts[outcome]));
  return `| ${label} | ${cells.join(' | ')} | ${formatThousands(counts.total)} |`;
}

function compactCounts(counts: Counts): string {
  const parts = COUNT_COLUMNS.map(([outcome, label]) => `${label.toLowerCase()} ${formatThousands(counts[outcome])}`);
  return `**Objects:** ${formatThousands(counts.total)} (${parts.join(', ')})`;
}

function sumSections(snapshot: Snapshot, jobIds: readonly string[]): Record<Section, Counts> {
  const sum = zeroSections();
  for (const id of new Set(jobIds)) {
    const entry = snapshot.byJob[id];
    if (!entry) continue;
    for (const section of SECTIONS) {
      const from = entry.sections[section];
      if (!from) continue;
      const to = sum[section];
      to.total += from.total;
      for (const outcome of OUTCOMES) to[outcome] += from[outcome];
    }
  }
  return sum;
}

function zero(): Counts {
  return { total: 0, finished: 0, failed: 0, ignored: 0, pending: 0, running: 0 };
}

function zeroSections(): Record<Section, Counts> {
  return { structure: zero(), constraint: zero(), data: zero(), incremental: zero() };
}

function countByOutcome(objects: readonly ClassifiedObject[]): Counts {
  const counts = zero();
  for (const object of objects) {
    counts[object.outcome] += 1;
    counts.total += 1;
  }
  return counts;
}

function subtract(all: Counts, shown: Record<Outcome, number>): Counts {
  const left = zero();
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

function formatBytes(n: number): string {
  if (n >= 1024 * 1024 && n % (1024 * 1024) === 0) return `${formatThousands(n / (1024 * 1024))} MiB`;
  if (n >= 1024 && n % 1024 === 0) return `${formatThousands(n / 1024)} KiB`;
  return `${formatThousands(n)} bytes`;
}

// ---------------------------------------------------------------------------------------------
// Objects table

const STATUS_LABELS: Record<string, string> = {
  failed: '❌ Failed',
  ignored: '⚠️ Failed (ignored)',
  finished: '✅ Finished'
};

function statusCell(object: ClassifiedObject): string {
  const label = STATUS_LABELS[object.outcome];
  if (label) return label;
  if (object.outcome === 'running') {
    return object.state === 'NotStarted' ? '💤 Not started (incremental)' : '🔁 Running';
  }
  if (object.state === 'Migrating') return '🔄 Migrating';
  if (object.state === 'NotStarted') return '⏳ Not started';
  return `❔ ${escapeCell(object.status, CELL.status) || '(no status)'}`;
}

function renderObjectHeader(several: boolean): string[] {
  const columns = [
    'Status',
    ...(several ? ['Job'] : []),
    'Section',
    'Source DB',
    'Destination DB',
    'Object',
    'Type',
    'Rows (copied / total)',
    'Time',
    'Error'
  ];
  const aligns = columns.map((c) => (c.startsWith('Rows') || c === 'Time' ? '--:' : ':--'));
  return [`| ${columns.join(' | ')} |`, `| ${aligns.join(' | ')} |`];
}

function renderObjectRow(object: ClassifiedObject, several: boolean): string {
  let name = escapeCell(object.name, CELL.name);
  if (object.section === 'constraint' && object.parent) {
    name += ` (on ${escapeCell(parentName(object), CELL.name)})`;
  }
  const cells = [
    statusCell(object),
    ...(several ? [escapeCell(object.jobId, CELL.job)] : []),
    object.section,
    escapeCell(object.sourceDatabase, CELL.database),
    escapeCell(object.destinationDatabase, CELL.database),
    name,
    escapeCell(object.type, CELL.type),
    rowsCell(object),
    timeCell(object),
    escapeCell(object.error, CELL.error)
  ];
  return `| ${cells.join(' | ')} |`;
}

/** `9,993 / 9,981` (copied of total) for data entries; `?` for a missing side. */
export function rowsCell(object: Pick<ClassifiedObject, 'section' | 'totalRows' | 'finishedRows'>): string {
  if (object.section !== 'data' && object.totalRows === undefined && object.finishedRows === undefined) return '';
  const done = formatThousands(object.finishedRows ?? '');
  const total = formatThousands(object.totalRows ?? '');
  if (!done && !total) return '';
  return `${escapeCell(done, 64) || '?'} / ${escapeCell(total, 64) || '?'}`;
}

function timeCell(object: ClassifiedObject): string {
  const used = (object.usedTime ?? '').trim();
  if (!used) return '';
  if (/^\d+(\.\d+)?$/.test(used)) return `${used.length > 24 ? escapeCell(used, 24) : used}s`;
  return escapeCell(used, CELL.time);
}

// ---------------------------------------------------------------------------------------------

/**
 * Join the lines; should the result still exceed `maxBytes` (only with a bound too small for
 * the heading and counts), drop lines from the end and say so, and as a last resort cut bytes
 * at a character boundary.
 */
function fit(lines: readonly string[], maxBytes: number): string {
  const text = lines.join('\n') + '\n';
  if (bytes(text) <= maxBytes) return text;
  const marker = '_The summary was cut to stay under its size limit._\n';
  const room = maxBytes - bytes(marker);
  let kept = '';
  let size = 0;
  for (const line of lines) {
    const add = bytes(line) + 1;
    if (size + add > room) break;
    kept += line + '\n';
    size += add;
  }
  if (room >= 0) return kept + marker;
  return cutBytes(text, maxBytes);
}

function cutBytes(text: string, maxBytes: number): string {
  if (maxBytes <= 0) return '';
  let out = '';
  let size = 0;
  for (const ch of text) {
    const add = bytes(ch);
    if (size + add > maxBytes) break;
    out += ch;
    size += add;
  }
  return out;
}
