/**
 * The waiting rules: given the last complete poll, keep waiting or decide.
 */
import type { Snapshot, Status } from './types.js';

export interface Rules {
  failFast: boolean;
  failOnTimeout: boolean;
}

/** Jobs that reported no objects at all: pending by rule, never finished. */
export function silentJobs(snapshot: Snapshot): string[] {
  return snapshot.jobIds.filter((id) => (snapshot.byJob[id]?.counts.total ?? 0) === 0);
}

/** Nothing pending, every job heard from, and no job's lists moved while the poll read them. */
export function isSettled(snapshot: Snapshot): boolean {
  return snapshot.counts.pending === 0 && silentJobs(snapshot).length === 0 && (snapshot.shiftedJobs?.length ?? 0) === 0;
}

/**
 * `undefined` means keep polling. At the deadline there is always a decision: a failure already
 * seen wins over the timeout, because the step fails either way and the failure is the news.
 */
export function decide(snapshot: Snapshot, rules: Rules, deadlineReached: boolean): 'finished' | 'failed' | 'timeout' | undefined {
  const failed = snapshot.counts.failed > 0;
  if (failed && rules.failFast) return 'failed';
  if (isSettled(snapshot)) return failed ? 'failed' : 'finished';
  if (deadlineReached) return failed ? 'failed' : 'timeout';
  return undefined;
}

/** Whether the step fails for a status. */
export function failsStep(status: Status, rules: Pick<Rules, 'failOnTimeout'>): boolean {
  if (status === 'finished') return false;
  if (status === 'timeout') return rules.failOnTimeout;
  return true;
}
