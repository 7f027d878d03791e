/**
 * What the log line, the summary, the outputs, the warnings and the failure message say of the
 * job as a whole, its progress and its replication delay. Pure functions, no I/O; the core has
 * counted and judged, these only format.
 *
 * Plain text here goes to `core.info` (the poll line), where the runner would read `##[` or a
 * leading `::` as a command, and to annotations and `setFailed`, which @actions/core escapes. So
 * the poll line carries no text from DTS but a status cut down to letters, digits and `_ . -`;
 * errors, item names and repair methods go only into annotations, warnings and the failure
 * message (one line each, cut) and into the summary (escaped for markdown).
 */
import type { JobState, PrecheckItem } from '../../core/job.js';
import type { DelayCheck, DelayStanding, FailedJob, JobReading, JobWarning } from '../../core/jobRules.js';
import type { Progress } from '../../core/progress.js';
import { refusedValue } from '../../errors.js';
import { cutText } from '../../text.js';
import { safeLine } from '../../text/safe.js';
import { formatDuration, formatThousands, plural } from './format.js';

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
  unknown: 'unknown state'
};

/** A status from DTS as the log shows it: one safe line of at most 40 characters. */
export function statusWord(status: string): string {
  return safeLine(status, 40) || '(none)';
}

/** `850ms`, `4.6s`, `5.04s` (to the millisecond near any limit), `42s`, `2m 05s`. */
export function formatDelay(ms: number): string {
  const whole = Math.round(ms);
  if (whole < 1000) return `${whole}ms`;
  if (whole < 60_000) return `${whole / 1000}s`;
  return formatDuration(whole);
}

/** `12,345 rows/s`, `3.5 rows/s`. */
export function formatRate(rowsPerSecond: number): string {
  const shown = rowsPerSecond >= 10 ? formatThousands(Math.round(rowsPerSecond)) : String(Math.round(rowsPerSecond * 10) / 10);
  return `${shown} rows/s`;
}

/** The percentage as the `progress` output writes it: `42`, `42.5`, `100`. */
export function formatPercent(percent: number): string {
  return String(Math.floor(percent * 10) / 10);
}

/**
 * The job's part of the poll line, e.g. `job precheck 45%`, `job paused`, `job synchronizing,
 * delay 1.2s`, `job state not readable`; `''` when it was not asked.
 */
export function jobPollPart(reading: JobReading | undefined): string {
  if (reading === undefined || reading.kind === 'not-asked') return '';
  if (reading.kind === 'refused') return 'job state not readable';
  const { job } = reading;
  const parts: string[] = [];
  if (job.state === 'Prechecking' && job.precheck?.percent !== undefined) parts.push(`precheck ${formatPercent(job.precheck.percent)}%`);
  else if (job.state === 'unknown') parts.push(`unknown state ${statusWord(job.status)}`);
  else parts.push(STATE_WORDS[job.state]);
  if (job.delayMs !== undefined) parts.push(`delay ${formatDelay(job.delayMs)}`);
  return `job ${parts.join(', ')}`;
}

/**
 * The progress part of the poll line, e.g. `rows 1,234,567 of 2,000,000 (61.7%), 12,345 rows/s,
 * about 1m 02s left`; `''` when there are no data entries.
 */
export function progressPart(progress: Progress, rate: number | undefined, eta: number | undefined): string {
  if (progress.percent === undefined) return '';
  const parts = [
    `rows ${formatThousands(progress.copiedRows)} of ${formatThousands(progress.totalRows)} (${formatPercent(progress.percent)}%)`
  ];
  // Once every entry is Finished the copy is over: its rate is history.
  if (rate !== undefined && progress.percent < 100) parts.push(formatRate(rate));
  if (eta !== undefined) parts.push(`about ${formatDuration(eta * 1000)} left`);
  return parts.join(', ');
}

// ---------------------------------------------------------------------------------------------
// Outputs

/** `job-status`: `{"<job id>": "<Status as DTS wrote it>"}`, `""` for a job whose state was not read. */
export function jobStatusOutput(jobIds: readonly string[], readings: Readonly<Record<string, JobReading | undefined>>): string {
  const out: Record<string, string> = {};
  for (const id of jobIds) {
    const reading = readings[id];
    out[id] = reading?.kind === 'read' ? cutText(reading.job.status, 200) : '';
  }
  return JSON.stringify(out);
}

/** `delay-seconds`: the largest delay over the jobs in seconds (`0`, `1.5`, `120`); `''` when not known. */
export function delaySecondsOutput(check: DelayCheck): string {
  return check.largestMs === undefined ? '' : String(check.largestMs / 1000);
}

/** `progress`: `''` when there are no data entries. */
export function progressOutput(progress: Progress): string {
  return progress.percent === undefined ? '' : formatPercent(progress.percent);
}

/** `eta-seconds`: `''` when it cannot be estimated or nothing is left. */
export function etaOutput(eta: number | undefined): string {
  return eta === undefined ? '' : String(eta);
}

// ---------------------------------------------------------------------------------------------
// Failures, warnings and notes (plain text)

const plain = (text: string, max: number): string => safeLine(text, max);

function itemText(item: PrecheckItem, max: number): string {
  const error = plain(item.error, Math.floor(max / 2)) || 'failed';
  const repair = plain(item.repairMethod, Math.floor(max / 2));
  return `${plain(item.name, 80) || '(unnamed check)'}: ${error}${repair ? ` (repair: ${repair})` : ''}`;
}

