/**
 * The waiting loop: read a poll, hand it to the step (step.ts), tell the reporters, sleep until
 * the next poll; until the step gives a verdict. It holds no rule of its own: what a poll means
 * and when the wait ends are the step's, when the next poll starts is `nextPoll`'s, and all time
 * is read from the clock it is given.
 */
import type { JobWarning } from '../core/jobTypes.js';
import type { Snapshot, Verdict } from '../core/types.js';
import type { PollReader } from '../dts/reader.js';
import { CancelledError, DtsApiError } from '../errors.js';
import { untilAborted, type Budget, type Clock } from '../time.js';
import { FIRST_POLL, nextPoll, step, type PollMemory, type PollOutcome, type StepSettings } from './step.js';

export interface LoopSettings extends StepSettings {
  pollIntervalMs: number;
  budget: Budget;
  clock: Clock;
  signal: AbortSignal;
  /** What the gate knows before its first poll (step.ts `firstPoll`); default nothing. */
  first?: PollMemory;
}

/** What the loop tells the reporters while it waits. */
export interface PollEvents {
  /** A poll completed; `calls` is the number of API calls it made. */
  poll?(snapshot: Snapshot, calls: number): void;
  /** A warning, given once, at the poll that sees it (after that poll's `poll`). */
  warning?(warning: JobWarning): void;
  /** A poll (number `poll`) could not be completed; the wait goes on. */
  pollFailed?(error: DtsApiError, poll: number): void;
}

export async function waitForVerdict(reader: PollReader, settings: LoopSettings, events: PollEvents = {}): Promise<Verdict> {
  const { clock, signal, budget } = settings;
  let memory = settings.first ?? FIRST_POLL;
  let last = false;
  for (;;) {
    const startedAt = clock.now();
    const lastPoll = last || startedAt >= budget.deadline;
    let outcome: PollOutcome;
    let calls = 0;
    try {
      const plan = {
        expectedPages: memory.expectedPages,
        ...(memory.pages && { pages: memory.pages }),
        refused: memory.refused,
        lastPoll,
        ...(memory.views && { views: memory.views }),
        ...(memory.viewRefused && { viewRefused: memory.viewRefused }),
        ...(memory.checks && { checks: memory.checks })
      };
      const readings = await untilAborted(reader.read(plan), signal);
      calls = readings.calls;
      outcome = { kind: 'read', readings };
    } catch (thrown) {
      if (thrown instanceof CancelledError || signal.aborted) outcome = { kind: 'cancelled', error: cancelledBy(signal) };
      else if (thrown instanceof DtsApiError) outcome = { kind: 'failed', error: thrown };
      else throw thrown;
    }
    const result = step(memory, outcome, { startedAt, endedAt: clock.now(), last: lastPoll }, settings);
    memory = result.memory;
    if (result.snapshot) events.poll?.(result.snapshot, calls);
    for (const warning of result.warnings) events.warning?.(warning);
    if (result.failed) events.pollFailed?.(result.failed.error, result.failed.poll);
    if (result.verdict) return result.verdict;

    const next = nextPoll(startedAt, settings);
    last = next.last;
    try {
      await clock.sleep(next.at - clock.now(), signal);
    } catch {
      const time = { startedAt, endedAt: clock.now(), last };
      return step(memory, { kind: 'cancelled', error: cancelledBy(signal) }, time, settings).verdict!;
    }
  }
}

/** The cancellation as the verdict keeps it, with the signal that aborted `signal` (its reason). */
export function cancelledBy(signal: AbortSignal): CancelledError {
  const reason: unknown = signal.reason;
  return new CancelledError(reason === 'SIGINT' || reason === 'SIGTERM' ? reason : undefined);
}
