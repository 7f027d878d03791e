/**
 * Which poll of a job's scenario a call sees.
 *
 * The action reads a job once per poll: page 1 of its lists (then the pages after it) and, sent
 * beside page 1 at the same time, one DescribeSynchronizationJobStatus call. Either of the two
 * may arrive first, and both must see the same poll's state. So a poll is opened by whichever
 * of them arrives first and joined by the other:
 *
 * - a call that opens a poll (page 1, or a job-status call) joins the current poll when that
 *   poll has had no call of its own kind yet, and starts the next poll otherwise;
 * - a later page (PageNum > 1) sees the current poll.
 *
 * Without job-status calls this is what it always was: every page 1 starts the next poll. A call
 * refused before the scenario is asked (a gateway check, an injected fault) takes no part; a
 * retried call that the scenario did answer counts as a new call of its kind.
 *
 * Plain data and functions only; nothing here imports the action's code.
 */
import type { JobScenario, JobState } from './model.js';

/** The two kinds of call that read a job's state. */
export type PollCall = 'lists' | 'job';

export interface PollCursor {
  /** Polls started since the scenario was set: the next poll is number `started`. */
  started: number;
  /** Polls started in total (survives a new scenario for the job). */
  total: number;
  current?: { poll: number; state: JobState; seen: Set<PollCall> };
}

/** A cursor before the first poll; `total` carries over the count of a replaced scenario. */
export function newCursor(total = 0): PollCursor {
  return { started: 0, total };
}

/**
 * The poll (and its state) that a call of kind `call` sees; `opens` is true for page 1 and for
 * job-status calls, false for the later pages of the lists.
 */
export function pollFor(cursor: PollCursor, scenario: JobScenario, call: PollCall, opens: boolean): { poll: number; state: JobState } {
  const current = cursor.current;
  if (current && (!opens || !current.seen.has(call))) {
    if (opens) current.seen.add(call);
    return current;
  }
  if (!opens) {
    // A later page before any page 1 (a test asking for page 2 first): it sees poll 0, and opens
    // nothing, so the first page 1 still starts poll 0.
    const poll = Math.max(0, cursor.started - 1);
    return { poll, state: scenario(poll) };
  }
  const poll = cursor.started;
  cursor.started++;
  cursor.total++;
  cursor.current = { poll, state: scenario(poll), seen: new Set([call]) };
  return cursor.current;
}
