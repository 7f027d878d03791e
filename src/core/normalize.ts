/**
 * Turns one page of a DescribeInitializationStatus answer into plain objects. Pure: the DTS
 * client has already checked the transport and `Success`. An answer that does not read as a page
 * is a MalformedAnswer; whether to ask again is not decided here.
 *
 * Between two polls most objects do not change, and DTS lists them in the same order. Given the
 * same page as the poll before read it, an entry that reads exactly as the object at its place
 * there gives that object again instead of a new one: a poll of a job that barely moves then
 * makes almost nothing that outlives it, which is most of what the garbage collector works on.
 * Objects are never changed once made, so one may stand in two polls.
 */
import { MalformedAnswer } from '../errors.js';
import { count, isRecord, text } from './scalar.js';
import { outcomeOf } from './rules.js';
import { detached, StringPool } from './stringPool.js';
import type { IgnoreMatcher } from './ignore.js';
import type { AllFields, DtsObject, Outcome, Section, State } from './types.js';

/** The three lists DTS pages independently (constraints ride inside structure entries). */
type PagedSection = 'structure' | 'data' | 'incremental';

export interface Page {
  /** How many entries of each paged list this page brought: paging ends on a short page. */
  sizes: Record<PagedSection, number>;
  objects: DtsObject[];
}

const FIELDS: Record<PagedSection, { list: string; item: string }> = {
  structure: { list: 'StructureInitializationDetails', item: 'StructureInitializationDetail' },
  data: { list: 'DataInitializationDetails', item: 'DataInitializationDetail' },
  incremental: { list: 'DataSynchronizationDetails', item: 'DataSynchronizationDetail' }
};

// A Map, not an object literal: a status such as "constructor" must not find Object's members.
const STATES: ReadonlyMap<string, State> = new Map<string, State>([
  ['notstarted', 'NotStarted'],
  ['migrating', 'Migrating'],
  ['finished', 'Finished'],
  ['failed', 'Failed']
]);

/** The four statuses as DTS writes them: the common case, found without any string work. */
const EXACT_STATES: ReadonlyMap<string, State> = new Map<string, State>(
  ['NotStarted', 'Migrating', 'Finished', 'Failed'].map((s) => [s, s as State])
);

/**
 * DTS documents four statuses. Any case counts ("FAILED", "finished"), and "Not Started" may have
 * a blank, "_" or "-" between its words; anything else ("Fin ished", "Finished!") is unknown, so
 * that no status is ever taken for done on a guess.
 */
export function stateOf(status: string): State {
  return (
    EXACT_STATES.get(status) ??
    STATES.get(
      status
        .trim()
        .toLowerCase()
        .replace(/^not[\s_-]started$/, 'notstarted')
    ) ??
    'unknown'
  );
}

/**
 * A list in either shape DTS uses: a plain array, or `{ <item name>: [...] }` (also with a
 * single item not wrapped in an array). A missing list is empty; anything else is malformed.
 */
export function listOf(value: unknown, field: string, itemNames: readonly string[]): unknown[] {
  if (value === undefined || value === null || value === '') return [];
  if (Array.isArray(value)) return value;
  if (isRecord(value)) {
    const keys = Object.keys(value);
    if (keys.length === 0) return [];
    const inner = itemNames.map((name) => value[name]).find((v) => v !== undefined) ?? (keys.length === 1 ? value[keys[0]!] : undefined);
    if (Array.isArray(inner)) return inner;
    if (isRecord(inner)) return [inner];
  }
  throw new MalformedAnswer(`DTS answered with a malformed ${field} (expected a list, got ${kindOf(value)})`);
}

/** What kind of JSON value `value` is, for a message: `an array`, `null`, `a string`. */
export function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** What the pages of one read share. */
export interface ReadContext {
  /** One copy of each repeated value for all the pages of the read. */
  strings: StringPool;
  /**
   * The run's ignore patterns. When given, each object is made with its `outcome` too, and
   * snapshotOf takes it as it is instead of copying it to add one: for 100,000 objects a poll,
   * that is 100,000 fewer objects to allocate and then collect.
   */
  ignored?: IgnoreMatcher;
}

/** A DtsObject as readPage makes it: every field, and the outcome when the read knows it. */
type ReadObject = AllFields<DtsObject> & { outcome: Outcome | undefined };

/**
 * One object. Every object gets every field, in one order (absent ones undefined), so that all
 * of them share one shape: the code that goes over 100,000 of them stays monomorphic.
 */
function objectOf(
  jobId: string,
  section: Section,
  entry: Record<string, unknown>,
  read: ReadContext,
  name: string,
  type: string,
  parent?: string
): ReadObject {
  const { strings } = read;
  const status = strings.shared(text(entry.Status).trim());
  const object: ReadObject = {
    jobId,
    section,
    sourceDatabase: strings.shared(text(entry.SourceOwnerDBName)),
    destinationDatabase: strings.shared(text(entry.DestinationOwnerDBName)),
    name,
    type,
    parent,
    status,
    state: stateOf(status),
    error: strings.shared(text(entry.ErrorMessage)),
    totalRows: undefined,
    finishedRows: undefined,
    usedTime: undefined,
    outcome: undefined
  };
  if (read.ignored) object.outcome = outcomeOf(object, read.ignored);
  return object;
}

/**
 * The objects of the same page in the poll before, in the order readPage made them; the k-th
 * object a page makes is compared with the k-th of them.
 */
interface Earlier {
  readonly objects: readonly DtsObject[];
  next: number;
}

/** The earlier object at the place of the one being made (the place moves on either way). */
function nextEarlier(earlier: Earlier | undefined): ReadObject | undefined {
  return earlier?.objects[earlier.next++] as ReadObject | undefined;
}

