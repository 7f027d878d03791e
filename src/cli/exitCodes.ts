/**
 * The command line's exit codes, for a script to branch on: how the run ended, and for a
 * cancellation, which signal ended it (128 + its number, as a shell reports a process it ended).
 */
import type { Verdict } from '../core/types.js';
import { CancelledError } from '../errors.js';

export const EXIT_CODES = [
  { code: 0, meaning: 'finished (also a timeout with --fail-on-timeout false)' },
  { code: 1, meaning: 'failed: an object or a job failed' },
  { code: 2, meaning: 'timed out: objects still pending, or the delay above --max-delay' },
  { code: 3, meaning: 'error: bad input, no usable credentials, or DTS could not be read' },
  { code: 130, meaning: 'cancelled by SIGINT (Ctrl-C)' },
  { code: 143, meaning: 'cancelled by SIGTERM' }
] as const;

export function exitCodeOf(verdict: Verdict): number {
  switch (verdict.status) {
    case 'finished':
      return 0;
    case 'failed':
      return 1;
    case 'timeout':
      return verdict.fail ? 2 : 0;
    case 'error':
      return 3;
    case 'cancelled':
      return verdict.error instanceof CancelledError && verdict.error.signal === 'SIGTERM' ? 143 : 130;
  }
}
