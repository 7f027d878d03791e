/**
 * The verdict in words: the one sentence that says how the run ended, and the notes that say
 * why it could not end otherwise. Pure functions, no I/O; plain text, free of secrets.
 */
import type { DataCheckJudgement } from '../../core/checkTypes.js';
import type { FailedJob } from '../../core/jobTypes.js';
import type { Verdict } from '../../core/types.js';
import { CredentialsError, InputError, DtsApiError, type RunError } from '../../errors.js';
import { CODE_CHARS } from '../../dts/wire.js';
import { safeLine } from '../../text/safe.js';
import { formatDelay, plural } from './format.js';
import { allTableCounts, checkPollPart, checkUnreadableText, foundText } from './checkWords.js';
import { delayNote, jobList, STATE_WORDS, unreadableText } from './jobWords.js';

/** Why the run ended in `error`. Refused inputs and missing credentials say it in their own words. */
function errorSentence(error: RunError): string {
  if (error instanceof InputError || error instanceof CredentialsError) return error.message;
  if (error instanceof DtsApiError) return `DTS could not be read: ${error.explain()}`;
  return error.message;
}

/** `job dtsA failed as a whole (precheck failed)`, or `2 jobs failed as a whole`, and what they left uncopied. */
function failedJobsPhrase(failed: readonly FailedJob[]): string {
  const [first] = failed;
  const uncopied = failed.reduce((n, f) => n + (f.uncopied ?? 0), 0);
  const left = uncopied > 0 ? `, leaving ${plural(uncopied, 'object')} uncopied` : '';
  if (failed.length === 1 && first) return `job ${safeLine(first.jobId, 64)} failed as a whole (${STATE_WORDS[first.state]})${left}`;
  return `${plural(failed.length, 'job')} failed as a whole${left}`;
}

/** `5 objects still pending`, `no objects reported yet by job dtsB`, both, or `''`. */
function stillWaiting(snapshot: Verdict['snapshot']): string {
  if (!snapshot) return '';
  const parts: string[] = [];
  if (snapshot.counts.pending > 0) parts.push(`${plural(snapshot.counts.pending, 'object')} still pending`);
  const silent = snapshot.silentJobs;
  if (silent.length > 0) parts.push(`no objects reported yet by ${silent.length === 1 ? 'job' : 'jobs'} ${jobList(silent)}`);
  return parts.join(' and ');
}

/** `the full data verification found 2 tables that differ`, `… of job dtsA failed`; `''` when it found nothing. */
function checkPhrase(checks: DataCheckJudgement | undefined): string {
  if (!checks) return '';
  const counts = allTableCounts(checks);
  const phrases: string[] = [];
  if (counts.differs + counts.failed > 0) phrases.push(`the full data verification found ${foundText(counts)}`);
  const failed = checks.failedChecks;
  if (failed.length === 1) phrases.push(`the full data verification of job ${safeLine(failed[0]!.jobId, 64)} failed`);
  else if (failed.length > 1) phrases.push(`the full data verification of ${plural(failed.length, 'job')} failed`);
  return phrases.join('; ');
}

/** The jobs whose verification is still to come, and where it is: `job dtsA (verification checking 45%)`. */
function checksWaited(checks: DataCheckJudgement | undefined): string[] {
  const waiting = (checks?.jobs ?? []).filter((j) => j.standing === 'not-started' || j.standing === 'checking' || j.standing === 'unknown');
  return waiting.map((j) => `job ${safeLine(j.jobId, 64)} (${checkPollPart(checks, j.jobId)})`);
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
      const verified = (snapshot?.dataCheck?.jobs ?? []).filter((j) => j.standing === 'passed').length;
      const check = verified > 0 ? `; full data verification passed on ${plural(verified, 'job')}` : '';
      return `Initial synchronization finished: ${plural(counts?.finished ?? 0, 'object')} finished${ignored}${running}${lag}${check}.`;
    }
    case 'failed': {
      const failedJobs = snapshot?.jobJudgement.failed ?? [];
      const objects = counts && counts.failed > 0 ? `${plural(counts.failed, 'object')} failed` : '';
      const check = checkPhrase(snapshot?.dataCheck);
      if (failedJobs.length === 0 && check && !objects) return `Initial synchronization failed: ${check}.`;
      if (failedJobs.length === 0)
        return `Initial synchronization failed: ${plural(counts?.failed ?? 0, 'object')} failed${check ? `; ${check}` : ''}.`;
      return `Initial synchronization failed: ${failedJobsPhrase(failedJobs)}${objects ? `; ${objects}` : ''}${check ? `; ${check}` : ''}.`;
    }
    case 'timeout':
      if (verdict.decidedBy === 'data-check') {
        return `Timed out waiting for the full data verification of ${checksWaited(snapshot?.dataCheck).slice(0, 3).join(', ') || 'the jobs'}.`;
      }
      if (verdict.decidedBy === 'delay' && delay?.maxDelayMs !== undefined) {
        return `Timed out waiting for the replication delay to come down to max-delay ${formatDelay(delay.maxDelayMs)}.`;
      }
      {
        const waiting = stillWaiting(snapshot);
        return waiting ? `Timed out with ${waiting}.` : 'Timed out before a poll could settle the run.';
      }
    case 'cancelled':
      return snapshot
        ? 'The run was cancelled while waiting; this is what the last complete poll saw.'
        : 'The run was cancelled before any poll completed.';
    case 'error':
      if (verdict.error) return errorSentence(verdict.error);
      if (verdict.decidedBy === 'job-unreadable' && snapshot) return unreadableText(snapshot.jobJudgement.unreadable);
      if (verdict.decidedBy === 'data-check' && snapshot?.dataCheck) return checkUnreadableText(snapshot.dataCheck);
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
  if (snapshot && (verdict.status === 'timeout' || verdict.status === 'cancelled') && verdict.decidedBy !== 'data-check') {
    // The verification still to come besides what decided.
    for (const waited of checksWaited(snapshot.dataCheck).slice(0, 5))
      notes.push(`The full data verification of ${waited} has not finished.`);
  }
  if (verdict.status === 'timeout' && !verdict.fail) notes.push('fail-on-timeout is false: this timeout does not fail the run.');
  return notes;
}
