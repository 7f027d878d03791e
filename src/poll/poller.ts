/**
 * The waiting loop: poll every job side by side, judge the complete poll, sleep, repeat until a
 * verdict or the deadline. Only complete polls count: a poll cut short by an error or by
 * cancellation leaves the previous snapshot as the last thing the action saw. Across polls it
 * keeps what the job rules and the copy rate remember: the warnings given, and the samples.
 */
import { snapshotOf } from '../core/aggregate.js';
import type { IgnoreMatcher } from '../core/ignore.js';
import type { JobWarning } from '../core/jobRules.js';
import { decideWithJobs, type DecidedBy } from '../core/jobVerdict.js';
import { decide, type Rules } from '../core/rules.js';
import type { Snapshot, Status, Verdict } from '../core/types.js';
import { verdictOf } from '../core/verdict.js';
import { fromThrown } from '../dts/apiErrors.js';
import type { JobReader } from '../dts/reader.js';
import { CancelledError, type DtsApiError } from '../errors.js';
import { sleep, untilAborted } from '../time.js';

export interface PollSettings extends Rules {
  pollIntervalMs: number;
  /** Epoch ms. */
  deadline: number;
  startedAt: number;
  ignored: IgnoreMatcher;
  signal: AbortSignal;
  /** `max-delay` in milliseconds; absent: the delay is shown, not waited on. */
  maxDelayMs?: number;
}

interface PollDeps {
  now(): number;
  /** A poll completed; `calls` is the number of API calls it made. */
  onPoll(snapshot: Snapshot, calls: number): void;
  /** A poll (number `poll`) failed on an error worth trying again; the wait goes on. */
  onPollFailed?(error: DtsApiError, poll: number): void;
  /** A warning of the job rules, given once per run, at the poll that sees it (after its onPoll). */
  onJobWarning?(warning: JobWarning): void;
}

export async function poll(settings: PollSettings, readers: readonly JobReader[], deps: PollDeps): Promise<Verdict> {
  const jobIds = readers.map((r) => r.jobId);
  let snapshot: Snapshot | undefined;
  let polls = 0;
  const warned = new Set<string>();
  const end = (status: Status, extra: Pick<Verdict, 'error' | 'lastPollError' | 'decidedBy'> = {}): Verdict =>
    verdictOf({ status, polls, elapsedMs: deps.now() - settings.startedAt, ...(snapshot && { snapshot }), ...extra }, settings);

  /** The loop slept until the deadline: the next poll is the last, however early its timer fired. */
  let lastPoll = false;
  for (;;) {
    const pollStartedAt = deps.now();
    const deadlineReached = lastPoll || pollStartedAt >= settings.deadline;
    let snapshotIsNew = true;
    try {
      const reads = await untilAborted(Promise.all(readers.map((r) => r.read(deadlineReached))), settings.signal);
      polls++;
      snapshot = snapshotOf(
        reads.flatMap((r) => r.objects),
        {
          jobIds,
          poll: polls,
          atMs: deps.now() - settings.startedAt,
          ignored: settings.ignored,
          shiftedJobs: jobIds.filter((_, i) => reads[i]?.shifted),
          jobs: Object.fromEntries(jobIds.map((id, i) => [id, reads[i]!.job])),
          ...(settings.maxDelayMs !== undefined && { maxDelayMs: settings.maxDelayMs }),
          warned,
          ...(snapshot && { samples: snapshot.samples })
        }
      );
      deps.onPoll(
        snapshot,
        reads.reduce((sum, r) => sum + r.calls, 0)
      );
      for (const warning of snapshot.jobJudgement.warnings) {
        deps.onJobWarning?.(warning);
        for (const key of warning.keys) warned.add(key);
      }
    } catch (thrown) {
      if (thrown instanceof CancelledError || settings.signal.aborted) return end('cancelled', { error: new CancelledError() });
      const error = fromThrown(thrown);
      if (!error.retryable || !snapshot) return end('error', { error });
      // Once a poll has completed, an outage that outlasts the retries of one call (throttling,
      // 5xx, a flaky network) does not end the wait: the last complete poll stands and the next
      // poll tries again. At the deadline it does not turn a timeout into an API error either.
      if (deps.now() >= settings.deadline) {
        const { status, decidedBy } = decision(snapshot, settings, true);
        return end(status ?? 'timeout', { lastPollError: error, decidedBy: decidedBy ?? 'objects' });
      }
      deps.onPollFailed?.(error, polls + 1);
      snapshotIsNew = false;
    }

    if (snapshotIsNew && snapshot) {
      const { status, decidedBy } = decision(snapshot, settings, deadlineReached || deps.now() >= settings.deadline);
      if (status) return end(status, decidedBy ? { decidedBy } : {});
    }

    // A poll starts every poll-interval, counted from the start of the previous one (right away
    // if that one took longer): a change just after a poll read its first page is then seen at
    // most one interval plus one poll later, not an interval plus two polls.
    const wakeAt = Math.min(pollStartedAt + settings.pollIntervalMs, settings.deadline);
    lastPoll = wakeAt >= settings.deadline;
    try {
      await sleep(wakeAt - deps.now(), settings.signal);
    } catch {
      return end('cancelled', { error: new CancelledError() });
    }
  }
}

/** The objects' waiting rules and the job rules of one complete poll, as one decision. */
function decision(
  snapshot: Snapshot,
  rules: Rules,
  deadlineReached: boolean
): { status: Exclude<Status, 'cancelled'> | undefined; decidedBy?: DecidedBy } {
  return decideWithJobs(decide(snapshot, rules, deadlineReached), snapshot.jobJudgement, deadlineReached);
}
