/**
 * Copies of the API's strings that keep nothing else alive, one shared copy per repeated value.
 *
 * pop-core's JSON parser (json-bigint) cuts every string out of the text of the answer, and V8
 * keeps a cut of 13 characters or more as a view into that whole text. An object that kept such
 * a string would keep its page alive (the DDL of every object included), which for 100,000
 * objects outweighs the objects many times.
 */

/** A copy of `value` that refers to no larger string; short strings are copies already. */
export function detached(value: string): string {
  return value.length < 13 ? value : (' ' + value).slice(1);
}

/**
 * Statuses, database names, types and error messages repeat across entries: one detached copy
 * of each serves them all. One pool serves the pages of one read.
 */
export class StringPool {
  private readonly pool = new Map<string, string>();

  /** `limit`: distinct values kept for sharing; beyond it values are detached, not shared. */
  constructor(private readonly limit = 4096) {}

  /** The pool's copy of `value` (a detached one, added when there is room). */
  shared(value: string): string {
    const known = this.pool.get(value);
    if (known !== undefined) return known;
    const copy = detached(value);
    if (this.pool.size < this.limit) this.pool.set(copy, copy);
    return copy;
  }
}
