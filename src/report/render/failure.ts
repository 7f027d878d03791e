/**
 * The step's failure message. Pure functions, no I/O; plain text (@actions/core escapes what it
 * writes as workflow commands, so only length and line breaks matter here).
 */
import type { ClassifiedObject, Snapshot, Verdict } from '../../core/types.js';
import { cutText } from '../../text/cut.js';
import { safeLine } from '../../text/safe.js';
import { formatDelay, formatDuration, formatThousands, plural } from './format.js';
import { checkFailureBlock } from './checkWords.js';
import { delayByJob, failedJobLine } from './jobWords.js';
import { inDisplayOrder, parentName } from './order.js';
import { verdictSentence } from './verdict.js';

/** Upper bound of the failure message, in characters. */
const FAILURE_MESSAGE_MAX_CHARS = 1500;
/** Objects (and jobs) the failure message spells out. */
const LISTED = 5;

/** `dtsabc/data dtstestdata.customer`, on one line and cut to `max` characters. */
function label(object: ClassifiedObject, max: number): string {
  const db = object.sourceDatabase ? `${object.sourceDatabase}.` : '';
  let text = `${object.jobId}/${object.section} ${db}${object.name}`;
  if (object.section === 'constraint' && object.parent) text += ` (on ${parentName(object)})`;
  return safeLine(text, max);
}

/**
 * The message for `setFailed`: first every job that failed as a whole with its reason (and what
 * it left uncopied); for `failed`, how many objects failed and the first five (`job/section
 * db.name: error`); for `timeout`, how many objects are still pending and the first five, the
 * jobs that reported nothing yet, and the delays that stayed above max-delay; otherwise the
 * verdict's sentence. Never longer than 1,500 characters.
 */
export function renderFailureMessage(verdict: Verdict): string {
  const snapshot = verdict.snapshot;
  const fallback = (): string => safeLine(verdictSentence(verdict), FAILURE_MESSAGE_MAX_CHARS);
  if (!snapshot || (verdict.status !== 'failed' && verdict.status !== 'timeout')) return fallback();

  const blocks: string[] = [];
  const room = (): number => FAILURE_MESSAGE_MAX_CHARS - blocks.reduce((n, b) => n + b.length + 1, 0);
  const add = (block: string): void => {
    if (block) blocks.push(cutText(block, Math.max(0, room())));
  };
  add(failedJobsBlock(verdict));
  // The verification's tables after the failed jobs, with room for the objects after them.
  add(checkFailureBlock(verdict, Math.floor(room() / 2)));
  if (verdict.status === 'failed') {
    add(
      objectsList(
        snapshot,
        'failed',
        `${plural(snapshot.counts.failed, 'object')} failed in DTS initialization${stillPending(snapshot)}:`,
        room()
      )
    );
    add(uncopiedBlock(snapshot, room()));
  } else {
    add(timeoutBlock(verdict, snapshot, room()));
  }
  if (blocks.length === 0) return fallback();
  return cutText(blocks.join('\n'), FAILURE_MESSAGE_MAX_CHARS);
}

function stillPending(snapshot: Snapshot): string {
  return snapshot.counts.pending > 0 ? ` (and ${plural(snapshot.counts.pending, 'object')} still pending)` : '';
}

/** The jobs that failed as a whole, each on a line with its reason (the first five), then every other by name; `''` when none did. */
function failedJobsBlock(verdict: Verdict): string {
  const failed = verdict.snapshot?.jobJudgement.failed ?? [];
  if (verdict.status !== 'failed' || failed.length === 0) return '';
  // Each job line gets a fair share, so that the objects after them keep some room too.
  const perJob = Math.min(600, Math.floor(FAILURE_MESSAGE_MAX_CHARS / (Math.min(failed.length, LISTED) + 2)));
  const lines = failed.slice(0, LISTED).map((f) => `- ${failedJobLine(f, perJob - 2)}`);
  const others = failed.slice(LISTED);
  if (others.length > 0) lines.push(`- and ${plural(others.length, 'more job')}: ${others.map((f) => safeLine(f.jobId, 64)).join(', ')}`);
  const header =
    failed.length === 1
      ? `DTS job ${safeLine(failed[0]!.jobId, 64)} failed as a whole:`
      : `${plural(failed.length, 'DTS job')} failed as a whole:`;
  return [header, ...lines].join('\n');
}

