/**
 * The look-up before the first poll: which task each `job-id` is, asked of DescribeDtsJobs in
 * batches of 30 IDs, first as instance IDs, then (those not found) as task IDs, and only for the
 * IDs found by neither, once more as migration tasks, so that a migration task is refused by name.
 * Up to 30 synchronization tasks cost one call (instance IDs) or two (task IDs among them).
 *
 * DescribeDtsJobs refused for good (no `dts:DescribeDtsJobs`, an endpoint without the action):
 * every ID is used as given, and the refusal is handed on for its warning. Any other error that
 * outlasts the retries ends the run, as a first poll's would.
 */
import type { JobIdentity, JobStatus, Refusal, TaskEntry } from '../core/jobTypes.js';
import { asGiven, notFound, resolveJobs, type AskedAs } from '../core/resolve.js';
import { DtsApiError, InputError } from '../errors.js';
import { safeLine } from '../text/safe.js';
import type { Caller } from './caller.js';
import { dtsJobs, TASKS_PER_PAGE, type JobType, type TasksRequest } from './currentCalls.js';
import { handlingOf } from './policy.js';

/** Pages read of one batch at most: 30 IDs name at most 30 tasks, one page; more would be a list that never ends. */
const MAX_PAGES = 10;

export interface LookedUp {
  /** One per ID, in the order written. */
  identities: JobIdentity[];
  /** The job as the look-up listed it, by the ID as written (the first poll's job view). */
  views: Record<string, JobStatus>;
  /** DescribeDtsJobs refused for good: every ID is used as given. */
  refused?: Refusal;
}

/** The batches of `ids` one request each can ask. */
export function batches<T>(ids: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < ids.length; i += TASKS_PER_PAGE) out.push(ids.slice(i, i + TASKS_PER_PAGE));
  return out;
}

/**
 * Every task DescribeDtsJobs lists for `ids` asked as `as`, of `jobType`: one request per batch
 * of 30, side by side, each read to its last page.
 */
export async function listTasks(
  calls: Caller,
  ids: readonly string[],
  as: AskedAs,
  jobType: JobType,
  purpose: TasksRequest['purpose']
): Promise<{ entries: TaskEntry[]; calls: number }> {
  let made = 0;
  const read = async (batch: string[]): Promise<TaskEntry[]> => {
    const entries: TaskEntry[] = [];
    for (let pageNumber = 1; pageNumber <= MAX_PAGES; pageNumber++) {
      made++;
      const page = await calls.call(dtsJobs, { ids: batch, as, jobType, pageNumber, purpose });
      entries.push(...page.entries);
      // A short page is the last; a full one is the last too once every task it counts is read.
      const full = page.listed >= TASKS_PER_PAGE;
      if (!full || (page.total !== undefined && entries.length >= page.total)) break;
    }
    return entries;
  };
  const entries = (await Promise.all(batches(ids).map(read))).flat();
  return { entries, calls: made };
}

function migrationError(migrations: ReadonlyArray<{ id: string; task: TaskEntry }>): InputError {
  const named = migrations
    .slice(0, 5)
    .map(({ id, task }) => {
      const other = id === task.taskId ? `instance ${safeLine(task.instanceId, 64)}` : `task ${safeLine(task.taskId, 64)}`;
      return `${id} (${other})`;
    })
    .join(', ');
  const more = migrations.length > 5 ? ` and ${migrations.length - 5} more` : '';
  const these = migrations.length === 1 ? 'is a data migration task' : 'are data migration tasks';
  return new InputError(
    'job-id',
    `job-id ${named}${more} ${these} (DescribeDtsJobs lists ${migrations.length === 1 ? 'it' : 'them'} with JobType MIGRATION), ` +
      'not a synchronization task: this action waits on the initial synchronization of synchronization tasks; ' +
      'give the task ID or instance ID of a synchronization task'
  );
}

function duplicateError(duplicates: ReadonlyArray<[string, string]>, identities: readonly JobIdentity[]): InputError {
  const [first, second] = duplicates[0]!;
  const instance = identities.find((j) => j.id === first)?.instanceId ?? first;
  return new InputError(
    'job-id',
    `job-id names one task twice: ${first} and ${second} are both synchronization task ${safeLine(instance, 64)} ` +
      '(its task ID and its instance ID); list each task once'
  );
}

/**
 * Which task each of `ids` is. @throws InputError for a migration task or a task named twice;
 * DtsApiError for what a retry could not mend, other than a refusal.
 */
export async function lookUpJobs(calls: Caller, ids: readonly string[]): Promise<LookedUp> {
  let lookup;
  try {
    const tasks = async (asked: readonly string[], as: AskedAs, jobType: JobType): Promise<TaskEntry[]> =>
      asked.length > 0 ? (await listTasks(calls, asked, as, jobType, 'look-up')).entries : [];
    const byInstance = await tasks(ids, 'instance', 'SYNC');
    const rest = notFound(ids, byInstance, 'instance');
    const byTask = await tasks(rest, 'task', 'SYNC');
    const neither = notFound(rest, byTask, 'task');
    const migration = await tasks(neither, 'instance', 'MIGRATION');
    migration.push(...(await tasks(notFound(neither, migration, 'instance'), 'task', 'MIGRATION')));
    lookup = { byInstance, byTask, migration };
  } catch (thrown) {
    if (thrown instanceof DtsApiError && handlingOf(thrown) === 'refused') {
      return { identities: asGiven(ids), views: {}, refused: { code: thrown.code, message: thrown.explain() } };
    }
    throw thrown;
  }
  const resolution = resolveJobs(ids, lookup);
  if (resolution.migrations.length > 0) throw migrationError(resolution.migrations);
  if (resolution.duplicates.length > 0) throw duplicateError(resolution.duplicates, resolution.identities);
  return { identities: resolution.identities, views: resolution.views };
}
