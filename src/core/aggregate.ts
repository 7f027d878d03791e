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
  type State
} from './types.js';

/** One object is one (job, section, source database, name, type[, parent constraint owner]). */
export function identity(o: DtsObject): string {
  return [o.jobId, o.section, o.sourceDatabase, o.name, o.type, o.parent ?? ''].join('\u0000');
}

// When a poll meets an object twice (the lists shifted while it read them), the reading that is
// furthest from done wins: a failure is never hidden, and `Finished` is believed only if no
// other reading of the object disagrees.
const DONENESS: Record<State, number> = { Failed: 0, unknown: 1, Migrating: 2, NotStarted: 3, Finished: 4 };

export function dedupe(objects: readonly DtsObject[]): DtsObject[] {
  const byId = new Map<string, DtsObject>();
  for (const object of objects) {
    const id = identity(object);
    const seen = byId.get(id);
    if (seen === undefined || DONENESS[object.state] < DONENESS[seen.state]) byId.set(id, object);
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
    for (const c of [counts, job.counts, job.sections[object.section]]) {
      c.total++;
      c[object.outcome]++;
    }
    if (object.state === 'unknown') unknown.add(object.status);
  }
  return { poll, atMs, jobIds, objects, counts, byJob, unknownStatuses: [...unknown] };
}

/** Everything one complete poll read, as the Snapshot the verdict and the reporters use. */
export function snapshotOf(
  read: readonly DtsObject[],
  context: { jobIds: string[]; poll: number; atMs: number; ignored: IgnoreMatcher }
): Snapshot {
  const classified = dedupe(read).map((o): ClassifiedObject => ({ ...o, outcome: outcomeOf(o, context.ignored) }));
  return aggregate(classified, context.jobIds, context.poll, context.atMs);
}
