/**
 * Which poll of a job's scenario a call sees.
 *
 * The action reads a job once per poll: page 1 of its lists (then the pages after it) and, sent
 * beside page 1 at the same time, the job as a whole: a DescribeDtsJobs call that lists it (one
 * call for many jobs), or its legacy DescribeSynchronizationJobStatus call, or (a test comparing
 * the two views) both. They may arrive in any order, and all must see the same poll's state. So
 * a poll is opened by whichever of them arrives first and joined by the others. There are three
 * kinds of call that open a poll: `lists` (a page 1), `job` (a job-status call) and `view` (a
 * DescribeDtsJobs call that lists the job, whatever else it lists):
 *
 * - a call that opens a poll joins the current poll when that poll has had no call of its own
 *   kind yet, and starts the next poll otherwise;
 * - a later page (PageNum > 1), a DescribeDtsJobs page that does not list the job, and a
 *   DescribeDataCheckTableDetails call (which the action makes once the verification has ended)
 *   see the current poll and open none.
 *
 * So with one call of each kind a poll, in any order, the n-th call of each kind sees poll n-1;
 * a poll without one of the kinds (the job-status call refused for good and no longer made)
 * leaves the others paired. Without job views this is what it always was: every page 1 starts the
 * next poll. A call refused before the scenario is asked (a gateway check, an injected fault)
 * takes no part; a retried call that the scenario did answer counts as a new call of its kind.
 *
 * Look-ups. Before its first poll the action may ask DescribeDtsJobs which task an ID is. The order
 * of arrival cannot tell such a look-up from a poll's own call (`view, page 1, view` is a look-up
 * and then a poll whose page 1 came first, or two polls whose DescribeDtsJobs call came first),
 * so a job says how many look-ups to expect (`lookups` of its spec): the first that many
 * DescribeDtsJobs calls that list it see the current poll (poll 0 before any) and open none. An
 * action that takes its first poll's job view from its look-up needs none.
 *
 * Plain data and functions only; nothing here imports the action's code.
 */
import type { JobScenario, PollState } from './model.js';

/** The kinds of call that open a poll. */
export type PollCall = 'lists' | 'job' | 'view';

export interface PollCursor {
  /** Polls started since the scenario was set: the next poll is number `started`. */
  started: number;
  /** Polls started in total (survives a new scenario for the job). */
  total: number;
  /** DescribeDtsJobs calls still to come that are look-ups (see above). */
  lookups: number;
  current?: { poll: number; state: PollState; seen: Set<PollCall> };
}

/** A cursor before the first poll; `total` carries over the count of a replaced scenario. */
export function newCursor(total = 0, lookups = 0): PollCursor {
  return { started: 0, total, lookups };
}

/**
 * The poll (and its state) that a call of kind `call` sees; `opens` is true for a call that may
 * open a poll (page 1, a job-status call, a DescribeDtsJobs call listing the job), false for the
 * calls that see the current poll only.
 */
export function pollFor(cursor: PollCursor, scenario: JobScenario, call: PollCall, opens: boolean): { poll: number; state: PollState } {
  if (opens && call === 'view' && cursor.lookups > 0) {
    cursor.lookups--;
    return currentPoll(cursor, scenario);
  }
  const current = cursor.current;
  if (current && (!opens || !current.seen.has(call))) {
    if (opens) current.seen.add(call);
    return current;
  }
  if (!opens) return currentPoll(cursor, scenario);
  const poll = cursor.started;
  cursor.started++;
  cursor.total++;
  cursor.current = { poll, state: scenario(poll), seen: new Set([call]) };
  return cursor.current;
}

/**
 * The poll a call that opens none sees: the current one, or, before any (a test asking for page
 * 2 first, a look-up), poll 0, without opening it, so that the first call that opens a poll
 * still starts poll 0.
 */
export function currentPoll(cursor: PollCursor, scenario: JobScenario): { poll: number; state: PollState } {
  return cursor.current ?? { poll: 0, state: scenario(0) };
}
