/**
 * The text of the annotations and warnings: the error of a failed object and of a failed job,
 * and the warnings of the job rules. Pure functions, no I/O; plain text (@actions/core escapes
 * what it writes as workflow commands, so only length and line breaks matter), every text from
 * DTS made safe and each message under GitHub's 4,096 characters.
 */
import type { FoundTable } from '../../core/checkTypes.js';
import type { FailedJob, JobWarning, JobWarningKind } from '../../core/jobTypes.js';
import type { ClassifiedObject, Snapshot } from '../../core/types.js';
import { refusedValue } from '../../errors.js';
import { cutText } from '../../text/cut.js';
import { safeLine } from '../../text/safe.js';
import { checkedText, reasonText, tableName } from './checkWords.js';
import { formatThousands, plural } from './format.js';
import { failedJobLine, helpText, jobList, retryPhrase, STATE_WORDS, statusWord, uncopiedWords } from './jobWords.js';
import { parentName } from './order.js';

/** The longest annotation message, a little under GitHub's cut at 4,096 characters. */
export const ANNOTATION_MAX_CHARS = 4000;

/**
 * Title and message of the error annotation for one failed object, e.g. title
 * `DTS data failed: dtstestdata.customer`; the message names the job, section, source and
 * destination databases, type, status and the error.
 */
export function objectAnnotation(object: ClassifiedObject): { title: string; message: string } {
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

/**
 * The error annotation of a job that failed as a whole: title `DTS job failed: dtsA (precheck
 * failed)`; the message has DTS's error, then each failed check with its error and how to repair it.
 */
export function failedJobAnnotation(failure: FailedJob): { title: string; message: string } {
  const title = safeLine(`DTS job failed: ${failure.jobId} (${STATE_WORDS[failure.state]})`, 200);
  const lines = [`Job ${safeLine(failure.jobId, 100)}: ${STATE_WORDS[failure.state]} (status ${statusWord(failure.status)}).`];
  if (failure.error.trim()) lines.push(`Error: ${safeLine(failure.error, 1500)}`);
  for (const item of failure.items) {
    lines.push(`Check ${safeLine(item.name, 100) || '(unnamed)'} failed: ${safeLine(item.error, 600) || 'DTS gave no error message.'}`);
    if (item.repairMethod.trim()) lines.push(`  How to repair: ${safeLine(item.repairMethod, 600)}`);
  }
  if (lines.length === 1) lines.push('DTS gave no error message.');
  const help = helpText(failure.errorDetails, 1000);
  if (help) lines.push(`${help.charAt(0).toUpperCase()}${help.slice(1)}`);
  const uncopied = uncopiedWords(failure, '');
  if (uncopied) lines.push(`${uncopied.charAt(0).toUpperCase()}${uncopied.slice(1)}.`);
  return { title, message: cutText(lines.join('\n'), ANNOTATION_MAX_CHARS - 1) };
}

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
        ? `reports the state ${refusedValue(warning.status)}, which the gate does not know`
        : 'answered without a state';
      return { title: 'Unknown DTS job state', message: `${jobs} ${what}: it has no effect on the wait.` };
    }
    case 'refused':
      return {
        title: 'DTS job state not readable',
        message:
          `Could not read the state of ${jobs.charAt(0).toLowerCase()}${jobs.slice(1)} as a whole (DescribeSynchronizationJobStatus): ` +
          `${safeLine(warning.message ?? '', 1500)}. Going on with the object lists alone: a failed precheck or job shows only through its objects, and the replication delay is not known.`
      };
    case 'ignored-failure':
      return {
        title: 'DTS job failure ignored',
        message: `${warning.failure ? failedJobLine(warning.failure, 1500) : jobs}. Every object the job lists as failed is matched by ignore, so its failure is reported as ignored and is not counted as a failure.`
      };
    case 'retrying': {
      const retry = warning.retry ?? { target: '', message: '' };
      const error = safeLine(retry.message, 1500);
      return {
        title: 'DTS retrying',
        message:
          `${jobs}: DTS is ${retryPhrase(retry)}${error ? `: ${error}` : ''}. ` + 'A job that runs out of retries fails; the wait goes on.'
      };
    }
    case 'not-configured':
      return {
        title: 'DTS job not configured',
        message: `${jobs} is not configured (NotConfigured): it will not start until its configuration is completed. The wait goes on.`
      };
    case 'check-refused':
      return {
        title: 'DTS data verification not readable',
        message:
          `Could not read the result of the full data verification of ${jobs.charAt(0).toLowerCase()}${jobs.slice(1)} ` +
          `(DescribeDataCheckTableDetails): ${safeLine(warning.message ?? '', 1500)}. Its verification is shown as not readable, ` +
          'and the objects decide (with data-check: true the run would end in error).'
      };
    case 'unknown-check-state':
      return {
        title: 'Unknown DTS data verification state',
        message:
          `The full data verification of ${jobs.charAt(0).toLowerCase()}${jobs.slice(1)} reports the state ${refusedValue(warning.status ?? '')}, ` +
          'which the gate does not know: it waits on it as on a verification still to come.'
      };
    case 'view-refused':
      return {
        title: 'DTS tasks not readable',
        message:
          `Could not read the synchronization tasks of the current API (DescribeDtsJobs): ${safeLine(warning.message ?? '', 1500)}. ` +
          'Going on with each job-id as given, as an instance ID; the state of each job as a whole, where read, comes from the ' +
          'legacy call DescribeSynchronizationJobStatus, which does not say whether DTS is retrying.'
      };
  }
}

