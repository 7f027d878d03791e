/**
 * The live display's lines: a head line, then a table with one row per job (its state, its
 * objects, the copy's bar and percentage, rows, rate, time left, delay, verification), fitted to
 * the terminal's width. Columns are dropped, least needed first, until the table fits; then the
 * bar takes the room that is left, and a line still too wide (a long job id on a narrow
 * terminal) is cut. Every cell is measured in columns (src/cli/width.ts) before it is coloured,
 * so colour never changes a width. Pure functions, no I/O.
 */
import { cutToWidth, displayWidth, fitToWidth } from './width.js';

/** What a cell's colour says. */
export type Tone = 'good' | 'bad' | 'warn' | 'busy' | 'dim' | 'plain';

/** One job's row, in words already made safe. Absent cells are shown empty. */
export interface JobRow {
  jobId: string;
  state: string;
  stateTone: Tone;
  objects: string;
  objectsTone: Tone;
  /** The copy of full data, 0 to 100; absent when the job has no data entries yet. */
  percent?: number;
  rows?: string;
  rate?: string;
  left?: string;
  delay?: string;
  delayTone?: Tone;
  /** The full data verification: not read yet by the gate, so its column stays empty. */
  verification?: string;
}

export interface DisplayModel {
  head: string;
  jobs: JobRow[];
}

export interface Style {
  /** Colours `text` (already fitted to its width) for `tone`; the identity without colour. */
  paint(text: string, tone: Tone): string;
  /** The bar's characters: filled and empty. */
  bar: { full: string; empty: string };
}

type Key = 'jobId' | 'state' | 'objects' | 'copy' | 'rows' | 'rate' | 'left' | 'delay' | 'verification';

interface Column {
  key: Key;
  title: string;
  align: 'end' | 'start';
}

const COLUMNS: readonly Column[] = [
  { key: 'jobId', title: 'JOB', align: 'end' },
  { key: 'state', title: 'STATE', align: 'end' },
  { key: 'objects', title: 'OBJECTS', align: 'end' },
  { key: 'copy', title: 'COPY', align: 'end' },
  { key: 'rows', title: 'ROWS', align: 'start' },
  { key: 'rate', title: 'RATE', align: 'start' },
  { key: 'left', title: 'LEFT', align: 'start' },
  { key: 'delay', title: 'DELAY', align: 'start' },
  { key: 'verification', title: 'VERIFY', align: 'end' }
];

/** Dropped in this order while the table is too wide; the job, its state and the copy stay. */
const DROP_ORDER: readonly Key[] = ['verification', 'rate', 'rows', 'left', 'objects', 'delay'];

const GAP = '  ';
const BAR_MIN = 8;
const BAR_MAX = 30;
/** ` 100%`, ` 52.3%`: the percentage after the bar. */
const PERCENT_COLUMNS = 6;

function percentText(percent: number | undefined): string {
  if (percent === undefined) return '';
  return `${Math.floor(percent * 10) / 10}%`;
}

function barText(percent: number | undefined, columns: number, style: Style): { full: string; empty: string } {
  if (percent === undefined || columns <= 0) return { full: '', empty: ' '.repeat(Math.max(0, columns)) };
  // Full only at 100: a bar that looks done must be done.
  const filled = percent >= 100 ? columns : Math.min(columns - 1, Math.floor((percent / 100) * columns));
  return { full: style.bar.full.repeat(filled), empty: style.bar.empty.repeat(columns - filled) };
}

/** The text of a cell other than the copy's. */
function cell(row: JobRow, key: Exclude<Key, 'copy'>): string {
  return row[key] ?? '';
}

function toneOf(row: JobRow, key: Key): Tone {
  if (key === 'state') return row.stateTone;
  if (key === 'objects') return row.objectsTone;
  if (key === 'delay') return row.delayTone ?? 'plain';
  return 'plain';
}

/**
 * The lines of the display, none wider than `columns` (a terminal's width less the last column,
 * which the caller keeps free so that no line wraps).
 */
export function layout(model: DisplayModel, columns: number, style: Style): string[] {
  const width = Math.max(1, Math.floor(columns));
  const lines = [cutToWidth(model.head, width)];
  if (model.jobs.length === 0) return lines;

  const natural = (key: Key): number => {
    if (key === 'copy') return BAR_MIN + 1 + PERCENT_COLUMNS;
    return Math.max(displayWidth(COLUMNS.find((c) => c.key === key)!.title), ...model.jobs.map((row) => displayWidth(cell(row, key))));
  };
  let shown = [...COLUMNS];
  const widths = new Map<Key, number>(COLUMNS.map((c) => [c.key, natural(c.key)]));
  const total = (): number => shown.reduce((sum, c) => sum + widths.get(c.key)!, 0) + GAP.length * (shown.length - 1);
  for (const key of DROP_ORDER) {
    if (total() <= width) break;
    shown = shown.filter((c) => c.key !== key);
  }
  // The bar takes what is left, within its bounds; the job column gives way last.
  const bar = Math.max(BAR_MIN, Math.min(BAR_MAX, BAR_MIN + width - total()));
  widths.set('copy', bar + 1 + PERCENT_COLUMNS);
  const over = total() - width;
  if (over > 0) widths.set('jobId', Math.max(3, widths.get('jobId')! - over));

  const header = shown.map((c) => fitToWidth(c.title, widths.get(c.key)!, c.align)).join(GAP);
  lines.push(style.paint(cutToWidth(header.trimEnd(), width), 'dim'));
  for (const row of model.jobs) {
    const cells = shown.map((c) => {
      const w = widths.get(c.key)!;
      if (c.key !== 'copy') return style.paint(fitToWidth(cell(row, c.key), w, c.align), toneOf(row, c.key));
      const { full, empty } = barText(row.percent, bar, style);
      const percent = fitToWidth(percentText(row.percent), PERCENT_COLUMNS, 'start');
      return (
        style.paint(full, row.percent !== undefined && row.percent >= 100 ? 'good' : 'busy') + style.paint(empty, 'dim') + ' ' + percent
      );
    });
    lines.push(fitLine(cells, width));
  }
  return lines;
}

/**
 * The cells joined, trailing blanks dropped. The widths were fitted to `width`, so the line is
 * cut only when the job column could not give way enough (a terminal narrower than its state).
 */
function fitLine(cells: string[], width: number): string {
  const line = cells.join(GAP).trimEnd();
  return visibleWidth(line) <= width ? line : cutToWidth(stripStyle(line), width);
}

/** The escape sequences of colour (`ESC [ ... m`), the only ones a painted cell holds. */
// eslint-disable-next-line no-control-regex -- matching the escape sequences of colour is its job
const SGR = /\x1b\[[0-9;]*m/g;

export function stripStyle(text: string): string {
  return text.replace(SGR, '');
}

export function visibleWidth(text: string): number {
  return displayWidth(stripStyle(text));
}
