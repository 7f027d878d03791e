/**
 * The count tables of the summary: one per job (or one row per job when there are many), then
 * the total of all jobs. Every number comes from the snapshot; this only lays them out.
 */
import { SECTIONS, type Counts, type Outcome, type Section, type Snapshot } from '../../../core/types.js';
import { safeMarkdown } from '../../../text/safe.js';
import { formatThousands, plural } from '../format.js';
import { WIDTH } from './cells.js';

/** With more jobs than this, one row per job replaces the per-job count tables. */
const MAX_JOB_TABLES = 20;
/** Rows of the one-row-per-job table. */
const MAX_JOB_ROWS = 200;

const COUNT_COLUMNS: ReadonlyArray<[Outcome, string]> = [
  ['finished', 'Finished'],
  ['failed', 'Failed'],
  ['ignored', 'Ignored'],
  ['pending', 'Pending'],
  ['running', 'Running']
];

const NO_COUNTS: Counts = { total: 0, finished: 0, failed: 0, ignored: 0, pending: 0, running: 0 };

export function renderCounts(snapshot: Snapshot, jobIds: readonly string[]): string[] {
  const lines: string[] = [];
  if (jobIds.length <= 1) {
    const entry = jobIds[0] !== undefined ? snapshot.byJob[jobIds[0]] : undefined;
    lines.push('', '### Counts', '', ...sectionTable(entry?.sections ?? snapshot.sections, entry?.counts ?? snapshot.counts));
    return lines;
  }

  if (jobIds.length <= MAX_JOB_TABLES) {
    for (const id of jobIds) {
      const entry = snapshot.byJob[id];
      lines.push('', `### Job ${safeMarkdown(id, WIDTH.job)}`, '');
      if (!entry || entry.counts.total === 0) lines.push('_DTS has not reported any objects for this job yet._');
      else lines.push(...sectionTable(entry.sections, entry.counts));
    }
  } else {
    lines.push('', '### Jobs', '');
    lines.push(`| Job | ${COUNT_COLUMNS.map(([, label]) => label).join(' | ')} | Total |`);
    lines.push(`| :-- | ${COUNT_COLUMNS.map(() => '--:').join(' | ')} | --: |`);
    for (const id of jobIds.slice(0, MAX_JOB_ROWS)) {
      lines.push(countRow(safeMarkdown(id, WIDTH.job), snapshot.byJob[id]?.counts ?? NO_COUNTS));
    }
    if (jobIds.length > MAX_JOB_ROWS) {
      lines.push('', `_${plural(jobIds.length - MAX_JOB_ROWS, 'more job')} not listed here._`);
    }
  }
  lines.push('', '### All jobs', '', ...sectionTable(snapshot.sections, snapshot.counts));
  return lines;
}

/** One line of totals, for a size bound too small for the tables. */
export function compactCounts(counts: Counts): string {
  const parts = COUNT_COLUMNS.map(([outcome, label]) => `${label.toLowerCase()} ${formatThousands(counts[outcome])}`);
  return `**Objects:** ${formatThousands(counts.total)} (${parts.join(', ')})`;
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
