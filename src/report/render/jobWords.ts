/**
 * What the log, the summary, the warnings and the failure message call the job as a whole: its
 * states, its delay against `max-delay`, and a failed job in one line. Pure functions, no I/O;
 * plain text, every text from DTS made safe; the core has judged, these only say it.
 */
import type {
  DelayCheck,
  DelayStanding,
  ErrorDetail,
  FailedJob,
  JobIdentity,
  JobState,
  PrecheckItem,
  RetryState
} from '../../core/jobTypes.js';
import { cutText } from '../../text/cut.js';
import { safeLine } from '../../text/safe.js';
import { formatDelay, formatDuration, formatThousands, plural } from './format.js';

/** What each job state reads as in the poll line and the summary. */
export const STATE_WORDS: Record<JobState, string> = {
  NotStarted: 'not started',
  Prechecking: 'prechecking',
  PrecheckFailed: 'precheck failed',
  Initializing: 'initializing',
  InitializeFailed: 'initialization failed',
  Synchronizing: 'synchronizing',
  Failed: 'failed',
  Suspending: 'paused',
  Modifying: 'modifying objects',
  Finished: 'finished',
  PreCheckPass: 'precheck passed',
  Retrying: 'retrying',
  ModifyFailed: 'modifying objects failed',
  NotConfigured: 'not configured',
  unknown: 'unknown state'
};

/**
 * What DTS retries and how far it is, as plain text made safe: `retrying destDB (retry 3, 3m 00s
 * of at most 12h 00m 00s)`; the parts DTS did not say are left out.
 */
export function retryPhrase(retry: RetryState): string {
  const figures: string[] = [];
  if (retry.count !== undefined) figures.push(`retry ${formatThousands(retry.count)}`);
  if (retry.seconds !== undefined) {
    const of = retry.maxSeconds !== undefined ? ` of at most ${formatDuration(retry.maxSeconds * 1000)}` : '';
    figures.push(`${formatDuration(retry.seconds * 1000)}${of}`);
  }
  const target = safeLine(retry.target, 40) || 'a connection';
  return `retrying ${target}${figures.length > 0 ? ` (${figures.join(', ')})` : ''}`;
}

/** `DTS-31009: https://help...`, the codes of an error with their help pages, in the log's words; `''` when none. */
export function helpText(details: readonly ErrorDetail[] | undefined, maxChars = 600): string {
  const parts = (details ?? [])
    .filter((d) => d.helpUrl !== '' || d.code !== '')
    .slice(0, 3)
    .map((d) => [safeLine(d.code, 40), safeLine(d.helpUrl, 300)].filter((t) => t !== '').join(': '));
  return parts.length > 0 ? cutText(`help: ${parts.join('; ')}`, maxChars) : '';
}

/**
 * The other ID of a job, for beside the ID as written: `instance dtsA` for a task ID, `task abc`
 * for an instance ID; `''` when the look-up did not list it.
 */
export function otherIdText(identity: JobIdentity | undefined): string {
  if (!identity?.listed || identity.taskId === undefined) return '';
  return identity.id === identity.taskId ? `instance ${identity.instanceId}` : `task ${identity.taskId}`;
}

/** A status from DTS as the log shows it: one safe line of at most 40 characters. */
export function statusWord(status: string): string {
  return safeLine(status, 40) || '(none)';
}

/** What a job's delay standing reads as after its delay. */
export const STANDING_WORDS: Record<DelayStanding, string> = {
  low: '',
  'too-high': 'above the limit',
  unknown: 'not known',
  'not-replicating': 'not replicating yet',
  'not-read': 'not read'
};

/** Up to five job ids, then how many more. */
export function jobList(ids: readonly string[]): string {
  const named = ids.slice(0, 5).map((id) => safeLine(id, 64));
  return `${named.join(', ')}${ids.length > 5 ? ` and ${plural(ids.length - 5, 'more job')}` : ''}`;
}

/** Per job, e.g. `dtsA 42s (above the limit)`, `dtsB not known`. */
export function delayByJob(check: DelayCheck): string {
  return check.jobs
    .map((j) => {
      const delay = j.delayMs === undefined ? '' : formatDelay(j.delayMs);
      const standing = STANDING_WORDS[j.standing];
      return `${safeLine(j.jobId, 64)} ${delay && standing ? `${delay} (${standing})` : delay || standing}`;
    })
    .join(', ');
}

/** For the summary's notes when the delay kept the run from finishing: the delays and the limit. */
export function delayNote(check: DelayCheck): string {
  if (!check.required || check.holds || check.maxDelayMs === undefined) return '';
  return `The replication delay did not come down to max-delay ${formatDelay(check.maxDelayMs)}: ${delayByJob(check)}.`;
}

/** The `error` sentence when `max-delay` needs a job state that could not be read. */
export function unreadableText(unreadable: ReadonlyArray<{ jobId: string; message: string }>): string {
  const first = unreadable[0];
  if (!first) return '';
  return (
    `max-delay needs the replication delay of every job, but the state of ${unreadable.length > 1 ? 'jobs' : 'job'} ` +
    `${jobList(unreadable.map((u) => u.jobId))} could not be read: ${safeLine(first.message, 1000)}`
  );
}

function itemText(item: PrecheckItem, max: number): string {
  const error = safeLine(item.error, Math.floor(max / 2)) || 'failed';
  const repair = safeLine(item.repairMethod, Math.floor(max / 2));
  return `${safeLine(item.name, 80) || '(unnamed check)'}: ${error}${repair ? ` (repair: ${repair})` : ''}`;
}

/**
 * One line for the failure message: `job dtsA: precheck failed: CHECK_X: error (repair: how);
 * CHECK_Y: ...` or `job dtsB: initialization failed: <ErrorMessage>`; at most `maxChars`.
 */
export function failedJobLine(failure: FailedJob, maxChars = 600): string {
  const head = `job ${safeLine(failure.jobId, 64)}: ${STATE_WORDS[failure.state]}`;
  const error = safeLine(failure.error, 300);
  const items = failure.items.slice(0, 5).map((item) => itemText(item, 240));
  const more = failure.items.length > 5 ? [`and ${plural(failure.items.length - 5, 'more failed check')}`] : [];
  const reason = [error, [...items, ...more].join('; ')].filter((t) => t !== '').join('; failed checks: ');
  const help = helpText(failure.errorDetails, 300);
  return cutText(
    `${head}${reason ? `: ${reason}` : ' (DTS gave no reason)'}${help ? ` (${help})` : ''}${uncopiedWords(failure, '; ')}`,
    maxChars
  );
}

/** `; it left 3 objects uncopied`, for a failed job that did; `''` for one that did not. */
export function uncopiedWords(failure: FailedJob, lead: string): string {
  const n = failure.uncopied ?? 0;
  return n > 0 ? `${lead}it left ${plural(n, 'object')} uncopied (a failed job moves no more)` : '';
}
