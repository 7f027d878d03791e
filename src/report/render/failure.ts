/**
 * The step's failure message and the error annotation of a failed object (a failed job's is in
 * job.ts). Pure functions, no
 * I/O; plain text (@actions/core escapes what it writes as workflow commands, so only length and
 * line breaks matter here).
 */
import type { ClassifiedObject, Snapshot, Verdict } from '../../core/types.js';
import { cutText } from '../../text.js';
import { safeLine } from '../../text/safe.js';
import { formatDuration, formatThousands, plural } from './format.js';
import { delayByJob, failedJobLine, formatDelay } from './job.js';
import { inDisplayOrder, parentName } from './order.js';
import { verdictSentence } from './verdict.js';

/** Upper bound of the failure message, in characters. */
const FAILURE_MESSAGE_MAX_CHARS = 1500;
/** Objects the failure message names. */
const LISTED = 5;
const ANNOTATION_MAX_CHARS = 4000;

/** `dtsabc/data dtstestdata.customer`, on one line and cut to `max` characters. */
function label(object: ClassifiedObject, max: number): string {
  const db = object.sourceDatabase ? `${object.sourceDatabase}.` : '';
  let text = `${object.jobId}/${object.section} ${db}${object.name}`;
  if (object.section === 'constraint' && object.parent) text += ` (on ${parentName(object)})`;
  return safeLine(text, max);
}

/**
 * The message for `setFailed`: first every job that failed as a whole with its reason; for
 * `failed`, how many objects failed and the first five (`job/section db.name: error`); for
 * `timeout`, how many objects are still pending and the first five, or the delays that stayed
 * above max-delay; otherwise the verdict's sentence. Never longer than 1,500 characters.
 */
export function renderFailureMessage(verdict: Verdict): string {
  const snapshot = verdict.snapshot;
  const fallback = (): string => safeLine(verdictSentence(verdict), FAILURE_MESSAGE_MAX_CHARS);
  if (!snapshot || (verdict.status !== 'failed' && verdict.status !== 'timeout')) return fallback();

  const jobs = failedJobsBlock(verdict);
  const objects = objectsBlock(verdict, snapshot, FAILURE_MESSAGE_MAX_CHARS - (jobs ? jobs.length + 1 : 0));
  if (!jobs && !objects) return fallback();
  return cutText([jobs, objects].filter((block) => block !== '').join('\n'), FAILURE_MESSAGE_MAX_CHARS);
}

/** The jobs that failed as a whole, each on a line with its reason; `''` when none did. */
function failedJobsBlock(verdict: Verdict): string {
  const failed = verdict.snapshot?.jobJudgement.failed ?? [];
  if (verdict.status !== 'failed' || failed.length === 0) return '';
  // Each job line gets a fair share, so that the objects after them keep some room too.
  const perJob = Math.min(600, Math.floor(FAILURE_MESSAGE_MAX_CHARS / (Math.min(failed.length, LISTED) + 1)));
  const lines = failed.slice(0, LISTED).map((f) => `- ${failedJobLine(f, perJob - 2)}`);
  if (failed.length > LISTED) lines.push(`and ${plural(failed.length - LISTED, 'more job')} (see the job summary).`);
  const header =
    failed.length === 1
      ? `DTS job ${safeLine(failed[0]!.jobId, 64)} failed as a whole:`
      : `${plural(failed.length, 'DTS job')} failed as a whole:`;
  return [header, ...lines].join('\n');
}

function objectsBlock(verdict: Verdict, snapshot: Snapshot, maxChars: number): string {
  const failing = verdict.status === 'failed';
  if (!failing && verdict.decidedBy === 'delay') {
    const { delay } = snapshot.jobJudgement;
    const limit = delay.maxDelayMs !== undefined ? formatDelay(delay.maxDelayMs) : '?';
    return cutText(
      `Timed out after ${formatDuration(verdict.elapsedMs)}: the replication delay did not come down to max-delay ${limit}: ${delayByJob(delay)}.`,
      maxChars
    );
  }
  const count = failing ? snapshot.counts.failed : snapshot.counts.pending;
  if (count === 0) return '';
  const wanted = (o: ClassifiedObject): boolean => (failing ? o.outcome === 'failed' : o.outcome === 'pending');
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
    const silent = snapshot.silentJobs;
    if (silent.length > 0) {
      const named = silent
        .slice(0, 3)
        .map((id) => safeLine(id, 40))
        .join(', ');
      header += `\nNo objects reported yet by ${named}${silent.length > 3 ? ` and ${formatThousands(silent.length - 3)} more jobs` : ''}.`;
    }
  }
  const footer = count > first.length ? `and ${formatThousands(count - first.length)} more (see the job summary and the report file).` : '';

  // Share what is left between the listed objects, so the whole stays under the bound.
  const room = maxChars - header.length - footer.length - 2 * first.length - 2;
  const perItem = Math.max(20, Math.floor(room / first.length));
  const items = first.map((o) => {
    const name = label(o, Math.min(120, Math.floor(perItem / 2)));
    const rest = Math.min(200, perItem - name.length - 4);
    const detail = rest <= 1 ? '' : failing ? safeLine(o.error, rest) || `status ${safeLine(o.status, rest - 7)}` : pendingDetail(o, rest);
    return `- ${name}${detail ? `: ${detail}` : ''}`;
  });
  return cutText([header, ...items, ...(footer ? [footer] : [])].join('\n'), maxChars);
}

function pendingDetail(object: ClassifiedObject, max: number): string {
  const status = safeLine(object.status, 100) || '(no status)';
  const done = formatThousands(object.finishedRows ?? '');
  const total = formatThousands(object.totalRows ?? '');
  if (object.section !== 'data' || (!done && !total)) return cutText(status, max);
  return cutText(`${status}, ${safeLine(done, 40) || '?'} / ${safeLine(total, 40) || '?'} rows`, max);
}

/**
 * Title and message of the error annotation for one failed object, e.g. title
 * `DTS data failed: dtstestdata.customer`; the message names the job, section, source and
 * destination databases, type, status and the error, and stays under 4,000 characters.
 */
export function annotationFor(object: ClassifiedObject): { title: string; message: string } {
  const db = object.sourceDatabase ? `${object.sourceDatabase}.` : '';
  const ignored = object.outcome === 'ignored' ? ' (ignored)' : '';
  const title = safeLine(`DTS ${object.section} failed${ignored}: ${db}${object.name}`, 200);

  const what = safeLine(object.type ? `${object.type} ${object.name}` : object.name, 600);
  const parent = object.section === 'constraint' && object.parent ? ` (on ${safeLine(parentName(object), 300)})` : '';
  const first =
    `Job ${safeLine(object.jobId, 100)}, section ${object.section}: ` +
    `${safeLine(object.sourceDatabase, 200) || '?'} -> ${safeLine(object.destinationDatabase, 200) || '?'}, ` +
    `${what}${parent}, status ${safeLine(object.status, 100) || '(none)'}.`;
  const error = safeLine(object.error, ANNOTATION_MAX_CHARS - 1 - first.length - 8);
  const second = error ? `Error: ${error}` : 'DTS gave no error message.';
  return { title, message: cutText(`${first}\n${second}`, ANNOTATION_MAX_CHARS - 1) };
}
