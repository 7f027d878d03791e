/**
 * From the objects one poll read to a Snapshot: de-duplicate, classify by the waiting rules, count.
 */
import type { IgnoreMatcher } from './ignore.js';
import {
  SECTIONS,
  WAITED_SECTIONS,
  type ClassifiedObject,
  type Counts,
  type DtsObject,
  type Outcome,
  type Section,
  type Snapshot,
  type State,
  type AllFields
} from './types.js';

/** One object is one (job, section, source database, name, type[, parent constraint owner]). */
export function identity(o: DtsObject): string {
  return [o.jobId, o.section, o.sourceDatabase, o.name, o.type, o.parent ?? ''].join('\u0000');
}

/** Whether two readings are of one object (see {@link identity}); the name differs most often. */
export function sameObject(a: DtsObject, b: DtsObject): boolean {
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

/**
 * A Map keyed by object identity, in insertion order. It finds an object by its name, then
 * compares the other fields, rather than building an {@link identity} string per object: for
 * the 100,000 objects of a poll that is several times faster and leaves no key strings behind.
 */
export class IdentityMap<V> {
  private readonly byName = new Map<string, Entry<V> | Array<Entry<V>>>();
  private readonly entries: Array<Entry<V>> = [];

  get size(): number {
    return this.entries.length;
  }

  get(object: DtsObject): V | undefined {
    return this.entry(object)?.value;
  }

  /** Adds `object` with `value`, or gives the object of the same identity this value. */
  set(object: DtsObject, value: V): void {
    const known = this.entry(object);
    if (known) known.value = value;
    else this.add(object, value);
  }

  /**
   * The value of the object of the same identity, left as it is; if there is none, adds `object`
   * with `value` and returns undefined. One lookup where get-then-set would take two.
   */
  getOrAdd(object: DtsObject, value: V): V | undefined {
    const known = this.entry(object);
    if (known) return known.value;
    this.add(object, value);
    return undefined;
  }

  values(): V[] {
    return this.entries.map((e) => e.value);
  }

  private add(object: DtsObject, value: V): void {
    const entry = { object, value };
    this.entries.push(entry);
    const same = this.byName.get(object.name);
    if (same === undefined) this.byName.set(object.name, entry);
    else if (Array.isArray(same)) same.push(entry);
    else this.byName.set(object.name, [same, entry]);
  }

  private entry(object: DtsObject): Entry<V> | undefined {
    const same = this.byName.get(object.name);
    if (same === undefined) return undefined;
    if (!Array.isArray(same)) return sameObject(same.object, object) ? same : undefined;
    return same.find((e) => sameObject(e.object, object));
  }
}

// When a poll meets an object twice (the lists shifted while it read them), the reading that is
// furthest from done wins: a failure is never hidden, and `Finished` is believed only if no
// other reading of the object disagrees.
const DONENESS: Record<State, number> = { Failed: 0, unknown: 1, Migrating: 2, NotStarted: 3, Finished: 4 };

export function dedupe(objects: readonly DtsObject[]): DtsObject[] {
  const byId = new IdentityMap<DtsObject>();
  for (const object of objects) {
    const seen = byId.getOrAdd(object, object);
    if (seen !== undefined && DONENESS[object.state] < DONENESS[seen.state]) byId.set(object, object);
  }
  return byId.size === objects.length ? [...objects] : [...byId.values()];
}

export function outcomeOf(object: DtsObject, ignored: IgnoreMatcher): Outcome {
  switch (object.state) {
    case 'Finished':
      return 'finished';
    case 'Failed':
      return ignored(object) ? 'ignored' : 'failed';
    case 'NotStarted':
    case 'Migrating':
      return WAITED_SECTIONS.has(object.section) ? 'pending' : 'running';
    default:
      // A status we do not know is never taken for done, in any section.
      return 'pending';
  }
}

export function emptyCounts(): Counts {
  return { total: 0, finished: 0, failed: 0, ignored: 0, pending: 0, running: 0 };
}

function emptySections(): Record<Section, Counts> {
  return Object.fromEntries(SECTIONS.map((s) => [s, emptyCounts()])) as Record<Section, Counts>;
}

export function aggregate(objects: ClassifiedObject[], jobIds: string[], poll: number, atMs: number): Snapshot {
  const counts = emptyCounts();
  const byJob: Snapshot['byJob'] = {};
  for (const jobId of jobIds) byJob[jobId] = { counts: emptyCounts(), sections: emptySections() };
  const unknown = new Set<string>();
  for (const object of objects) {
    const job = (byJob[object.jobId] ??= { counts: emptyCounts(), sections: emptySections() });
    // Three counters by hand: a list of them per object would be 100,000 arrays a poll.
    const section = job.sections[object.section];
    counts.total++;
    counts[object.outcome]++;
    job.counts.total++;
    job.counts[object.outcome]++;
    section.total++;
    section[object.outcome]++;
    if (object.state === 'unknown') unknown.add(object.status);
  }
  return { poll, atMs, jobIds, objects, counts, byJob, unknownStatuses: [...unknown] };
}

/**
 * `o` with its outcome. Written out field by field: V8 gives a spread copy (`{ ...o, outcome }`)
 * of an object this wide about four times the memory, which for 100,000 objects is ~45 MB.
 */
function classify(o: DtsObject, outcome: Outcome): ClassifiedObject {
  const copy: AllFields<ClassifiedObject> = {
    jobId: o.jobId,
    section: o.section,
    sourceDatabase: o.sourceDatabase,
    destinationDatabase: o.destinationDatabase,
    name: o.name,
    type: o.type,
    parent: o.parent,
    status: o.status,
    state: o.state,
    error: o.error,
    totalRows: o.totalRows,
    finishedRows: o.finishedRows,
    usedTime: o.usedTime,
    outcome
  };
  return copy;
}

/** Everything one complete poll read, as the Snapshot the verdict and the reporters use. */
export function snapshotOf(
  read: readonly DtsObject[],
  context: { jobIds: string[]; poll: number; atMs: number; ignored: IgnoreMatcher; shiftedJobs?: string[] }
): Snapshot {
  const classified: ClassifiedObject[] = [];
  for (const o of dedupe(read)) {
    const outcome = outcomeOf(o, context.ignored);
    // Read with these ignore patterns, an object comes with this outcome already (see
    // readPage): it is taken as it is. Objects are never changed once made, so sharing is safe.
    const known = (o as Partial<ClassifiedObject>).outcome;
    classified.push(known === outcome ? (o as ClassifiedObject) : classify(o, outcome));
  }
  const snapshot = aggregate(classified, context.jobIds, context.poll, context.atMs);
  if (context.shiftedJobs && context.shiftedJobs.length > 0) snapshot.shiftedJobs = [...context.shiftedJobs];
  return snapshot;
}