/** What a kind of warning is about, for the line that counts those not given one by one. */
const WARNING_KIND_WORDS: Record<JobWarningKind, string> = {
  paused: 'paused job',
  'unknown-state': 'job state the gate does not know',
  refused: 'job state that could not be read',
  'ignored-failure': 'ignored job failure',
  retrying: 'retry episode',
  'not-configured': 'job not configured',
  'view-refused': 'refused job view',
  'check-refused': 'data verification that could not be read',
  'unknown-check-state': 'data verification state the gate does not know'
};

/** The one line for the warnings of a kind past the first ten: how many more there were. */
export function leftOutWarningText(kind: JobWarningKind, count: number): { title: string; message: string } {
  const what = WARNING_KIND_WORDS[kind];
  return {
    title: 'More DTS job warnings',
    message: `${plural(count, 'more warning')} of a ${what} ${count === 1 ? 'was' : 'were'} left out: the first ten of a kind are shown one by one. The job summary shows each job's state.`
  };
}

/** Unknown statuses warned about one by one; the others share one warning. */
const MAX_STATUS_WARNINGS = 10;

/** The warnings of the statuses the gate does not know: one per status, then one for the rest. */
export function unknownStatusWarnings(unknown: Snapshot['unknownStatuses']): Array<{ title: string; message: string }> {
  const warnings = unknown.slice(0, MAX_STATUS_WARNINGS).map(({ status, objects: n }) => ({
    title: 'Unknown DTS status',
    message: `${plural(n, 'object')} reported the status ${status === '' ? '(empty)' : refusedValue(status)}, which the gate does not know: counted as pending, never as done.`
  }));
  const rest = unknown.slice(MAX_STATUS_WARNINGS);
  if (rest.length > 0) {
    const objects = rest.reduce((sum, u) => sum + u.objects, 0);
    warnings.push({
      title: 'Unknown DTS statuses',
      message: `${plural(rest.length, 'more status', 'more statuses')} the gate does not know (${formatThousands(objects)} ${objects === 1 ? 'object' : 'objects'}), all counted as pending: see the job summary and the report file.`
    });
  }
  return warnings;
}
/**
 * The error annotation of a table the full data verification found differing or failed: title
 * `DTS data differs: shop.orders`; the message names the job, source and destination, the rows
 * that differ or why the check failed, and the rows checked.
 */
export function tableAnnotation(table: FoundTable): { title: string; message: string } {
  const what = table.finding === 'differs' ? 'DTS data differs' : 'DTS data verification failed';
  const ignored = table.ignored ? ' (ignored)' : '';
  const title = safeLine(`${what}${ignored}: ${table.sourceDatabase}.${table.sourceTable}`, 200);
  const checked = checkedText(table);
  const message =
    `Job ${safeLine(table.jobId, 100)}, full data verification: ${tableName(table, 1000)}: ${reasonText(table)}` +
    `${checked ? `; ${checked}` : ''}${table.bootTime ? ` (checked ${safeLine(table.bootTime, 40)})` : ''}.`;
  return { title, message: cutText(message, ANNOTATION_MAX_CHARS - 1) };
}

/** The error annotation of a full data verification that failed as a whole, with DTS's error. */
export function failedCheckAnnotation(jobId: string, error: string): { title: string; message: string } {
  const said = safeLine(error, 3000);
  return {
    title: safeLine(`DTS data verification failed: ${jobId}`, 200),
    message: cutText(
      `Job ${safeLine(jobId, 100)}: the full data verification failed. ${said ? `Error: ${said}` : 'DTS gave no error message.'}`,
      ANNOTATION_MAX_CHARS - 1
    )
  };
}
