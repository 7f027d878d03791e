/**
 * The calls of a run as the run makes them: through one client, one shared cap on calls in
 * flight, the retry policy, the run's deadline and its cancellation. The look-up before the first
 * poll and every poll's reads go through the same caller rules.
 */
import type { DtsApiError } from '../errors.js';
import type { Budget, Clock } from '../time.js';
import type { DtsCall } from './call.js';
import type { CallDts } from './client.js';
import { Limiter } from './limiter.js';
import { DEFAULT_RETRY, withRetry } from './retry.js';

/** API calls in flight at once, across all jobs. */
export const CONCURRENCY = 4;

export interface CallerSettings {
  budget: Budget;
  clock: Clock;
  /** The run's cancellation. */
  signal: AbortSignal;
  /** Calls in flight at once across the jobs; default {@link CONCURRENCY}. */
  concurrency?: number;
  /** A call is about to be retried; `label` names it as the log does (`dtsabc page 3`). */
  onRetry?(label: string, error: DtsApiError, attempt: number, delayMs: number): void;
}

export interface Caller {
  readonly limiter: Limiter;
  /** One request of `call` with the run's retries, deadline and cancellation (the caller takes a slot of the limiter itself). */
  retried<Q, R>(call: DtsCall<Q, R>, request: Q): Promise<R>;
  /** The same, in a slot of the limiter. */
  call<Q, R>(call: DtsCall<Q, R>, request: Q): Promise<R>;
  /** Ends the retries of calls still running, so that none of them logs a retry after the verdict. */
  stop(): void;
}

export function caller(client: CallDts, settings: CallerSettings): Caller {
  const { budget, clock } = settings;
  const limiter = new Limiter(settings.concurrency ?? CONCURRENCY);
  const over = new AbortController();
  const retrySignal = AbortSignal.any([settings.signal, over.signal]);
  const retried = <Q, R>(call: DtsCall<Q, R>, request: Q): Promise<R> =>
    withRetry(() => client.call(call, request), {
      policy: DEFAULT_RETRY,
      deadline: budget.deadline,
      clock,
      signal: retrySignal,
      onRetry: (error, attempt, delayMs) => {
        // A throttled account is not pressed harder by our own concurrency.
        if (error.code.startsWith('Throttling')) limiter.throttled();
        settings.onRetry?.(call.label(request), error, attempt, delayMs);
      }
    });
  return {
    limiter,
    retried,
    call: (call, request) => limiter.run(() => retried(call, request)),
    stop: () => over.abort()
  };
}