/** The objects a failed job left uncopied: it moves no more, so they never will be. */
function uncopiedBlock(snapshot: Snapshot, maxChars: number): string {
  const dead = new Set(snapshot.jobJudgement.failed.filter((f) => (f.uncopied ?? 0) > 0).map((f) => f.jobId));
  if (dead.size === 0) return '';
  const count = snapshot.jobJudgement.failed.reduce((n, f) => n + (dead.has(f.jobId) ? (f.uncopied ?? 0) : 0), 0);
  const header = `${plural(count, 'object')} left uncopied by the failed ${dead.size === 1 ? 'job' : 'jobs'}:`;
  return objectsList(snapshot, (o) => o.outcome === 'pending' && dead.has(o.jobId), header, maxChars, count);
}

/** Why the deadline came: the objects still pending, the jobs that reported nothing, the delay. */
function timeoutBlock(verdict: Verdict, snapshot: Snapshot, maxChars: number): string {
  const after = `Timed out after ${formatDuration(verdict.elapsedMs)}`;
  const { delay } = snapshot.jobJudgement;
  const delayLine =
    delay.required && !delay.holds
      ? `The replication delay did not come down to max-delay ${delay.maxDelayMs !== undefined ? formatDelay(delay.maxDelayMs) : '?'}: ${delayByJob(delay)}.`
      : '';
  const silent = snapshot.silentJobs;
  const silentLine =
    silent.length > 0
      ? `No objects reported yet by ${silent
          .slice(0, 3)
          .map((id) => safeLine(id, 40))
          .join(', ')}${silent.length > 3 ? ` and ${formatThousands(silent.length - 3)} more jobs` : ''}.`
      : '';
  const pending = snapshot.counts.pending;
  const lines: string[] = [];
  if (pending > 0) {
    const tail = [silentLine, delayLine].filter((l) => l !== '').join('\n');
    const list = objectsList(
      snapshot,
      'pending',
      `${after} with ${plural(pending, 'object')} still pending in DTS initialization:`,
      maxChars - tail.length - 1
    );
    lines.push(list, tail);
  } else if (silentLine && delayLine) {
    lines.push(`${after}:`, silentLine, delayLine);
  } else if (silentLine || delayLine) {
    const line = silentLine || delayLine;
    lines.push(`${after}: ${line.charAt(0).toLowerCase()}${line.slice(1)}`);
  } else {
    return '';
  }
  return cutText(lines.filter((l) => l !== '').join('\n'), maxChars);
}

/**
 * A header and the first five objects `wanted` (an outcome, or a test) in display order, each with
 * its error (failed) or where it stands (pending), and how many more there are of `count`.
 */
function objectsList(
  snapshot: Snapshot,
  wanted: 'failed' | 'pending' | ((o: ClassifiedObject) => boolean),
  header: string,
  maxChars: number,
  count = typeof wanted === 'string' ? snapshot.counts[wanted] : 0
): string {
  if (count === 0) return '';
  const include = typeof wanted === 'string' ? (o: ClassifiedObject) => o.outcome === wanted : wanted;
  const first: ClassifiedObject[] = [];
  for (const o of inDisplayOrder(snapshot.objects, snapshot.jobIds, include)) {
    first.push(o);
    if (first.length >= LISTED) break;
  }
  const footer = count > first.length ? `and ${formatThousands(count - first.length)} more (see the job summary and the report file).` : '';
  // Share what is left between the listed objects, so the whole stays under the bound.
  const room = maxChars - header.length - footer.length - 2 * first.length - 2;
  const perItem = Math.max(20, Math.floor(room / Math.max(1, first.length)));
  const items = first.map((o) => {
    const name = label(o, Math.min(120, Math.floor(perItem / 2)));
    const rest = Math.min(200, perItem - name.length - 4);
    const failed = o.outcome === 'failed';
    const detail = rest <= 1 ? '' : failed ? safeLine(o.error, rest) || `status ${safeLine(o.status, rest - 7)}` : pendingDetail(o, rest);
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
