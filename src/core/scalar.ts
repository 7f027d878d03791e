/**
 * DTS writes every scalar as it pleases: `"true"` or `true`, `"9981"` or `9981`, and pop-core
 * parses numbers beyond 2^53 into BigNumber objects. These helpers read such values without
 * ever turning a large count into an inexact float.
 */

interface BigNumberLike {
  toFixed(): string;
}

function isBigNumberLike(value: object): value is BigNumberLike {
  // json-bigint's BigNumber (bignumber.js) marks itself with _isBigNumber / isBigNumber.
  const marked = value as { _isBigNumber?: unknown; isBigNumber?: unknown; toFixed?: unknown };
  return (marked._isBigNumber === true || marked.isBigNumber === true) && typeof marked.toFixed === 'function';
}

/** The text of a scalar; `''` for null, undefined, objects and arrays. */
export function text(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return value;
    case 'number':
      if (!Number.isFinite(value)) return '';
      // Integral floats beyond 2^53 print in full rather than as 1e+21.
      return Number.isInteger(value) ? BigInt(value).toString() : String(value);
    case 'bigint':
    case 'boolean':
      return String(value);
    case 'object':
      return value !== null && isBigNumberLike(value) ? value.toFixed() : '';
    default:
      return '';
  }
}

/** `true`, `"true"` (any case) are true; `false`, `"false"` are false; anything else undefined. */
export function flag(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  const t = text(value).trim().toLowerCase();
  if (t === 'true') return true;
  if (t === 'false') return false;
  return undefined;
}

/** A row count as a canonical decimal string, or undefined when it is not a whole number. */
export function count(value: unknown): string | undefined {
  const t = text(value).trim();
  if (!/^\d+$/.test(t)) return undefined;
  return t.replace(/^0+(?=\d)/, '');
}

/** A count DTS writes as a number or a string, as a number; undefined when it is none. */
export function wholeCount(value: unknown): number | undefined {
  const n = count(value);
  return n === undefined ? undefined : Number(n);
}

/** A JSON object (not an array, not null): the only kind of value whose fields are read. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `value` when it is a JSON object, else undefined: for reading a field of a field. */
export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return isRecord(value) ? value : undefined;
}
