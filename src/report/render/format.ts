/**
 * Small formatting helpers shared by the renderers. Pure functions, no I/O.
 */

/**
 * A duration for people: `250ms`, `45s`, `4m 05s`, `1h 02m 03s`. Whole milliseconds below a
 * second, whole seconds (rounded down) above; negative or non-finite input reads as `0s`.
 */
export function formatDuration(ms: number): string {
  if (Number.isFinite(ms) && ms > 0 && ms < 1000) return `${Math.floor(ms)}ms`;
  const totalSeconds = Number.isFinite(ms) && ms > 0 ? Math.floor(ms / 1000) : 0;
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const two = (n: number): string => String(n).padStart(2, '0');
  if (hours > 0) return `${hours}h ${two(minutes)}m ${two(seconds)}s`;
  if (minutes > 0) return `${minutes}m ${two(seconds)}s`;
  return `${seconds}s`;
}

export { cutText, formatThousands, oneLine, plural } from '../../text.js';