/**
 * One line for the failure message: `job dtsA: precheck failed: CHECK_X: error (repair: how);
 * CHECK_Y: ...` or `job dtsB: initialization failed: <ErrorMessage>`; at most `maxChars`.
 */
export function failedJobLine(failure: FailedJob, maxChars = 600): string {
  const head = `job ${plain(failure.jobId, 64)}: ${STATE_WORDS[failure.state]}`;
  const error = plain(failure.error, 300);
  const items = failure.items.slice(0, 5).map((item) => itemText(item, 240));
  const more = failure.items.length > 5 ? [`and ${plural(failure.items.length - 5, 'more failed check')}`] : [];
  const reason = [error, [...items, ...more].join('; ')].filter((t) => t !== '').join('; failed checks: ');
  return cutText(`${head}${reason ? `: ${reason}` : ' (DTS gave no reason)'}`, maxChars);
}

const ANNOTATION_MAX_CHARS = 4000;

/**
 * The error annotation of a job that failed as a whole: title `DTS job failed: dtsA (precheck
 * failed)`; the message has DTS's error, then each failed check with its error and how to repair it.
 */
export function failedJobAnnotation(failure: FailedJob): { title: string; message: string } {
  const title = safeLine(`DTS job failed: ${failure.jobId} (${STATE_WORDS[failure.state]})`, 200);
  const lines = [`Job ${plain(failure.jobId, 100)}: ${STATE_WORDS[failure.state]} (status ${statusWord(failure.status)}).`];
  if (failure.error.trim()) lines.push(`Error: ${plain(failure.error, 1500)}`);
  for (const item of failure.items) {
    lines.push(`Check ${plain(item.name, 100) || '(unnamed)'} failed: ${plain(item.error, 600) || 'DTS gave no error message.'}`);
    if (item.repairMethod.trim()) lines.push(`  How to repair: ${plain(item.repairMethod, 600)}`);
  }
  if (lines.length === 1) lines.push('DTS gave no error message.');
  return { title, message: cutText(lines.join('\n'), ANNOTATION_MAX_CHARS - 1) };
}

const jobList = (ids: readonly string[]): string => {
  const named = ids.slice(0, 5).map((id) => plain(id, 64));
  return `${named.join(', ')}${ids.length > 5 ? ` and ${plural(ids.length - 5, 'more job')}` : ''}`;
};

/** The text of a warning of the job rules (for `core.warning`), and its title. */
export function jobWarningText(warning: JobWarning): { title: string; message: string } {
  const jobs = `${warning.jobIds.length > 1 ? 'Jobs' : 'Job'} ${jobList(warning.jobIds)}`;
  switch (warning.kind) {
    case 'paused':
      return {
        title: 'DTS job paused',
        message: `${jobs} is paused (Suspending): it will not move until it is resumed. The wait goes on.`
      };
    case 'unknown-state': {
      const what = warning.status
        ? `reports the state ${refusedValue(warning.status)}, which this action does not know`
        : 'answered without a state';
      return { title: 'Unknown DTS job state', message: `${jobs} ${what}: it has no effect on the wait.` };
    }
    case 'refused':
      return {
        title: 'DTS job state not readable',
        message:
          `Could not read the state of ${jobs.charAt(0).toLowerCase()}${jobs.slice(1)} as a whole (DescribeSynchronizationJobStatus): ` +
          `${plain(warning.message ?? '', 1500)}. Going on with the object lists alone: a failed precheck or job shows only through its objects, and the replication delay is not known.`
      };
    case 'ignored-failure':
      return {
        title: 'DTS job failure ignored',
        message: `${warning.failure ? failedJobLine(warning.failure, 1500) : jobs}. Every object the job lists as failed is matched by ignore, so its failure is reported as ignored and does not fail the step.`
      };
  }
}

/** The `error` sentence when `max-delay` needs a job state that could not be read. */
export function unreadableText(unreadable: ReadonlyArray<{ jobId: string; message: string }>): string {
  const first = unreadable[0];
  if (!first) return '';
  return (
    `max-delay needs the replication delay of every job, but the state of ${unreadable.length > 1 ? 'jobs' : 'job'} ` +
    `${jobList(unreadable.map((u) => u.jobId))} could not be read: ${plain(first.message, 1000)}`
  );
}

/** What a job's delay standing reads as after its delay. */
export const STANDING_WORDS: Record<DelayStanding, string> = {
  low: '',
  'too-high': 'above the limit',
  unknown: 'not known',
  'not-replicating': 'not replicating',
  'not-read': 'not read'
};

/** Per job, e.g. `dtsA 42s (above the limit)`, `dtsB not known`. */
export function delayByJob(check: DelayCheck): string {
  return check.jobs
    .map((j) => {
      const delay = j.delayMs === undefined ? '' : formatDelay(j.delayMs);
      const standing = STANDING_WORDS[j.standing];
      return `${plain(j.jobId, 64)} ${delay && standing ? `${delay} (${standing})` : delay || standing}`;
    })
    .join(', ');
}

/** For the summary's notes when the delay kept the run from finishing: the delays and the limit. */
export function delayNote(check: DelayCheck): string {
  if (!check.required || check.holds || check.maxDelayMs === undefined) return '';
  return `The replication delay did not come down to max-delay ${formatDelay(check.maxDelayMs)}: ${delayByJob(check)}.`;
}
