/**
 * The objects table of the summary: one row per object, in display order.
 */
import type { ClassifiedObject } from '../../../core/types.js';
import { escapeCell } from '../escape.js';
import { formatThousands } from '../format.js';
import { parentName } from '../order.js';

/** Cell widths (characters of the escaped text). */
export const CELL = { job: 64, database: 128, name: 256, type: 64, status: 64, time: 32, error: 300 };

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

export function objectTableHeader(several: boolean): string[] {
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

export function objectRow(object: ClassifiedObject, several: boolean): string {
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
function rowsCell(object: Pick<ClassifiedObject, 'section' | 'totalRows' | 'finishedRows'>): string {
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
