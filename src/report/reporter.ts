/**
 * Reporters: what a front door shows of a run, as a list. Each reporter takes the moments it
 * cares about — the start, each retry, poll and warning while the gate waits, and the end — and
 * the run tells them all, in their order, under one guard: a reporter that fails is a warning,
 * never the end of the run or of the reporters after it.
 */
import type { Inputs } from '../config/inputs.js';
import type { JobIdentity, Refusal } from '../core/jobTypes.js';
import type { Verdict } from '../core/types.js';
import type { DtsApiError } from '../errors.js';
import type { PollEvents } from '../poll/loop.js';
import { safeLine } from '../text/safe.js';

export interface StartFacts {
  inputs: Inputs;
  /** Where the credentials came from, for the log (never the credentials themselves). */
  credentials: string;
}

/** What the reporters share at the end. */
export interface EndContext {
  /** Undefined when the inputs themselves were refused. */
  inputs: Inputs | undefined;
  startedAt: number;
  /** Path of the report file, once the reporter that writes it has ('' when none was written). */
  reportFile: string;
}

export interface Reporter extends PollEvents {
  /** What it writes, for the warning when it fails: `job summary`, `report file`. */
  readonly name: string;
  started?(facts: StartFacts): void;
  /** The look-up before the first poll said which task each job is (or was refused: `refused`). */
  resolved?(identities: readonly JobIdentity[], refused: Refusal | undefined): void;
  /** A signal arrived: the gate stops and reports what it saw. */
  signal?(name: string): void;
  /** A call is about to be retried. */
  retry?(label: string, error: DtsApiError, attempt: number, delayMs: number): void;
  end?(verdict: Verdict, context: EndContext): void | Promise<void>;
}

type Moment = Exclude<keyof Reporter, 'name'>;

/** All of `reporters` as one, each call guarded; `warn` hears of a reporter's own failure. */
export function allOf(reporters: readonly Reporter[], warn: (message: string) => void): Required<Omit<Reporter, 'name'>> {
  const guard = (reporter: Reporter, thrown: unknown): void => {
    const why = safeLine(thrown instanceof Error ? thrown.message : String(thrown), 500);
    try {
      warn(`Could not write the ${reporter.name}: ${why}`);
    } catch {
      // The warning channel itself failed: nothing is left to tell.
    }
  };
  const each =
    <M extends Moment>(moment: M) =>
    (...args: Parameters<NonNullable<Reporter[M]>>): void => {
      for (const reporter of reporters) {
        try {
          (reporter[moment] as ((...a: typeof args) => unknown) | undefined)?.(...args);
        } catch (thrown) {
          guard(reporter, thrown);
        }
      }
    };
  return {
    started: each('started'),
    resolved: each('resolved'),
    signal: each('signal'),
    retry: each('retry'),
    poll: each('poll'),
    warning: each('warning'),
    pollFailed: each('pollFailed'),
    end: async (verdict, context) => {
      for (const reporter of reporters) {
        try {
          await reporter.end?.(verdict, context);
        } catch (thrown) {
          guard(reporter, thrown);
        }
      }
    }
  };
}
