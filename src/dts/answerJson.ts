/**
 * The JSON of DTS's answers, read with the native parser wherever that gives what pop-core's own
 * parser gives.
 *
 * pop-core parses every answer with json-bigint, a parser written in JavaScript that keeps a
 * number of more than 15 characters exact (as a BigNumber object), at four to five times the CPU
 * of the native `JSON.parse`; for a poll of 10,000 objects that is a third of the action's CPU.
 * Yet the answers of DTS write their row counts and times as strings: a number that json-bigint
 * would read otherwise than the native parser is rare. So a quick look at the text decides: when
 * it holds nothing that the two parsers could read apart, the native parser reads it; otherwise
 * json-bigint does, as before.
 *
 * pop-core calls `parse` of json-bigint's module export at each answer, so putting our function
 * there ({@link installAnswerParser}) changes what it uses. A text that is not JSON (a proxy's
 * HTML error page) then comes back as a {@link NotJson} marker instead of a throw of a plain
 * object: pop-core, in verbose mode, hands it over with the HTTP status.
 */
import jsonBigint from 'json-bigint';
import { detached } from '../core/stringPool.js';

/** json-bigint's own parse, kept before it is replaced. */
const exactParse = jsonBigint.parse;

/**
 * What the two parsers may read apart, each a superset of the cases (a match in a string only
 * costs the slower parse):
 * - a number token of more than 15 characters, which json-bigint makes a BigNumber, or one with
 *   an exponent of three digits or more, which may overflow to Infinity (json-bigint refuses
 *   it): a token starts after `:`, `,` or `[` and blanks, so that hex digits in a string (a
 *   request id such as "...5E123...") do not count;
 * - a number at the start of the text (a text that is a number by itself);
 * - a key json-bigint refuses (one that holds `__proto__` or `constructor`, also spelt with `\u`
 *   escapes of those letters, all of them \u0050 to \u007f).
 */
const NUMBER_TO_CHECK = /[:,[][ \t\n\r]*(?:[-\d][-+.\deE]{15}|-?\d+(?:\.\d+)?[eE][-+]?\d{3})/;
const LEADING_NUMBER = /^[ \t\n\r]*[-\d]/;
const GUARDED_KEY = /__proto__|constructor|\\u00[5-7]/;

function needsExactParse(text: string): boolean {
  return NUMBER_TO_CHECK.test(text) || LEADING_NUMBER.test(text) || GUARDED_KEY.test(text);
}

const NOT_JSON: unique symbol = Symbol('not JSON');

/** Characters of a text that is not JSON kept for a message. */
export const NOT_JSON_EXCERPT = 200;

/** An answer whose text is not JSON. Its text came from outside: make it safe before showing it. */
export interface NotJson {
  readonly [NOT_JSON]: true;
  /** The first {@link NOT_JSON_EXCERPT} characters of the text (fewer rather than half a surrogate pair). */
  readonly excerpt: string;
  /** The length of the whole text. */
  readonly length: number;
}

/** The marker of `text`, which is not JSON. */
export function notJson(text: string): NotJson {
  let end = Math.min(text.length, NOT_JSON_EXCERPT);
  const last = text.charCodeAt(end - 1);
  if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
  // A copy, so that the marker does not keep a large page alive through a slice of it.
  return Object.freeze({ [NOT_JSON]: true as const, excerpt: detached(text.slice(0, end)), length: text.length });
}

/** Whether `value` is the marker of a text that is not JSON; no JSON text can make one. */
export function isNotJson(value: unknown): value is NotJson {
  return typeof value === 'object' && value !== null && NOT_JSON in value;
}

/**
 * The value of an answer's text as json-bigint reads it (numbers of more than 15 characters as
 * BigNumber objects), read by the native parser where that gives the same; a text that neither
 * parser takes gives its {@link NotJson} marker. Objects of the native parser have Object's
 * prototype, json-bigint's none: only their own fields are read.
 */
export function parseAnswer(text: string): unknown {
  if (!needsExactParse(text)) {
    try {
      return JSON.parse(text);
    } catch {
      // json-bigint takes some texts the native parser refuses (control characters in strings, `01`).
    }
  }
  try {
    return exactParse(text);
  } catch {
    return notJson(text);
  }
}

/** What is put onto json-bigint's export: pop-core hands it the answer's Buffer. */
function parseForPopCore(source: unknown, reviver?: Parameters<typeof exactParse>[1]): unknown {
  if (reviver !== undefined) return exactParse(source, reviver);
  return parseAnswer(typeof source === 'string' ? source : String(source));
}

/** Makes pop-core (and anything else that calls json-bigint's own `parse`) read answers with {@link parseAnswer}. */
export function installAnswerParser(): void {
  jsonBigint.parse = parseForPopCore;
}
