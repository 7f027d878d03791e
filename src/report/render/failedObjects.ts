/**
 * The `failed-objects` output. Pure function, no I/O.
 */
import type { ClassifiedObject } from '../../core/types.js';
import { cutText } from '../../text/cut.js';

/** Bytes of the `failed-objects` output at most (a job's outputs may total 1 MB). */
const FAILED_OBJECTS_MAX_BYTES = 80_000;
const JSON_ERROR_CHARS = 1000;
const JSON_FIELD_CHARS = 512;

/**
 * The `failed-objects` output: a JSON array of the failed (not ignored) objects, in the order
 * given, at most `limit` of them, each
 * `{"jobId","section","sourceDatabase","destinationDatabase","name","type","status","error"}`.
 * `error` is cut to 1,000 characters (other fields to 512); should the array still exceed
 * `maxBytes`, the errors are cut shorter, evenly, and as a last resort entries are dropped from
 * the end. The `failed` output and the report file carry the true count and every object.
 */
export function failedObjectsJson(objects: readonly ClassifiedObject[], limit = 100, maxBytes = FAILED_OBJECTS_MAX_BYTES): string {
  const picked: ClassifiedObject[] = [];
  for (const o of objects) {
    if (picked.length >= limit) break;
    if (o.outcome === 'failed') picked.push(o);
  }
  const entry = (o: ClassifiedObject, errorChars: number): string =>
    JSON.stringify({
      jobId: cutText(o.jobId, JSON_FIELD_CHARS),
      section: o.section,
      sourceDatabase: cutText(o.sourceDatabase, JSON_FIELD_CHARS),
      destinationDatabase: cutText(o.destinationDatabase, JSON_FIELD_CHARS),
      name: cutText(o.name, JSON_FIELD_CHARS),
      type: cutText(o.type, JSON_FIELD_CHARS),
      status: cutText(o.status, JSON_FIELD_CHARS),
      error: cutText(o.error, errorChars)
    });
  const build = (errorChars: number, count: number): string =>
    '[' +
    picked
      .slice(0, count)
      .map((o) => entry(o, errorChars))
      .join(',') +
    ']';
  const fits = (text: string): boolean => Buffer.byteLength(text, 'utf8') <= maxBytes;

  let text = build(JSON_ERROR_CHARS, picked.length);
  if (fits(text)) return text;
  // Shorter errors: the largest cap that fits (a JSON-escaped character takes at most 6 bytes).
  let low = 0;
  let high = JSON_ERROR_CHARS;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(build(mid, picked.length))) low = mid;
    else high = mid - 1;
  }
  text = build(low, picked.length);
  for (let count = picked.length; !fits(text) && count > 0; count--) text = build(low, count - 1);
  return text;
}
