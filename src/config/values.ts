/**
 * The parsers of single input values: each reads one value as written and returns it typed, or
 * throws an InputError that names the input and quotes what was refused.
 */
import { InputError, refusedValue } from '../errors.js';

/**
 * `data-check` as the run uses it: `auto` (where the task verifies its data), `required` (every
 * task must; written `true`) or `off` (never read; written `false`).
 */
export type DataCheck = 'auto' | 'required' | 'off';

const JOB_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
const REGION = /^[a-z0-9-]{2,40}$/;

/** Splits a list written with commas and/or newlines; trims, drops empties and duplicates. */
export function splitList(text: string): string[] {
  const seen = new Set<string>();
  for (const part of text.split(/[,\r\n]/)) {
    const item = part.trim();
    if (item !== '') seen.add(item);
  }
  return [...seen];
}

/** The three casings GitHub accepts for a word in a workflow (`true`, `True`, `TRUE`). */
function casings(word: string): string[] {
  return [word, word[0]!.toUpperCase() + word.slice(1), word.toUpperCase()];
}

/** `true`/`false` in the three casings GitHub accepts. */
export function parseBoolean(text: string, input: string): boolean {
  if (casings('true').includes(text)) return true;
  if (casings('false').includes(text)) return false;
  throw new InputError(input, `${input} must be true or false; got ${refusedValue(text)}`);
}

/** `auto`, `true` or `false`, each in the three casings. */
export function parseDataCheck(text: string, input: string): DataCheck {
  if (casings('auto').includes(text)) return 'auto';
  if (casings('true').includes(text)) return 'required';
  if (casings('false').includes(text)) return 'off';
  throw new InputError(input, `${input} must be auto, true or false; got ${refusedValue(text)}`);
}

/**
 * The jobs, each by its task ID or its instance ID, mixed in one list. Only their form is checked:
 * which ID names which task is DTS's to say, never guessed from the text.
 */
export function parseJobIds(text: string, input: string): string[] {
  const ids = splitList(text);
  if (ids.length === 0) {
    throw new InputError(
      input,
      `${input} is required: one or more DTS synchronization job IDs (task IDs or instance IDs) separated by commas or newlines`
    );
  }
  for (const id of ids) {
    if (!JOB_ID.test(id)) {
      throw new InputError(
        input,
        `${input} must list DTS synchronization job IDs, each its task ID (such as i03e3zty16iabcd) or its instance ID ` +
          `(such as dtsi03e3zty16iabcd): letters, digits, "_" and "-", up to 64 characters, separated by commas or newlines; ` +
          `got ${refusedValue(id)}`
      );
    }
  }
  return ids;
}

/**
 * A region ID such as `cn-hangzhou`.
 *
 * @param origin how the message names where the value came from: `region`, or
 *               `region (taken from ALICLOUD_REGION)` for a value of the environment
 */
export function parseRegion(text: string, origin: string): string {
  if (!REGION.test(text)) {
    throw new InputError(
      'region',
      `${origin} must be an Alibaba Cloud region ID such as cn-hangzhou (lower-case letters, digits and "-"); got ${refusedValue(text)}`
    );
  }
  return text;
}

export function parsePageSize(text: string, input: string): number {
  const n = /^\d{1,4}$/.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > 100) {
    throw new InputError(input, `${input} must be a whole number from 1 to 100; got ${refusedValue(text)}`);
  }
  return n;
}

/** The parser of a RAM ARN of one kind (`role`, `oidc-provider`), with the example its message gives. */
export function arnOf(kind: string, example: string): (text: string, input: string) => string {
  const pattern = new RegExp(`^acs:ram::\\d{1,32}:${kind}/[A-Za-z0-9._@+=,/-]{1,128}$`);
  return (text, input) => {
    if (!pattern.test(text)) {
      throw new InputError(input, `${input} must be a RAM ARN such as ${example}; got ${refusedValue(text)}`);
    }
    return text;
  };
}

/** The value as written: `''` when unset. */
export function asWritten(text: string): string {
  return text;
}

/** A parser that leaves an empty value unset (`undefined`) rather than refusing it. */
export function unlessEmpty<T>(parse: (text: string, input: string) => T): (text: string, input: string) => T | undefined {
  return (text, input) => (text === '' ? undefined : parse(text, input));
}
