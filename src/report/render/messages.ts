/**
 * Short texts for the log, the step's failure message, annotations and the `failed-objects`
 * output. Pure functions, no I/O. These are plain text (not markdown): @actions/core escapes
 * what it writes as workflow commands, so only length and line breaks matter here.
 */
import { SECTIONS, WAITED_SECTIONS, type ClassifiedObject, type Section, type Snapshot, type Verdict } from '../../core/types.js';
import { cutText, formatDuration, formatThousands, oneLine, plural } from './format.js';
import { inDisplayOrder, parentName } from './order.js';

// ---------------------------------------------------------------------------------------------
// Poll line

interface Tally {
  total: number;
  finished: number;
  failed: number;
  ignored: number;
  migrating: number;
  notStarted: number;
  unknown: number;
}

const emptyTally = (): Tally => ({ total: 0, finished: 0, failed: 0, ignored: 0, migrating: 0, notStarted: 0, unknown: 0 });

/** Jobs shown one by one in a poll line; beyond that only the ones not done are named. */
const MAX_JOBS_IN_LINE = 5;

/**
 * One log line per poll, e.g.
 * `poll 3 · dtsabc123: structure 12/12 finished, constraint 3/4 (1 failed), data 10/12 (2 migrating), incremental 12 running · 1 failed, 2 pending`.
 * With more than five jobs, only the (first five) jobs that still have pending or failed objects
 * are spelled out; the rest are counted.
 */
export function renderPollLine(snapshot: Snapshot): string {
  const tallies = new Map<string, Record<Section, Tally>>();
  const jobs: string[] = [];
  const tallyOf = (jobId: string): Record<Section, Tally> => {
    let t = tallies.get(jobId);
    if (!t) {
      t = { structure: emptyTally(), constraint: emptyTally(), data: emptyTally(), incremental: emptyTally() };
      tallies.set(jobId, t);
      jobs.push(jobId);
    }
    return t;
  };
  for (const id of snapshot.jobIds) tallyOf(id);
  for (const object of snapshot.objects) {
    const t = tallyOf(object.jobId)[object.section];
    if (!t) continue;
    t.total++;
    if (object.outcome === 'finished') t.finished++;
    else if (object.outcome === 'failed') t.failed++;
    else if (object.outcome === 'ignored') t.ignored++;
    else if (object.state === 'Migrating') t.migrating++;
    else if (object.state === 'NotStarted') t.notStarted++;
    else t.unknown++;
  }

  const describeJob = (id: string): string => {
    const t = tallyOf(id);
    const parts = SECTIONS.filter((s) => t[s].total > 0).map((s) => describeSection(s, t[s]));
    return `${oneLine(cutText(id, 64))}: ${parts.length > 0 ? parts.join(', ') : 'no objects reported yet'}`;
  };
  const settled = (id: string): boolean => {
    const t = tallyOf(id);
    const all = SECTIONS.map((s) => t[s]);
    const total = all.reduce((n, x) => n + x.total, 0);
    const open = all.reduce(
      (n, x, i) => n + x.failed + x.unknown + (WAITED_SECTIONS.has(SECTIONS[i] as Section) ? x.migrating + x.notStarted : 0),
      0
    );
    return total > 0 && open === 0;
  };

  const parts = [`poll ${snapshot.poll}`];
  if (jobs.length <= MAX_JOBS_IN_LINE) {
    parts.push(...jobs.map(describeJob));
  } else {
    const open = jobs.filter((id) => !settled(id));
    parts.push(...open.slice(0, MAX_JOBS_IN_LINE).map(describeJob));
    if (open.length > MAX_JOBS_IN_LINE) parts.push(`${plural(open.length - MAX_JOBS_IN_LINE, 'more job')} not done`);
    const done = jobs.length - open.length;
    if (done > 0) parts.push(`${plural(done, 'job')} with nothing pending or failed`);
  }

  const c = snapshot.counts;
  const overall: string[] = [];
  if (c.failed > 0) overall.push(`${formatThousands(c.failed)} failed`);
  if (c.ignored > 0) overall.push(`${formatThousands(c.ignored)} ignored`);
  overall.push(c.pending > 0 ? `${formatThousands(c.pending)} pending` : 'nothing pending');
  parts.push(overall.join(', '));
  return parts.join(' · ');
}

