/**
 * The order in which objects are shown to people (summary table, failure message): what needs
 * attention first. Pure functions, no I/O.
 */
import { SECTIONS, type ClassifiedObject, type Section } from '../../core/types.js';

/**
 * Display rank: failed, ignored failures, pending Migrating, running (incremental), pending
 * NotStarted, pending with a status the action does not know, finished.
 */
function rankOf(object: ClassifiedObject): number {
  switch (object.outcome) {
    case 'failed':
      return 0;
    case 'ignored':
      return 1;
    case 'running':
      return 3;
    case 'finished':
      return 6;
    case 'pending':
    default:
      if (object.state === 'Migrating') return 2;
      if (object.state === 'NotStarted') return 4;
      return 5;
  }
}

const SECTION_INDEX: ReadonlyMap<Section, number> = new Map(SECTIONS.map((s, i) => [s, i]));

/**
 * The objects in display order: by rank, then by job (in the order of `jobIds`, unknown jobs
 * last), then by section (structure, constraint, data, incremental), then as given. Runs in
 * linear time (bucketing, no comparison sort) and yields lazily, so a caller that needs only
 * the first rows of 100,000 objects pays for one pass over them.
 */
export function* inDisplayOrder(
  objects: readonly ClassifiedObject[],
  jobIds: readonly string[],
  include?: (object: ClassifiedObject) => boolean
): Generator<ClassifiedObject> {
  const jobIndex = new Map<string, number>();
  jobIds.forEach((id, i) => {
    if (!jobIndex.has(id)) jobIndex.set(id, i);
  });
  const jobSlots = jobIds.length + 1;
  const sectionSlots = SECTIONS.length + 1;
  const buckets = new Map<number, ClassifiedObject[]>();
  for (const object of objects) {
    if (include && !include(object)) continue;
    const job = jobIndex.get(object.jobId) ?? jobIds.length;
    const section = SECTION_INDEX.get(object.section) ?? SECTIONS.length;
    const key = (rankOf(object) * jobSlots + job) * sectionSlots + section;
    const bucket = buckets.get(key);
    if (bucket) bucket.push(object);
    else buckets.set(key, [object]);
  }
  const keys = [...buckets.keys()].sort((a, b) => a - b);
  for (const key of keys) {
    yield* buckets.get(key) ?? [];
  }
}

/**
 * The name of the structure object a constraint belongs to, from its `parent`
 * (`<database>.<name>:<type>`): the database prefix is dropped when it is the constraint's own
 * source database, and the `:<type>` suffix is dropped.
 */
export function parentName(object: Pick<ClassifiedObject, 'parent' | 'sourceDatabase'>): string {
  let parent = object.parent ?? '';
  if (!parent) return '';
  const prefix = object.sourceDatabase + '.';
  if (object.sourceDatabase && parent.startsWith(prefix)) parent = parent.slice(prefix.length);
  const colon = parent.lastIndexOf(':');
  if (colon > 0) parent = parent.slice(0, colon);
  return parent;
}
