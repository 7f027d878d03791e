/**
 * Turns one page of a DescribeInitializationStatus answer into plain objects. Pure: the DTS
 * client has already checked the transport and `Success`.
 */
import { DtsApiError } from '../errors.js';
import { count, text } from './scalar.js';
import type { DtsObject, Section, State } from './types.js';

/** The three lists DTS pages independently (constraints ride inside structure entries). */
export type PagedSection = 'structure' | 'data' | 'incremental';

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

const STATES: Record<string, State> = {
  notstarted: 'NotStarted',
  migrating: 'Migrating',
  finished: 'Finished',
  failed: 'Failed'
};

/** DTS documents four statuses; other spellings of them ("FAILED", "Not Started") count too. */
export function stateOf(status: string): State {
  return STATES[status.replace(/[\s_-]/g, '').toLowerCase()] ?? 'unknown';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
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
  throw new DtsApiError('InvalidResponse', `DTS answered with a malformed ${field} (expected a list, got ${describe(value)})`, {
    retryable: true
  });
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function common(jobId: string, section: Section, entry: Record<string, unknown>) {
  const status = text(entry.Status).trim();
  return {
    jobId,
    section,
    sourceDatabase: text(entry.SourceOwnerDBName),
    destinationDatabase: text(entry.DestinationOwnerDBName),
    status,
    state: stateOf(status),
    error: text(entry.ErrorMessage)
  };
}

function entryRecord(entry: unknown): Record<string, unknown> {
  // A malformed entry still becomes an object (status '' -> unknown -> pending), so that it can
  // never be silently dropped and let the job look finished.
  return isRecord(entry) ? entry : {};
}

function structureObjects(jobId: string, raw: unknown): DtsObject[] {
  const entry = entryRecord(raw);
  const base = common(jobId, 'structure', entry);
  const name = text(entry.ObjectName);
  const type = text(entry.ObjectType);
  const objects: DtsObject[] = [{ ...base, name, type }];
  const parent = `${base.sourceDatabase}.${name}:${type}`;
  for (const c of listOf(entry.Constraints, 'Constraints', ['Constraint', 'StructureInitializationDetail'])) {
    const constraint = entryRecord(c);
    objects.push({
      ...common(jobId, 'constraint', constraint),
      name: text(constraint.ObjectName),
      type: text(constraint.ObjectType),
      parent
    });
  }
  return objects;
}

function dataObject(jobId: string, raw: unknown): DtsObject {
  const entry = entryRecord(raw);
  const object: DtsObject = { ...common(jobId, 'data', entry), name: text(entry.TableName), type: 'Table' };
  const total = count(entry.TotalRowNum);
  const finished = count(entry.FinishRowNum);
  const used = text(entry.UsedTime).trim();
  if (total !== undefined) object.totalRows = total;
  if (finished !== undefined) object.finishedRows = finished;
  if (used !== '') object.usedTime = used;
  return object;
}

function incrementalObject(jobId: string, raw: unknown): DtsObject {
  const entry = entryRecord(raw);
  return { ...common(jobId, 'incremental', entry), name: text(entry.TableName), type: 'Table' };
}

/** Reads one answer page. The body must be an object; lists may be absent (= empty). */
export function readPage(jobId: string, body: unknown): Page {
  if (!isRecord(body)) {
    throw new DtsApiError('InvalidResponse', `DTS answered with ${describe(body)} instead of a JSON object`, { retryable: true });
  }
  const lists = {} as Record<PagedSection, unknown[]>;
  for (const section of Object.keys(FIELDS) as PagedSection[]) {
    const { list, item } = FIELDS[section];
    lists[section] = listOf(body[list], list, [item]);
  }
  const objects: DtsObject[] = [];
  for (const entry of lists.structure) objects.push(...structureObjects(jobId, entry));
  for (const entry of lists.data) objects.push(dataObject(jobId, entry));
  for (const entry of lists.incremental) objects.push(incrementalObject(jobId, entry));
  return {
    sizes: { structure: lists.structure.length, data: lists.data.length, incremental: lists.incremental.length },
    objects
  };
}