function describeSection(section: Section, t: Tally): string {
  const details: string[] = [];
  const add = (n: number, what: string): void => {
    if (n > 0) details.push(`${formatThousands(n)} ${what}`);
  };
  if (section === 'incremental') {
    add(t.failed, 'failed');
    add(t.ignored, 'ignored');
    add(t.notStarted, 'not started');
    add(t.unknown, 'unknown status');
    add(t.finished, 'finished');
    return `incremental ${formatThousands(t.migrating)} running${details.length > 0 ? ` (${details.join(', ')})` : ''}`;
  }
  if (t.finished === t.total) return `${section} ${formatThousands(t.finished)}/${formatThousands(t.total)} finished`;
  add(t.failed, 'failed');
  add(t.ignored, 'ignored');
  add(t.migrating, 'migrating');
  add(t.notStarted, 'not started');
  add(t.unknown, 'unknown status');
  return `${section} ${formatThousands(t.finished)}/${formatThousands(t.total)} (${details.join(', ')})`;
}

// ---------------------------------------------------------------------------------------------
// Failure message

/** Upper bound of the failure message, in characters. */
export const FAILURE_MESSAGE_MAX_CHARS = 1500;
const LISTED = 5;

/** `dtsabc/data dtstestdata.customer`, on one line and cut to `max` characters. */
function label(object: ClassifiedObject, max: number): string {
  const db = object.sourceDatabase ? `${object.sourceDatabase}.` : '';
  let text = `${object.jobId}/${object.section} ${db}${object.name}`;
  if (object.section === 'constraint' && object.parent) text += ` (on ${parentName(object)})`;
  return cutText(oneLine(text), max);
}

/**
 * The message for `setFailed`: for `failed`, how many objects failed and the first five
 * (`job/section db.name: error`); for `timeout`, how many objects are still pending and the
 * first five; otherwise the verdict's message. Never longer than 1,500 characters.
 */
export function renderFailureMessage(verdict: Verdict): string {
  const snapshot = verdict.snapshot;
  const fallback = (): string => cutText(verdict.message, FAILURE_MESSAGE_MAX_CHARS);
  if (!snapshot || (verdict.status !== 'failed' && verdict.status !== 'timeout')) return fallback();

  const failing = verdict.status === 'failed';
  const wanted = (o: ClassifiedObject): boolean => (failing ? o.outcome === 'failed' : o.outcome === 'pending');
  let count = 0;
  for (const o of snapshot.objects) if (wanted(o)) count++;
  if (count === 0) return fallback();

  const first: ClassifiedObject[] = [];
  for (const o of inDisplayOrder(snapshot.objects, snapshot.jobIds, wanted)) {
    first.push(o);
    if (first.length >= LISTED) break;
  }

  let header: string;
  if (failing) {
    header = `${plural(count, 'object')} failed in DTS initialization`;
    if (snapshot.counts.pending > 0) header += ` (and ${plural(snapshot.counts.pending, 'object')} still pending)`;
    header += ':';
  } else {
    header = `Timed out after ${formatDuration(verdict.elapsedMs)} with ${plural(count, 'object')} still pending in DTS initialization:`;
  }
  if (!failing) {
    const silent = snapshot.jobIds.filter((id) => (snapshot.byJob[id]?.counts.total ?? 0) === 0);
    if (silent.length > 0) {
      const named = silent
        .slice(0, 3)
        .map((id) => cutText(oneLine(id), 40))
        .join(', ');
      header += `\nNo objects reported yet by ${named}${silent.length > 3 ? ` and ${formatThousands(silent.length - 3)} more jobs` : ''}.`;
    }
  }
  const footer = count > first.length ? `and ${formatThousands(count - first.length)} more (see the job summary and the report file).` : '';

  // Share what is left between the listed objects, so the whole stays under the bound.
  const room = FAILURE_MESSAGE_MAX_CHARS - header.length - footer.length - 2 * first.length - 2;
  const perItem = Math.max(20, Math.floor(room / first.length));
  const items = first.map((o) => {
    const name = label(o, Math.min(120, Math.floor(perItem / 2)));
    const detail = failing ? oneLine(o.error) || `status ${oneLine(o.status)}` : pendingDetail(o);
    const rest = Math.min(200, perItem - name.length - 4);
    return `- ${name}${rest > 1 && detail ? `: ${cutText(detail, rest)}` : ''}`;
  });
  return cutText([header, ...items, ...(footer ? [footer] : [])].join('\n'), FAILURE_MESSAGE_MAX_CHARS);
}

