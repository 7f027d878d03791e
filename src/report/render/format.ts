/**
 * Numbers, durations and sizes for people. Pure functions, no I/O.
 */

/** The longest duration written out; anything longer (a delay of 10^30 ms) reads as what it is. */
const LONGEST_SHOWN_MS = 10_000 * 24 * 60 * 60 * 1000;

/**
 * A duration for people: `250ms`, `45s`, `4m 05s`, `1h 02m 03s`. Whole milliseconds below a
 * second, whole seconds (rounded down) above; negative or non-finite input reads as `0s`, and
 * anything of 10,000 days or more as `over 10,000 days`.
 */
export function formatDuration(ms: number): string {
  if (ms >= LONGEST_SHOWN_MS) return `over ${formatThousands(LONGEST_SHOWN_MS / 86_400_000)} days`;
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

const DECIMAL = /^([+-]?)(\d+)(\.\d+)?$/;

/**
 * Thousands separators on a decimal string, without converting it to a Number, so values
 * beyond 2^53 stay exact: `"12345678901234567890"` -> `"12,345,678,901,234,567,890"`.
 * Surrounding blanks are dropped; anything that is not a plain decimal number (empty, `abc`,
 * `1e9`) is returned trimmed but otherwise unchanged. Numbers and bigints are accepted too.
 */
export function formatThousands(value: string | number | bigint): string {
  const text = typeof value === 'string' ? value.trim() : typeof value === 'number' ? plainNumber(value) : String(value);
  const match = DECIMAL.exec(text);
  if (!match) return text;
  const sign = match[1] ?? '';
  const digits = match[2] ?? '';
  const fraction = match[3] ?? '';
  const head = digits.length % 3 || 3;
  let grouped = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) grouped += ',' + digits.slice(i, i + 3);
  return sign + grouped + fraction;
}

/**
 * A number as plain decimal digits, however large or small: never in exponent notation (`1e+27`
 * is written out, `1e-7` is `0.0000001`); `''` for a number that is not finite.
 */
export function plainNumber(n: number): string {
  if (!Number.isFinite(n)) return '';
  if (n === 0) return '0';
  // A whole number under 10^21 prints as its digits: no formatter (which costs tens of
  // microseconds to make, for each poll line's every count) is needed.
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return String(n);
  return n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

/** `1 object`, `2 objects` (the count with thousands separators). */
export function plural(count: number, singular: string, pluralForm = singular + 's'): string {
  return `${formatThousands(count)} ${count === 1 ? singular : pluralForm}`;
}

/** `512 KiB`, `1 MiB`, `1,000 bytes`: binary units when the size is a whole number of them. */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024 && n % (1024 * 1024) === 0) return `${formatThousands(n / (1024 * 1024))} MiB`;
  if (n >= 1024 && n % 1024 === 0) return `${formatThousands(n / 1024)} KiB`;
  return `${formatThousands(n)} bytes`;
}

/** `850ms`, `4.6s`, `5.04s` (to the millisecond near any limit), `42s`, `2m 05s`. */
export function formatDelay(ms: number): string {
  if (ms >= LONGEST_SHOWN_MS) return formatDuration(ms);
  const whole = Math.round(ms);
  if (whole < 1000) return `${whole}ms`;
  if (whole < 60_000) return `${whole / 1000}s`;
  return formatDuration(whole);
}

/** `12,345 rows/s`, `3.5 rows/s`. */
export function formatRate(rowsPerSecond: number): string {
  const shown = rowsPerSecond >= 10 ? formatThousands(Math.round(rowsPerSecond)) : String(Math.round(rowsPerSecond * 10) / 10);
  return `${shown} rows/s`;
}

/** A percentage as the `progress` output writes it: `42`, `42.5`, `100` (rounded down to one decimal). */
export function formatPercent(percent: number): string {
  return String(Math.floor(percent * 10) / 10);
}
