/**
 * DescribeDtsJobs (2020-01-01): the current API's list of tasks, here the simulated jobs the
 * current API knows, each entry made from the job's state at its poll (jobView.ts).
 *
 * - `JobType` `MIGRATION` (the default, when absent), `SYNC` or `SUBSCRIBE`: only tasks of that
 *   type are listed, so a synchronization task needs `SYNC`; a job that only the legacy API
 *   knows (`listed: false`) is never listed.
 * - `DtsInstanceId` and `DtsJobId`: comma-separated IDs; with both, a task must match both (each
 *   filter narrows the list). An ID that matches nothing is simply not listed.
 * - `Region` is required (`RegionId` is deprecated and not read) and must be the simulator's
 *   region when it has one.
 * - `PageSize` 10, 20 (the default) or 30, `PageNumber` from 1: anything else is refused as the
 *   current API refuses a parameter (rpc.ts `invalidParameter`). `PageRecordCount` is the page's
 *   size, as DTS documents it; `TotalRecordCount` the tasks that match.
 *
 * Each job on the page answered counts as that job's `view` call of the poll (polls.ts); the
 * record of the call has each one's poll (`polls`). The other filters (`Status`, `Type` and
 * `Params`, tags, ...) are not simulated: they are ignored.
 */
import type { ActionContext } from './jobs.js';
import { jobViewOf } from './jobView.js';
import { pollFor } from './polls.js';
import { invalidParameter, json, missingParameter, newRequestId, positiveParam, textualNothing, type Answer } from './rpc.js';
import type { RecordedRequest } from './types.js';

export const DTS_JOBS_ACTION = 'DescribeDtsJobs';

const PAGE_SIZES: readonly string[] = ['10', '20', '30'];
const JOB_TYPES: readonly string[] = ['MIGRATION', 'SYNC', 'SUBSCRIBE'];

/** The IDs of a comma-separated filter; undefined when there is no filter. */
function idFilter(text: string | undefined): ReadonlySet<string> | undefined {
  const ids = (text ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
  return ids.length > 0 ? new Set(ids) : undefined;
}

export function describeDtsJobs(rec: RecordedRequest, { gateway, options, jobs }: ActionContext): Answer {
  const p = rec.params;
  const refused = textualNothing(gateway, p);
  if (refused) return refused;
  if (p.Region === undefined || p.Region === '') return missingParameter(gateway, 'Region');
  if (options.region !== undefined && p.Region !== options.region) {
    return gateway(400, 'InvalidRegionId', `The specified region ${p.Region} does not exist.`);
  }
  const jobType = p.JobType ?? 'MIGRATION';
  if (!JOB_TYPES.includes(jobType)) return invalidParameter('JobType');
  if (p.PageSize !== undefined && !PAGE_SIZES.includes(p.PageSize)) return invalidParameter('PageSize');
  const pageSize = Number(p.PageSize ?? '20');
  const pageNumber = positiveParam(p.PageNumber, 1);
  if (pageNumber === undefined) return invalidParameter('PageNumber');

  const instances = idFilter(p.DtsInstanceId);
  const tasks = idFilter(p.DtsJobId);
  const matching = [...jobs.all()].filter(
    (job) =>
      job.listed &&
      job.jobType === jobType &&
      (instances === undefined || instances.has(job.instanceId)) &&
      (tasks === undefined || tasks.has(job.taskId))
  );
  const polls: Record<string, number> = {};
  const list = matching.slice((pageNumber - 1) * pageSize, pageNumber * pageSize).map((job) => {
    const { poll, state } = pollFor(job.cursor, job.scenario, 'view', true);
    polls[job.instanceId] = poll;
    return jobViewOf(job, poll, state);
  });
  rec.polls = polls;
  return json(
    200,
    {
      RequestId: newRequestId(),
      HttpStatusCode: 200,
      Success: true,
      TotalRecordCount: matching.length,
      PageNumber: pageNumber,
      PageRecordCount: pageSize,
      DtsJobList: list
    },
    'ok'
  );
}