function pendingDetail(object: ClassifiedObject): string {
  const status = oneLine(object.status) || '(no status)';
  if (object.section !== 'data') return status;
  const done = formatThousands(object.finishedRows ?? '');
  const total = formatThousands(object.totalRows ?? '');
  if (!done && !total) return status;
  return `${status}, ${oneLine(done) || '?'} / ${oneLine(total) || '?'} rows`;
}

// ---------------------------------------------------------------------------------------------
// failed-objects output

/** Bytes of the `failed-objects` output at most (a job's outputs may total 1 MB). */
export const FAILED_OBJECTS_MAX_BYTES = 80_000;
const JSON_ERROR_CHARS = 1000;
const JSON_FIELD_CHARS = 512;

/**
 * The `failed-objects` output: a JSON array of the failed (not ignored) objects, in the order
 * given, at most `limit` of them, each
 * `{"jobId","section","sourceDatabase","destinationDatabase","name","type","status","error"}`.
 * `error` is cut to 1,000 characters (other fields to 512); should the array still exceed
 * `maxBytes`, the errors are cut shorter, evenly, and as a last resort entries are dropped from
 * the end. The `failed` output and the report file carry the true count and every object.
 */
export function failedObjectsJson(objects: readonly ClassifiedObject[], limit = 100, maxBytes = FAILED_OBJECTS_MAX_BYTES): string {
  const picked: ClassifiedObject[] = [];
  for (const o of objects) {
    if (picked.length >= limit) break;
    if (o.outcome === 'failed') picked.push(o);
  }
  const entry = (o: ClassifiedObject, errorChars: number): string =>
    JSON.stringify({
      jobId: cutText(o.jobId, JSON_FIELD_CHARS),
      section: o.section,
      sourceDatabase: cutText(o.sourceDatabase, JSON_FIELD_CHARS),
      destinationDatabase: cutText(o.destinationDatabase, JSON_FIELD_CHARS),
      name: cutText(o.name, JSON_FIELD_CHARS),
      type: cutText(o.type, JSON_FIELD_CHARS),
      status: cutText(o.status, JSON_FIELD_CHARS),
      error: cutText(o.error, errorChars)
    });
  const build = (errorChars: number, count: number): string =>
    '[' +
    picked
      .slice(0, count)
      .map((o) => entry(o, errorChars))
      .join(',') +
    ']';
  const fits = (text: string): boolean => Buffer.byteLength(text, 'utf8') <= maxBytes;

  let text = build(JSON_ERROR_CHARS, picked.length);
  if (fits(text)) return text;
  // Shorter errors: the largest cap that fits (a JSON-escaped character takes at most 6 bytes).
  let low = 0;
  let high = JSON_ERROR_CHARS;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(build(mid, picked.length))) low = mid;
    else high = mid - 1;
  }
  text = build(low, picked.length);
  for (let count = picked.length; !fits(text) && count > 0; count--) text = build(low, count - 1);
  return text;
}

// ---------------------------------------------------------------------------------------------
// Annotations

const ANNOTATION_MAX_CHARS = 4000;

/**
 * Title and message of the error annotation for one failed object, e.g. title
 * `DTS data failed: dtstestdata.customer`; the message names the job, section, source and
 * destination databases, type, status and the error, and stays under 4,000 characters.
 */
export function annotationFor(object: ClassifiedObject): { title: string; message: string } {
  const db = object.sourceDatabase ? `${object.sourceDatabase}.` : '';
  const ignored = object.outcome === 'ignored' ? ' (ignored)' : '';
  const title = cutText(oneLine(`DTS ${object.section} failed${ignored}: ${db}${object.name}`), 200);

  const what = cutText(oneLine(object.type ? `${object.type} ${object.name}` : object.name), 600);
  const parent = object.section === 'constraint' && object.parent ? ` (on ${cutText(oneLine(parentName(object)), 300)})` : '';
  const first =
    `Job ${cutText(oneLine(object.jobId), 100)}, section ${object.section}: ` +
    `${cutText(oneLine(object.sourceDatabase), 200) || '?'} -> ${cutText(oneLine(object.destinationDatabase), 200) || '?'}, ` +
    `${what}${parent}, status ${cutText(oneLine(object.status), 100) || '(none)'}.`;
  const error = object.error.trim();
  const second = error ? `Error: ${cutText(error, ANNOTATION_MAX_CHARS - 1 - first.length - 8)}` : 'DTS gave no error message.';
  return { title, message: cutText(`${first}\n${second}`, ANNOTATION_MAX_CHARS - 1) };
}
