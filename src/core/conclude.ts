/**
 * The Verdict of a run: status, whether the step fails, and the one sentence that says why.
 */
import type { Snapshot, Status, Verdict } from './types.js';
import { failsStep, silentJobs } from './verdict.js';
import { plural } from '../text.js';

export interface Ending {
  status: Status;
  snapshot?: Snapshot;
  polls: number;
  elapsedMs: number;
  notes: string[];
  /** For `error`: the sentence that says what went wrong, already free of secrets. */
  errorText?: string;
}

function sentence(ending: Ending): string {
  const counts = ending.snapshot?.counts;
  switch (ending.status) {
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
      return ending.errorText ?? 'The run ended in an error that has no description.';
  }
}

export function conclude(ending: Ending, rules: { failOnTimeout: boolean }): Verdict {
  const notes = [...ending.notes];
  if (ending.snapshot && ending.status !== 'finished') {
    for (const id of silentJobs(ending.snapshot)) notes.push(`Job ${id}: DTS has not reported any objects yet.`);
    for (const id of ending.snapshot.shiftedJobs ?? []) {
      notes.push(
        `Job ${id}: its objects moved between pages while poll ${ending.snapshot.poll} read them, so that poll may have missed some; it could not settle the run.`
      );
    }
  }
  if (ending.status === 'timeout' && !rules.failOnTimeout) notes.push('fail-on-timeout is false: the step does not fail on this timeout.');
  const verdict: Verdict = {
    status: ending.status,
    message: sentence(ending),
    fail: failsStep(ending.status, rules),
    elapsedMs: ending.elapsedMs,
    polls: ending.polls,
    notes
  };
  if (ending.snapshot) verdict.snapshot = ending.snapshot;
  return verdict;
}
