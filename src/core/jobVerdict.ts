/**
 * One decision from the objects' rules and the job rules of the same complete poll. Pure.
 *
 * In order of precedence:
 * 1. a job failed as a whole (not ignored): `failed`, at the poll that sees it, whatever its
 *    objects say and with or without `fail-fast`;
 * 2. the objects decided `failed` (a failed object with `fail-fast`, or settled, or at the
 *    deadline with a failure): `failed`;
 * 3. with `max-delay`, a job whose state could not be read: `error` (the delay can never be
 *    judged, so waiting on would only end in a timeout that hides why);
 * 4. the objects decided `finished`: `finished` if, with `max-delay`, every job's delay meets
 *    it; otherwise keep waiting, and at the deadline `timeout` (the delay is what is missing);
 * 5. the objects decided `timeout`: `timeout`;
 * 6. otherwise keep waiting.
 *
 * So the verdict is `finished` only when the objects' rules said `finished` (every waited-on
 * object seen Finished, or failed and ignored): no job state can make it so on its own. A
 * failure seen wins over an error and a timeout, because the step fails either way and the
 * failure is the news.
 */
import type { JobJudgement } from './jobRules.js';

/** What the objects' waiting rules decided for the poll (undefined: keep waiting). */
export type ObjectDecision = 'finished' | 'failed' | 'timeout' | undefined;

/** Which rule decided. */
export type DecidedBy = 'job-failed' | 'objects' | 'job-unreadable' | 'delay';

interface RunDecision {
  /** Undefined: keep waiting. */
  status: 'finished' | 'failed' | 'timeout' | 'error' | undefined;
  /** The rule that decided (or, while waiting, `delay` when only the delay is missing). */
  decidedBy?: DecidedBy;
}

export function decideWithJobs(objects: ObjectDecision, jobs: JobJudgement, deadlineReached: boolean): RunDecision {
  if (jobs.failed.length > 0) return { status: 'failed', decidedBy: 'job-failed' };
  if (objects === 'failed') return { status: 'failed', decidedBy: 'objects' };
  if (jobs.unreadable.length > 0) return { status: 'error', decidedBy: 'job-unreadable' };
  if (objects === 'finished') {
    if (!jobs.delay.required || jobs.delay.holds) return { status: 'finished', decidedBy: 'objects' };
    return { status: deadlineReached ? 'timeout' : undefined, decidedBy: 'delay' };
  }
  if (objects === 'timeout') return { status: 'timeout', decidedBy: 'objects' };
  return { status: undefined };
}
