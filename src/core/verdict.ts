/**
 * The verdict, built here and nowhere else: the decision over a complete poll (the objects'
 * waiting rules, then the job rules, in one order of precedence), and the Verdict record that a
 * run ends with, whatever ended it.
 *
 * In order of precedence:
 * 1. a job failed as a whole (not ignored): `failed`, at the poll that sees it, whatever its
 *    objects say and with or without `fail-fast`;
 * 2. the objects decided `failed` (a failed object with `fail-fast`, or settled, or at the
 *    deadline with a failure): `failed`;
 * 3. the full data verification found tables that differ or failed, or failed as a whole:
 *    `failed`, at the poll that sees it (a finished verification does not change);
 * 4. with `max-delay`, a job whose state could not be read: `error` (the delay can never be
 *    judged, so waiting on would only end in a timeout that hides why); the same with
 *    `data-check: true` for a verification that cannot be read — unless an object has failed
 *    already, which makes it `failed` (a failure seen wins over an error);
 * 5. the objects decided `finished`: `finished` if every verification waited on has passed and,
 *    with `max-delay`, every job's delay meets it; otherwise keep waiting, and at the deadline
 *    `timeout` (the verification, else the delay, is what is missing);
 * 6. the objects decided `timeout`: `timeout`;
 * 7. otherwise keep waiting.
 *
 * So the verdict is `finished` only when the objects' rules said `finished` (every waited-on
 * object seen Finished, or failed and ignored): no job state can make it so on its own. A
 * failure seen wins over an error and a timeout, because the step fails either way and the
 * failure is the news.
 */
import { CancelledError, type RunError } from '../errors.js';
import type { DataCheckJudgement } from './checkTypes.js';
import type { JobJudgement } from './jobTypes.js';
import { failsStep, isSettled, type Rules } from './rules.js';
import type { DecidedBy, Snapshot, Status, Verdict } from './types.js';

/** What the objects' waiting rules decided for the poll (undefined: keep waiting). */
export type ObjectDecision = 'finished' | 'failed' | 'timeout' | undefined;

/** What a complete poll decided: a status, or (status undefined) keep waiting. */
export interface Decision {
  status: 'finished' | 'failed' | 'timeout' | 'error' | undefined;
  /** The rule that decided (or, while waiting, `delay` when only the delay is missing). */
  decidedBy?: DecidedBy;
}

/**
 * The objects' rules alone. At the deadline there is always a decision: a failure already seen
 * wins over the timeout.
 */
export function objectDecision(snapshot: Snapshot, rules: Rules, deadlineReached: boolean): ObjectDecision {
  const failed = snapshot.counts.failed > 0;
  if (failed && rules.failFast) return 'failed';
  if (isSettled(snapshot)) return failed ? 'failed' : 'finished';
  if (deadlineReached) return failed ? 'failed' : 'timeout';
  return undefined;
}

/** Whether the full data verification of some job found tables that differ or failed, or failed as a whole. */
export function checkFailed(checks: DataCheckJudgement | undefined): boolean {
  return (checks?.jobs ?? []).some((j) => j.standing === 'differs' || j.standing === 'failed');
}

/**
 * The order of precedence (see the module comment) over the objects' decision, the job rules and
 * the verification; `failedSeen`: the poll saw a failed object (not ignored), which wins over an error.
 */
export function precedence(
  objects: ObjectDecision,
  jobs: JobJudgement,
  deadlineReached: boolean,
  checks?: DataCheckJudgement,
  failedSeen = false
): Decision {
  if (jobs.failed.length > 0) return { status: 'failed', decidedBy: 'job-failed' };
  if (objects === 'failed') return { status: 'failed', decidedBy: 'objects' };
  if (checkFailed(checks)) return { status: 'failed', decidedBy: 'data-check' };
  const unreadable = jobs.unreadable.length > 0 || (checks?.unreadable.length ?? 0) > 0;
  if (unreadable && failedSeen) return { status: 'failed', decidedBy: 'objects' };
  if (jobs.unreadable.length > 0) return { status: 'error', decidedBy: 'job-unreadable' };
  if ((checks?.unreadable.length ?? 0) > 0) return { status: 'error', decidedBy: 'data-check' };
  if (objects === 'finished') {
    if (checks && !checks.holds) return { status: deadlineReached ? 'timeout' : undefined, decidedBy: 'data-check' };
    if (!jobs.delay.required || jobs.delay.holds) return { status: 'finished', decidedBy: 'objects' };
    return { status: deadlineReached ? 'timeout' : undefined, decidedBy: 'delay' };
  }
  if (objects === 'timeout') return { status: 'timeout', decidedBy: 'objects' };
  return { status: undefined };
}

/** The decision of one complete poll. At the deadline it always has a status. */
export function decide(snapshot: Snapshot, rules: Rules, deadlineReached: boolean): Decision {
  return precedence(
    objectDecision(snapshot, rules, deadlineReached),
    snapshot.jobJudgement,
    deadlineReached,
    snapshot.dataCheck,
    snapshot.counts.failed > 0
  );
}

/** How a run ended, before the rule that says whether the step fails. */
export type Ending = Omit<Verdict, 'fail'>;

export function verdictOf(ending: Ending, rules: Pick<Rules, 'failOnTimeout'>): Verdict {
  return { ...ending, fail: failsStep(ending.status, rules) };
}

/** A run that ended on an error before or while it polled: `cancelled` for a cancellation, else `error`. */
export function errorVerdict(error: RunError, seen: Omit<Ending, 'status' | 'error'>): Verdict {
  const status: Status = error instanceof CancelledError ? 'cancelled' : 'error';
  return verdictOf({ ...seen, status, error }, { failOnTimeout: true });
}
