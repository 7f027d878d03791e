/**
 * The short cells and labels of the summary's object lists: an object's name with its source and
 * destination database, its progress, its time. Markdown, escaped; no cell wraps inside a figure.
 */
import type { ClassifiedObject } from '../../../core/types.js';
import { safeMarkdown } from '../../../text/safe.js';
import { formatThousands } from '../format.js';
import { parentName } from '../order.js';

/** Widths of escaped text, in characters: tables stay narrow, the report file has everything. */
export const WIDTH = { job: 64, database: 64, name: 100, status: 64, time: 24 };

/** A non-breaking space: keeps `1,234 / 5,678` and `not started` on one line. */
const NBSP = '&nbsp;';

/** `db.name`, `db.name (on parent)` for a constraint, and `→ destination` where the destination database differs. */
export function objectLabel(object: ClassifiedObject, width = WIDTH.name): string {
  const db = object.sourceDatabase ? `${safeMarkdown(object.sourceDatabase, WIDTH.database)}.` : '';
  let label = `${db}${safeMarkdown(object.name, width) || '(no name)'}`;
  if (object.section === 'constraint' && object.parent) label += ` (on ${safeMarkdown(parentName(object), width)})`;
  if (object.destinationDatabase && object.destinationDatabase !== object.sourceDatabase) {
    label += ` → ${safeMarkdown(object.destinationDatabase, WIDTH.database)}`;
  }
  return label;
}

/** Rows copied of rows to copy, `9,993 / 9,981`, with `?` for a side DTS left out; `''` when neither is known. */
export function rowsLabel(object: Pick<ClassifiedObject, 'totalRows' | 'finishedRows'>): string {
  const done = safeMarkdown(formatThousands(object.finishedRows ?? ''), 40);
  const total = safeMarkdown(formatThousands(object.totalRows ?? ''), 40);
  if (!done && !total) return '';
  return `${done || '?'}${NBSP}/${NBSP}${total || '?'}`;
}

/**
 * The share of an unfinished data entry's rows copied, `66.6%`, rounded down and never `100%` (a
 * pending entry is not done, whatever its counts say); `''` when the counts do not tell.
 */
function percentLabel(object: Pick<ClassifiedObject, 'totalRows' | 'finishedRows'>): string {
  const { totalRows, finishedRows } = object;
  if (!totalRows || !finishedRows || !/^\d+$/.test(totalRows) || !/^\d+$/.test(finishedRows)) return '';
  const total = BigInt(totalRows);
  if (total === 0n) return '';
  const tenths = (BigInt(finishedRows) * 1000n) / total;
  const capped = tenths > 999n ? 999n : tenths;
  return `${capped / 10n}.${capped % 10n}%`;
}

/**
 * Where a pending object is, with the time it has used so far (how long a stuck table has been
 * copying is what a person judges it by): `Migrating · 66.6% · 80,000 / 120,000 · 41.5s`,
 * `Not started`, or its unknown status.
 */
export function progressLabel(object: ClassifiedObject): string {
  const time = timeLabel(object);
  if (object.state === 'unknown')
    return [`status ${safeMarkdown(object.status, WIDTH.status) || '(none)'}`, time].filter((p) => p !== '').join(' · ');
  if (object.state === 'NotStarted') return `Not${NBSP}started`;
  const rows = object.section === 'data' ? rowsLabel(object) : '';
  const percent = rows ? percentLabel(object) : '';
  return ['Migrating', percent, rows, time].filter((part) => part !== '').join(' · ');
}

/** UsedTime as DTS wrote it: `4.1s` for a plain number of seconds. */
export function timeLabel(object: ClassifiedObject): string {
  const used = (object.usedTime ?? '').trim();
  if (!used) return '';
  return /^\d+(\.\d+)?$/.test(used) && used.length <= WIDTH.time ? `${used}s` : safeMarkdown(used, WIDTH.time);
}
