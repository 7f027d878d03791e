/**
 * Retries of one API call: exponential backoff with full jitter, a bounded number of attempts,
 * and never a wait that would end past the run's deadline.
 */
import { CancelledError, DtsApiError } from '../errors.js';
import { sleep } from '../time.js';
import { fromThrown } from './apiErrors.js';

interface RetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number;
  baseMs: number;
  capMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 6, baseMs: 400, capMs: 15_000 };

interface RetryContext {
  policy: RetryPolicy;
  /** Epoch ms after which no retry starts. */
  deadline: number;
  signal?: AbortSignal;
  random?: () => number;
  now?: () => number;
  onRetry?: (error: DtsApiError, attempt: number, delayMs: number) => void;
}

/** Full jitter: a uniform wait between 0 and the capped exponential step. */
export function backoffMs(attempt: number, policy: RetryPolicy, random: () => number): number {
  return Math.floor(random() * Math.min(policy.capMs, policy.baseMs * 2 ** (attempt - 1)));
}

export async function withRetry<T>(call: () => Promise<T>, context: RetryContext): Promise<T> {
  const random = context.random ?? Math.random;
  const now = context.now ?? Date.now;
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (thrown) {
      if (thrown instanceof CancelledError) throw thrown;
      // Cancelled while the call ran: no retry, and no retry line in the log.
      if (context.signal?.aborted) throw new CancelledError();
      const error = fromThrown(thrown);
      if (!error.retryable || attempt >= context.policy.attempts) throw error;
      const delay = backoffMs(attempt, context.policy, random);
      if (now() + delay >= context.deadline) throw error;
      context.onRetry?.(error, attempt, delay);
      await sleep(delay, context.signal);
    }
  }
}
