/**
 * The tables of objects not failed: what is still pending (migrating first, with rows and
 * percentage), and, folded, the incremental entries running and the finished objects. Few and
 * short columns, so that a table fits GitHub's content box.
 */
import type { ClassifiedObject } from '../../../core/types.js';
import { safeMarkdown } from '../../../text/safe.js';
import { formatThousands, plural } from '../format.js';
import { objectLabel, progressLabel, rowsLabel, timeLabel, WIDTH } from './cells.js';

export type TableKind = 'pending' | 'running' | 'finished';

interface Column {
  title: string;
  align: ':--' | '--:';
  cell(object: ClassifiedObject): string;
}

const OBJECT: Column = { title: 'Object', align: ':--', cell: (o) => objectLabel(o) };
const SECTION: Column = { title: 'Section', align: ':--', cell: (o) => o.section };
const JOB: Column = { title: 'Job', align: ':--', cell: (o) => safeMarkdown(o.jobId, WIDTH.job) };

const COLUMNS: Record<TableKind, Column[]> = {
  pending: [OBJECT, SECTION, { title: 'Progress', align: ':--', cell: progressLabel }],
  running: [OBJECT, { title: 'Status', align: ':--', cell: (o) => (o.state === 'NotStarted' ? 'Not&nbsp;started' : 'Running') }],
  finished: [
    OBJECT,
    SECTION,
    { title: 'Rows', align: '--:', cell: (o) => (o.section === 'data' ? rowsLabel(o) : '') },
    { title: 'Time', align: '--:', cell: timeLabel }
  ]
};

function columnsOf(kind: TableKind, several: boolean): Column[] {
  return several ? [...COLUMNS[kind], JOB] : COLUMNS[kind];
}

export function tableHeader(kind: TableKind, several: boolean): string[] {
  const columns = columnsOf(kind, several);
  return [`| ${columns.map((c) => c.title).join(' | ')} |`, `| ${columns.map((c) => c.align).join(' | ')} |`];
}

export function tableRow(kind: TableKind, object: ClassifiedObject, several: boolean): string {
  return `| ${columnsOf(kind, several)
    .map((c) => c.cell(object))
    .join(' | ')} |`;
}

/** The lines around a table: a heading for what is pending, a fold for the rest (open it to see the rows). */
export function tableFrame(kind: TableKind, count: number): { before: string[]; after: string[] } {
  if (kind === 'pending') return { before: ['', `### Still pending (${formatThousands(count)})`, ''], after: [] };
  const title =
    kind === 'running'
      ? `🔁 ${plural(count, 'incremental entry', 'incremental entries')} running`
      : `✅ ${plural(count, 'object')} finished`;
  return { before: ['', '<details>', `<summary>${title}</summary>`, ''], after: ['', '</details>'] };
}
