/**
 * The waiting rules: what each object counts as, when a poll settles the run, and whether the
 * step fails for a status (the decision over a poll is verdict.ts's).
 */
import type { IgnoreMatcher } from './ignore.js';
import { WAITED_SECTIONS, type Counts, type DtsObject, type Outcome, type Snapshot, type Status } from './types.js';

export interface Rules {
  failFast: boolean;
  failOnTimeout: boolean;
}

/**
 * An object's outcome: pending while NotStarted or Migrating in a waited-on section; running
 * (never blocking) while NotStarted or Migrating in `incremental`; a status the action does not
 * know is pending in any section, never done; a failure matched by `ignore` is ignored.
 */
export function outcomeOf(object: DtsObject, ignored: IgnoreMatcher): Outcome {
  switch (object.state) {
    case 'Finished':
      return 'finished';
    case 'Failed':
      return ignored(object) ? 'ignored' : 'failed';
    case 'NotStarted':
    case 'Migrating':
      return WAITED_SECTIONS.has(object.section) ? 'pending' : 'running';
    default:
      return 'pending';
  }
}

/** A job is settled when it reported objects and none of them is pending or failed. */
export function jobSettled(counts: Counts): boolean {
  return counts.total > 0 && counts.pending === 0 && counts.failed === 0;
}

/**
 * Nothing pending, every job heard from (a job that reports no objects at all is pending, never
 * finished), and no job's lists moved while the poll read them.
 */
export function isSettled(snapshot: Snapshot): boolean {
  return snapshot.counts.pending === 0 && snapshot.silentJobs.length === 0 && (snapshot.shiftedJobs?.length ?? 0) === 0;
}

/** Whether the step fails for a status: always but for `finished`, and for `timeout` only when asked. */
export function failsStep(status: Status, rules: Pick<Rules, 'failOnTimeout'>): boolean {
  if (status === 'finished') return false;
  if (status === 'timeout') return rules.failOnTimeout;
  return true;
}