/**
 * Whether `o` is what objectOf would make of this entry (`name` and `type` as the entry writes
 * them; the rows are the caller's to compare), with an outcome exactly when this read gives one.
 */
function readsAs(
  o: ReadObject | undefined,
  jobId: string,
  section: Section,
  entry: Record<string, unknown>,
  read: ReadContext,
  name: string,
  type: string
): o is ReadObject {
  return (
    o !== undefined &&
    o.name === name &&
    o.section === section &&
    o.type === type &&
    o.jobId === jobId &&
    o.status === text(entry.Status).trim() &&
    o.sourceDatabase === text(entry.SourceOwnerDBName) &&
    o.destinationDatabase === text(entry.DestinationOwnerDBName) &&
    o.error === text(entry.ErrorMessage) &&
    (o.outcome === undefined) === (read.ignored === undefined)
  );
}

/** Whether `parent` is `<database>.<name>:<type>`, without making that string. */
function isParentOf(parent: string | undefined, database: string, name: string, type: string): boolean {
  const dot = database.length;
  const colon = dot + 1 + name.length;
  return (
    parent !== undefined &&
    parent.length === colon + 1 + type.length &&
    parent.startsWith(database) &&
    parent[dot] === '.' &&
    parent.startsWith(name, dot + 1) &&
    parent[colon] === ':' &&
    parent.endsWith(type)
  );
}

function entryRecord(entry: unknown): Record<string, unknown> {
  // A malformed entry still becomes an object (status '' -> unknown -> pending), so that it can
  // never be silently dropped and let the job look finished.
  return isRecord(entry) ? entry : {};
}

function structureObjects(jobId: string, raw: unknown, read: ReadContext, objects: DtsObject[], earlier?: Earlier): void {
  const entry = entryRecord(raw);
  const nameText = text(entry.ObjectName);
  const typeText = text(entry.ObjectType);
  const before = nextEarlier(earlier);
  const structure = readsAs(before, jobId, 'structure', entry, read, nameText, typeText)
    ? before
    : objectOf(jobId, 'structure', entry, read, detached(nameText), read.strings.shared(typeText));
  objects.push(structure);
  const constraints = listOf(entry.Constraints, 'Constraints', ['Constraint', 'StructureInitializationDetail']);
  if (constraints.length === 0) return;
  const { sourceDatabase, name, type } = structure;
  let parent: string | undefined;
  for (const c of constraints) {
    const constraint = entryRecord(c);
    const constraintName = text(constraint.ObjectName);
    const constraintType = text(constraint.ObjectType);
    const seen = nextEarlier(earlier);
    if (
      readsAs(seen, jobId, 'constraint', constraint, read, constraintName, constraintType) &&
      isParentOf(seen.parent, sourceDatabase, name, type)
    ) {
      objects.push(seen);
      continue;
    }
    parent ??= detached(`${sourceDatabase}.${name}:${type}`);
    objects.push(objectOf(jobId, 'constraint', constraint, read, detached(constraintName), read.strings.shared(constraintType), parent));
  }
}

function dataObject(jobId: string, raw: unknown, read: ReadContext, earlier?: Earlier): DtsObject {
  const entry = entryRecord(raw);
  const name = text(entry.TableName);
  const total = count(entry.TotalRowNum);
  const finished = count(entry.FinishRowNum);
  const used = text(entry.UsedTime).trim();
  const before = nextEarlier(earlier);
  if (
    readsAs(before, jobId, 'data', entry, read, name, 'Table') &&
    before.totalRows === total &&
    before.finishedRows === finished &&
    before.usedTime === (used === '' ? undefined : used)
  ) {
    return before;
  }
  const object = objectOf(jobId, 'data', entry, read, detached(name), 'Table');
  if (total !== undefined) object.totalRows = detached(total);
  if (finished !== undefined) object.finishedRows = detached(finished);
  if (used !== '') object.usedTime = detached(used);
  return object;
}

function incrementalObject(jobId: string, raw: unknown, read: ReadContext, earlier?: Earlier): DtsObject {
  const entry = entryRecord(raw);
  const name = text(entry.TableName);
  const before = nextEarlier(earlier);
  if (readsAs(before, jobId, 'incremental', entry, read, name, 'Table')) return before;
  return objectOf(jobId, 'incremental', entry, read, detached(name), 'Table');
}

/**
 * Reads one answer page. The body must be an object; lists may be absent (= empty). The pages
 * of one read may share a {@link ReadContext}. `before`: the objects of the same page of this
 * job as the poll before read it, with the same ignore patterns; they are given again where the
 * answer reads as they did.
 */
export function readPage(
  jobId: string,
  body: unknown,
  read: ReadContext = { strings: new StringPool() },
  before?: readonly DtsObject[]
): Page {
  if (!isRecord(body)) {
    throw new MalformedAnswer(`DTS answered with ${kindOf(body)} instead of a JSON object`);
  }
  const lists = {} as Record<PagedSection, unknown[]>;
  for (const section of Object.keys(FIELDS) as PagedSection[]) {
    const { list, item } = FIELDS[section];
    lists[section] = listOf(body[list], list, [item]);
  }
  const objects: DtsObject[] = [];
  const earlier: Earlier | undefined = before && { objects: before, next: 0 };
  for (const entry of lists.structure) structureObjects(jobId, entry, read, objects, earlier);
  for (const entry of lists.data) objects.push(dataObject(jobId, entry, read, earlier));
  for (const entry of lists.incremental) objects.push(incrementalObject(jobId, entry, read, earlier));
  return {
    sizes: { structure: lists.structure.length, data: lists.data.length, incremental: lists.incremental.length },
    objects
  };
}
