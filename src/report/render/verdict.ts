/**
 * The verdict in words: the one sentence that says how the run ended, and the notes that say
 * why it could not end otherwise. Pure functions, no I/O; plain text, free of secrets.
 */
import type { FailedJob } from '../../core/jobRules.js';
import type { Verdict } from '../../core/types.js';
import { CredentialsError, InputError, DtsApiError, type RunError } from '../../errors.js';
import { CODE_CHARS } from '../../dts/apiErrors.js';
import { safeLine } from '../../text/safe.js';
import { plural } from './format.js';
import { delayNote, formatDelay, STATE_WORDS, unreadableText } from './job.js';

/** Why the run ended in `error`. Refused inputs and missing credentials say it in their own words. */
function errorSentence(error: RunError): string {
  if (error instanceof InputError || error instanceof CredentialsError) return error.message;
  if (error instanceof DtsApiError) return `DTS could not be read: ${error.describe()}`;
  return error.message;
}

/** `job dtsA failed as a whole (precheck failed)`, or `2 jobs failed as a whole`. */
function failedJobsPhrase(failed: readonly FailedJob[]): string {
  const [first] = failed;
  if (failed.length === 1 && first) return `job ${safeLine(first.jobId, 64)} failed as a whole (${STATE_WORDS[first.state]})`;
  return `${plural(failed.length, 'job')} failed as a whole`;
}

/** One sentence for the log, the summary and the step's failure message. */
export function verdictSentence(verdict: Verdict): string {
  const snapshot = verdict.snapshot;
  const counts = snapshot?.counts;
  const delay = snapshot?.jobJudgement.delay;
  switch (verdict.status) {
    case 'finished': {
      const running = counts && counts.running > 0 ? `; ${plural(counts.running, 'incremental entry', 'incremental entries')} running` : '';
      const ignored = counts && counts.ignored > 0 ? `; ${counts.ignored} ignored failed` : '';
      // Said where a cutover script's log shows it: the delay the gate let through.
      const lag = delay?.required && delay.largestMs !== undefined ? `; replication delay ${formatDelay(delay.largestMs)}` : '';
      return `Initial synchronization finished: ${plural(counts?.finished ?? 0, 'object')} finished${ignored}${running}${lag}.`;
    }
    case 'failed': {
      const failedJobs = snapshot?.jobJudgement.failed ?? [];
      const objects = counts && counts.failed > 0 ? `${plural(counts.failed, 'object')} failed` : '';
      if (failedJobs.length === 0) return `Initial synchronization failed: ${plural(counts?.failed ?? 0, 'object')} failed.`;
      return `Initial synchronization failed: ${failedJobsPhrase(failedJobs)}${objects ? `; ${objects}` : ''}.`;
    }
    case 'timeout':
      if (verdict.decidedBy === 'delay' && delay?.maxDelayMs !== undefined) {
        return `Timed out waiting for the replication delay to come down to max-delay ${formatDelay(delay.maxDelayMs)}.`;
      }
      return `Timed out with ${plural(counts?.pending ?? 0, 'object')} still pending.`;
    case 'cancelled':
      return 'The run was cancelled while waiting; this is what the last complete poll saw.';
    case 'error':
      if (verdict.error) return errorSentence(verdict.error);
      if (verdict.decidedBy === 'job-unreadable' && snapshot) return unreadableText(snapshot.jobJudgement.unreadable);
      return 'The run ended in an error that has no description.';
  }
}

/** Facts a reader needs besides the sentence: why the run did not settle, what it did not fail on. */
export function verdictNotes(verdict: Verdict): string[] {
  const notes: string[] = [];
  const { snapshot } = verdict;
  if (verdict.lastPollError && snapshot) {
    const code = safeLine(
      verdict.lastPollError instanceof DtsApiError ? verdict.lastPollError.code : verdict.lastPollError.name,
      CODE_CHARS
    );
    notes.push(`The last poll at the deadline could not be completed (${code}); the result is that of poll ${snapshot.poll}.`);
  }
  if (snapshot && verdict.status !== 'finished') {
    // A job that failed as a whole lists nothing because it failed: its failure says why.
    const failedJobs = new Set(snapshot.jobJudgement.failed.map((f) => f.jobId));
    for (const id of snapshot.silentJobs) if (!failedJobs.has(id)) notes.push(`Job ${id}: DTS has not reported any objects yet.`);
    for (const id of snapshot.shiftedJobs ?? []) {
      notes.push(
        `Job ${id}: its objects moved between pages while poll ${snapshot.poll} read them, so that poll may have missed some; it could not settle the run.`
      );
    }
  }
  if (snapshot) {
    // Why the delay kept the run from finishing: the delays and the limit.
    if (verdict.decidedBy === 'delay' || verdict.status === 'timeout' || verdict.status === 'cancelled') {
      const note = delayNote(snapshot.jobJudgement.delay);
      if (note) notes.push(note);
    }
  }
  if (verdict.status === 'timeout' && !verdict.fail) notes.push('fail-on-timeout is false: the step does not fail on this timeout.');
  return notes;
}
