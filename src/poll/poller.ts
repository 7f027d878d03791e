/**
 * The waiting loop: poll every job side by side, judge the complete poll, sleep, repeat until a
 * verdict or the deadline. Only complete polls count: a poll cut short by an error or by
 * cancellation leaves the previous snapshot as the last thing the action saw.
 */
import { snapshotOf } from '../core/aggregate.js';
import type { IgnoreMatcher } from '../core/ignore.js';
import type { DtsObject, Snapshot, Status } from '../core/types.js';
import { decide, type Rules } from '../core/verdict.js';
import { CancelledError, DtsApiError } from '../errors.js';
import { sleep, untilAborted } from '../time.js';
import { fromThrown } from '../dts/errors.js';

export interface JobPoll {
  objects: DtsObject[];
  lastPage: number;
  calls: number;
  /** The job's lists moved while it was read (see JobRead.shifted). */
  shifted?: boolean;
}

export interface PollSettings extends Rules {
  jobIds: string[];
  pollIntervalMs: number;
  /** Epoch ms. */
  deadline: number;
  startedAt: number;
  ignored: IgnoreMatcher;
  signal: AbortSignal;
}

export interface PollDeps {
  /** Reads one job completely; `expectedPages` is what the previous poll needed (0 at first). */
  readJob(jobId: string, expectedPages: number, deadline: number): Promise<JobPoll>;
  now(): number;
  onPoll(snapshot: Snapshot, calls: number): void;
  /** A poll (number `poll`) failed on an error worth trying again; the wait goes on. */
  onPollFailed?(error: DtsApiError, poll: number): void;
}

export interface PollResult {
  status: Exclude<Status, 'error'> | 'error';
  snapshot?: Snapshot;
  polls: number;
  /** Why the run ended early: the API error, or the cancellation. */
  error?: DtsApiError | CancelledError;
  notes: string[];
}

export async function poll(settings: PollSettings, deps: PollDeps): Promise<PollResult> {
  const expected = new Map<string, number>(settings.jobIds.map((id) => [id, 0]));
  let snapshot: Snapshot | undefined;
  let polls = 0;
  const notes: string[] = [];

  for (;;) {
    const pollStartedAt = deps.now();
    const deadlineReached = pollStartedAt >= settings.deadline;
    let snapshotIsNew = true;
    try {
      const reads = await untilAborted(
        Promise.all(settings.jobIds.map((id) => deps.readJob(id, expected.get(id) ?? 0, settings.deadline))),
        settings.signal
      );
      polls++;
      reads.forEach((read, i) => expected.set(settings.jobIds[i]!, read.lastPage));
      snapshot = snapshotOf(
        reads.flatMap((r) => r.objects),
        {
          jobIds: settings.jobIds,
          poll: polls,
          atMs: deps.now() - settings.startedAt,
          ignored: settings.ignored,
          shiftedJobs: settings.jobIds.filter((_, i) => reads[i]?.shifted)
        }
      );
      deps.onPoll(
        snapshot,
        reads.reduce((sum, r) => sum + r.calls, 0)
      );
    } catch (thrown) {
      if (thrown instanceof CancelledError || settings.signal.aborted) {
        return { status: 'cancelled', snapshot, polls, error: new CancelledError(), notes };
      }
      const error = fromThrown(thrown);
      if (!error.retryable || !snapshot) return { status: 'error', snapshot, polls, error, notes };
      // Once a poll has completed, an outage that outlasts the retries of one call (throttling,
      // 5xx, a flaky network) does not end the wait: the last complete poll stands and the next
      // poll tries again. At the deadline it does not turn a timeout into an API error either.
      if (deps.now() >= settings.deadline) {
        notes.push(`The last poll at the deadline could not be completed (${error.code}); the result is that of poll ${polls}.`);
        const status = decide(snapshot, settings, true) ?? 'timeout';
        return { status, snapshot, polls, notes };
      }
      deps.onPollFailed?.(error, polls + 1);
      snapshotIsNew = false;
    }

    if (snapshotIsNew) {
      const status = decide(snapshot, settings, deadlineReached || deps.now() >= settings.deadline);
      if (status) return { status, snapshot, polls, notes };
    }

    // A poll starts every poll-interval, counted from the start of the previous one (right away
    // if that one took longer): a change just after a poll read its first page is then seen at
    // most one interval plus one poll later, not an interval plus two polls.
    const wait = Math.min(pollStartedAt + settings.pollIntervalMs, settings.deadline) - deps.now();
    try {
      await sleep(wait, settings.signal);
    } catch {
      return { status: 'cancelled', snapshot, polls, error: new CancelledError(), notes };
    }
  }
}
