/**
 * The verdict in words: the one sentence that says how the run ended, and the notes that say
 * why it could not end otherwise. Pure functions, no I/O; plain text, free of secrets.
 */
import type { Verdict } from '../../core/types.js';
import { CredentialsError, InputError, DtsApiError, type RunError } from '../../errors.js';
import { CODE_CHARS } from '../../dts/apiErrors.js';
import { safeLine } from '../../text/safe.js';
import { plural } from './format.js';

/** Why the run ended in `error`. Refused inputs and missing credentials say it in their own words. */
function errorSentence(error: RunError): string {
  if (error instanceof InputError || error instanceof CredentialsError) return error.message;
  if (error instanceof DtsApiError) return `DTS could not be read: ${error.describe()}`;
  return error.message;
}

/** One sentence for the log, the summary and the step's failure message. */
export function verdictSentence(verdict: Verdict): string {
  const counts = verdict.snapshot?.counts;
  switch (verdict.status) {
    case 'finished': {
      const running = counts && counts.running > 0 ? `; ${plural(counts.running, 'incremental entry', 'incremental entries')} running` : '';
      const ignored = counts && counts.ignored > 0 ? `; ${counts.ignored} ignored failed` : '';
      return `Initial synchronization finished: ${plural(counts?.finished ?? 0, 'object')} finished${ignored}${running}.`;
    }
    case 'failed':
      return `Initial synchronization failed: ${plural(counts?.failed ?? 0, 'object')} failed.`;
    case 'timeout':
      return `Timed out with ${plural(counts?.pending ?? 0, 'object')} still pending.`;
    case 'cancelled':
      return 'The run was cancelled while waiting; this is what the last complete poll saw.';
    case 'error':
      return verdict.error ? errorSentence(verdict.error) : 'The run ended in an error that has no description.';
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
    for (const id of snapshot.silentJobs) notes.push(`Job ${id}: DTS has not reported any objects yet.`);
    for (const id of snapshot.shiftedJobs ?? []) {
      notes.push(
        `Job ${id}: its objects moved between pages while poll ${snapshot.poll} read them, so that poll may have missed some; it could not settle the run.`
      );
    }
  }
  if (verdict.status === 'timeout' && !verdict.fail) notes.push('fail-on-timeout is false: the step does not fail on this timeout.');
  return notes;
}
