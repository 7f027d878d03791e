/** A clock for the rules of time: it moves only when the code under test sleeps, or a test moves it. */
import { CancelledError } from '../../src/errors.js';
import type { Clock } from '../../src/time.js';

export interface VirtualClock extends Clock {
  /** Every sleep asked for, in order. */
  readonly slept: number[];
  advance(ms: number): void;
}

/** Starts at `start`; a sleep moves the time on by what it asks for and ends at once (unless cancelled). */
export function virtualClock(start = 0): VirtualClock {
  let now = start;
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    sleep: async (ms, signal) => {
      if (signal?.aborted) throw new CancelledError();
      slept.push(ms);
      now += Math.max(0, ms);
      await Promise.resolve();
      if (signal?.aborted) throw new CancelledError();
    },
    advance: (ms) => {
      now += ms;
    }
  };
}
