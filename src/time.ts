/**
 * Time, from one place: the clock every rule of time reads (the deadline, the backoff, the copy
 * rate, the last poll) and sleeps on, and the budget of a run computed once from its inputs.
 * Only the front doors hold the real clock; everything below them is given one, so that tests
 * run the rules on a clock of their own.
 */
import { CancelledError } from './errors.js';

export interface Clock {
  /** Epoch milliseconds. */
  now(): number;
  /** Waits `ms`, or rejects with CancelledError as soon as `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** Waits `ms` on the real timers, or rejects with CancelledError as soon as `signal` aborts (and stops the timer). */
function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(new CancelledError());
  return new Promise<void>((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(new CancelledError());
    };
    const timer = setTimeout(
      () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      },
      Math.max(0, ms)
    );
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** The real clock. */
export const systemClock: Clock = { now: () => Date.now(), sleep };

/** The time a run may take, in epoch milliseconds on its clock. */
export interface Budget {
  startedAt: number;
  /** `timeout` after the start: no poll starts after it, no retry waits past it. */
  deadline: number;
  /**
   * The deadline plus one request timeout: every call has ended by then, whatever the endpoint
   * does, so the step ends by its timeout plus one request timeout. The last poll, made at the
   * deadline, may start pages until then.
   */
  stopAt: number;
}

export function budgetOf(startedAt: number, limits: { timeoutMs: number; requestTimeoutMs: number }): Budget {
  const deadline = startedAt + limits.timeoutMs;
  return { startedAt, deadline, stopAt: deadline + limits.requestTimeoutMs };
}

/**
 * Settles with `work`, or rejects with CancelledError when `signal` aborts first. pop-core calls
 * cannot be aborted, so cancellation stops waiting on them rather than stopping them.
 */
export function untilAborted<T>(work: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return work;
  if (signal.aborted) return Promise.reject(new CancelledError());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new CancelledError());
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      }
    );
  });
}
