/**
 * Which job each `job-id` names, from what DescribeDtsJobs listed when the IDs were asked as
 * instance IDs, then as task IDs, and (for the IDs found by neither) as migration tasks. Pure.
 *
 * An ID is matched only by equality with the ID DTS listed it under: one ID is never derived
 * from the other's text. An ID DescribeDtsJobs does not list as a synchronization task is used as
 * the instance ID, as given (a legacy instance, or a task of another kind); one it lists as a
 * migration task is no synchronization job at all, and two IDs of one task name it twice: both
 * are for the caller to refuse.
 */
import type { JobIdentity, JobStatus, TaskEntry } from './jobTypes.js';

/** How the IDs were asked: as `DtsInstanceId` or as `DtsJobId`. */
export type AskedAs = 'instance' | 'task';

/** What DescribeDtsJobs listed for the IDs of a run. */
export interface Lookup {
  /** Synchronization tasks listed when the IDs were asked as instance IDs. */
  byInstance: readonly TaskEntry[];
  /** Synchronization tasks listed when the IDs not found so were asked as task IDs. */
  byTask: readonly TaskEntry[];
  /** Migration tasks listed for the IDs found by neither, asked either way. */
  migration: readonly TaskEntry[];
}

export interface Resolution {
  /** One per ID, in the order written. */
  identities: JobIdentity[];
  /** The job as the look-up listed it, by the ID as written: the first poll's job view. */
  views: Record<string, JobStatus>;
  /** IDs that name a migration task, with the task. */
  migrations: Array<{ id: string; task: TaskEntry }>;
  /** Two IDs as written that name one task: `[first, second]`. */
  duplicates: Array<[string, string]>;
}

/** The entry listed under `id` asked as `as`; undefined when none is. */
export function entryOf(id: string, entries: readonly TaskEntry[], as: AskedAs): TaskEntry | undefined {
  return entries.find((e) => (as === 'instance' ? e.instanceId : e.taskId) === id);
}

/** The IDs of `ids` that none of `entries` is listed under, asked as `as`. */
export function notFound(ids: readonly string[], entries: readonly TaskEntry[], as: AskedAs): string[] {
  return ids.filter((id) => entryOf(id, entries, as) === undefined);
}

/** The tasks of a run's IDs, from what the look-up listed. */
export function resolveJobs(given: readonly string[], lookup: Lookup): Resolution {
  const resolution: Resolution = { identities: [], views: {}, migrations: [], duplicates: [] };
  const byInstance = new Map<string, string>();
  for (const id of given) {
    const task = entryOf(id, lookup.byInstance, 'instance') ?? entryOf(id, lookup.byTask, 'task');
    if (!task) {
      const migration = entryOf(id, lookup.migration, 'instance') ?? entryOf(id, lookup.migration, 'task');
      if (migration) resolution.migrations.push({ id, task: migration });
      resolution.identities.push({ id, instanceId: id, listed: false });
      continue;
    }
    const first = byInstance.get(task.instanceId);
    if (first !== undefined) resolution.duplicates.push([first, id]);
    else byInstance.set(task.instanceId, id);
    resolution.identities.push({ id, instanceId: task.instanceId, taskId: task.taskId, listed: true, fullDataCheck: task.fullDataCheck });
    resolution.views[id] = task.job;
  }
  return resolution;
}

/** Every ID used as given: DescribeDtsJobs could not be asked. */
export function asGiven(given: readonly string[]): JobIdentity[] {
  return given.map((id) => ({ id, instanceId: id, listed: false }));
}
