import { InputError, refusedValue } from '../errors.js';

/** The longest duration any input accepts. */
export const MAX_DURATION_MS = 7 * 24 * 60 * 60 * 1000;

const UNIT_MS: Record<string, number> = {
  ms: 1,
  s: 1000,
  m: 60 * 1000,
  h: 60 * 60 * 1000,
  d: 24 * 60 * 60 * 1000
};

/** A number with an optional fraction; no sign, no exponent, no second dot. */
const NUMBER = String.raw`\d+(?:\.\d+)?`;
const PLAIN_SECONDS = new RegExp(`^${NUMBER}$`);
/** One `<number><unit>` component, optionally followed by blanks. */
const COMPONENT = new RegExp(`(${NUMBER})[ \\t]*(ms|s|m|h|d)(?![a-z])[ \\t]*`, 'iy');

/**
 * Parses a duration such as `90s`, `45m`, `2h`, `1h30m`, `1h 30m`, `500ms`, or a plain number
 * of seconds (`120`, `0`), units case-insensitive, and returns whole milliseconds.
 *
 * @param text  the value as written (surrounding blanks are ignored)
 * @param input the input's name, used in the error message
 * @throws InputError when `text` is not such a duration or is longer than 7 days
 */
export function parseDuration(text: string, input: string): number {
  const value = text.trim();
  const invalid = (extra = ''): InputError =>
    new InputError(input, `${input} must be a duration such as 30s, 5m, 1h30m or a number of seconds${extra}; got ${refusedValue(text)}`);

  let ms: number;
  if (PLAIN_SECONDS.test(value)) {
    ms = Number(value) * 1000;
  } else {
    if (value === '') throw invalid();
    ms = 0;
    COMPONENT.lastIndex = 0;
    while (COMPONENT.lastIndex < value.length) {
      const at = COMPONENT.lastIndex;
      const match = COMPONENT.exec(value);
      if (match === null || match.index !== at) throw invalid();
      const [, amount = '', unit = ''] = match;
      const factor = UNIT_MS[unit.toLowerCase()];
      if (factor === undefined) throw invalid();
      ms += Number(amount) * factor;
    }
  }

  if (!Number.isFinite(ms) || ms < 0) throw invalid();
  if (ms > MAX_DURATION_MS) throw invalid(', at most 7 days');
  return Math.round(ms);
}

/** The range an input's duration must fall in, and how its error message says it. */
export interface DurationRange {
  minMs: number;
  maxMs: number;
  /** The range with an example, as the message words it: `from 100ms to 5m such as 10s`. */
  said: string;
}

/**
 * A duration as {@link parseDuration} reads it that also falls within `range`.
 *
 * @throws InputError when `text` is no duration, or one outside the range
 */
export function parseDurationWithin(text: string, input: string, range: DurationRange): number {
  const ms = parseDuration(text, input);
  if (ms < range.minMs || ms > range.maxMs) {
    throw new InputError(input, `${input} must be a duration ${range.said}; got ${refusedValue(text)}`);
  }
  return ms;
}
