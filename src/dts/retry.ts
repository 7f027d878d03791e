/**
 * Retries of one API call: exponential backoff with full jitter, a bounded number of attempts,
 * only for what the error policy calls worth a retry, and never a wait that would end past the
 * run's deadline.
 */
import { CancelledError, DtsApiError } from '../errors.js';
import type { Clock } from '../time.js';
import { retriesCall } from './policy.js';

interface RetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number;
  baseMs: number;
  capMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 6, baseMs: 400, capMs: 15_000 };

interface RetryContext {
  policy: RetryPolicy;
  /** Epoch ms on `clock` after which no retry starts. */
  deadline: number;
  clock: Clock;
  signal?: AbortSignal;
  random?: () => number;
  onRetry?: (error: DtsApiError, attempt: number, delayMs: number) => void;
}

/** Full jitter: a uniform wait between 0 and the capped exponential step. */
export function backoffMs(attempt: number, policy: RetryPolicy, random: () => number): number {
  return Math.floor(random() * Math.min(policy.capMs, policy.baseMs * 2 ** (attempt - 1)));
}

/** `call` until it succeeds, or throws what a retry cannot mend (DtsApiError) or CancelledError. */
export async function withRetry<T>(call: () => Promise<T>, context: RetryContext): Promise<T> {
  const random = context.random ?? Math.random;
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (thrown) {
      if (thrown instanceof CancelledError) throw thrown;
      // Cancelled while the call ran: no retry, and no retry line in the log.
      if (context.signal?.aborted) throw new CancelledError();
      if (!(thrown instanceof DtsApiError) || !retriesCall(thrown) || attempt >= context.policy.attempts) throw thrown;
      const delay = backoffMs(attempt, context.policy, random);
      if (context.clock.now() + delay >= context.deadline) throw thrown;
      context.onRetry?.(thrown, attempt, delay);
      await context.clock.sleep(delay, context.signal);
    }
  }
}
