/**
 * Which readings are of one object: one object is one (job, section, source database, name,
 * type), and for a constraint also the structure object it belongs to.
 */
import type { DtsObject, Section } from './types.js';

/** The identity of an object as one string (for tests and sets; the hot path uses IdentityMap). */
export function identity(o: DtsObject): string {
  return [o.jobId, o.section, o.sourceDatabase, o.name, o.type, o.parent ?? ''].join('\u0000');
}

/** Whether two readings are of one object; the name differs most often, so it is compared first. */
function sameObject(a: DtsObject, b: DtsObject): boolean {
  return (
    a.name === b.name &&
    a.section === b.section &&
    a.type === b.type &&
    a.sourceDatabase === b.sourceDatabase &&
    a.jobId === b.jobId &&
    (a.parent ?? '') === (b.parent ?? '')
  );
}

interface Entry<V> {
  object: DtsObject;
  value: V;
}

type Names<V> = Map<string, Entry<V> | Array<Entry<V>>>;

/**
 * A Map keyed by object identity, in insertion order. It finds an object by its name, then
 * compares the other fields, rather than building an {@link identity} string per object: for
 * the 100,000 objects of a poll that is several times faster and leaves no key strings behind.
 * Names are looked up per section: a table is in three sections, and one map of names would
 * keep a list of its three entries for each table (3 MB more for 100,000 objects).
 */
export class IdentityMap<V> {
  private readonly byName: Record<Section, Names<V>> = {
    structure: new Map(),
    constraint: new Map(),
    data: new Map(),
    incremental: new Map()
  };
  private readonly entries: Array<Entry<V>> = [];

  get size(): number {
    return this.entries.length;
  }

  get(object: DtsObject): V | undefined {
    return find(this.byName[object.section].get(object.name), object)?.value;
  }

  /** Adds `object` with `value`, or gives the object of the same identity this value. */
  set(object: DtsObject, value: V): void {
    const names = this.byName[object.section];
    const same = names.get(object.name);
    const known = find(same, object);
    if (known) known.value = value;
    else this.add(names, same, object, value);
  }

  /**
   * The value of the object of the same identity, left as it is; if there is none, adds `object`
   * with `value` and returns undefined. One lookup where get-then-set would take two.
   */
  getOrAdd(object: DtsObject, value: V): V | undefined {
    const names = this.byName[object.section];
    const same = names.get(object.name);
    const known = find(same, object);
    if (known) return known.value;
    this.add(names, same, object, value);
    return undefined;
  }

  values(): V[] {
    return this.entries.map((e) => e.value);
  }

  /** Adds `object`, for whose name its section's names give `same`. */
  private add(names: Names<V>, same: Entry<V> | Array<Entry<V>> | undefined, object: DtsObject, value: V): void {
    const entry = { object, value };
    this.entries.push(entry);
    if (same === undefined) names.set(object.name, entry);
    else if (Array.isArray(same)) same.push(entry);
    else names.set(object.name, [same, entry]);
  }
}

/** The entry of `object`'s identity among those of its section and name. */
function find<V>(same: Entry<V> | Array<Entry<V>> | undefined, object: DtsObject): Entry<V> | undefined {
  if (same === undefined) return undefined;
  if (!Array.isArray(same)) return sameObject(same.object, object) ? same : undefined;
  return same.find((e) => sameObject(e.object, object));
}
