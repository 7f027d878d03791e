/**
 * The two legacy DTS actions, which name a job by its instance ID (`SynchronizationJobId`) and
 * want `RegionId`: `DescribeInitializationStatus` (the lists, page by page) and
 * `DescribeSynchronizationJobStatus` (the job as a whole, from the same poll as the page 1 beside
 * it: polls.ts).
 */
import type { ActionContext, SimulatedJob } from './jobs.js';
import { answerJobStatus } from './jobStatus.js';
import type { PollState } from './model.js';
import { pollFor } from './polls.js';
import { json, newRequestId, textualNothing, JSON_TYPE, type Answer } from './rpc.js';
import type { RecordedRequest } from './types.js';

export const LISTS_ACTION = 'DescribeInitializationStatus';

/** The checks both actions make of RegionId and SynchronizationJobId, then the job. */
function jobOf(rec: RecordedRequest, { gateway, options, jobs }: ActionContext): SimulatedJob | Answer {
  const p = rec.params;
  const refused = textualNothing(gateway, p);
  if (refused) return refused;
  if (p.RegionId === undefined || p.RegionId === '') {
    return gateway(400, 'InvalidRegionId', 'The parameter RegionId is mandatory for this action.');
  }
  if (options.region !== undefined && p.RegionId !== options.region) {
    return gateway(400, 'InvalidRegionId', `The specified region ${p.RegionId} does not exist.`);
  }
  const jobId = p.SynchronizationJobId;
  if (jobId === undefined || jobId === '') {
    return gateway(400, 'InvalidParameter', 'The parameter SynchronizationJobId is mandatory for this action.');
  }
  return jobs.byInstanceId(jobId) ?? gateway(404, 'Forbidden.InstanceNotFound', 'The specified instance is not found.');
}

const isJob = (found: SimulatedJob | Answer): found is SimulatedJob => 'scenario' in found;

/** The job as a whole, from the poll that the page 1 beside it sees (no paging). */
export function describeSynchronizationJobStatus(rec: RecordedRequest, context: ActionContext): Answer {
  const { gateway, options } = context;
  const job = jobOf(rec, context);
  if (!isJob(job)) return job;
  const direction = rec.params.SynchronizationDirection;
  if (direction !== undefined && direction !== 'Forward' && direction !== 'Reverse') {
    return gateway(400, 'InvalidParameter', `The parameter SynchronizationDirection is not valid: "${direction}" (Forward or Reverse).`);
  }
  const { poll, state } = pollFor(job.cursor, job.scenario, 'job', true);
  rec.poll = poll;
  return answerJobStatus(state, gateway, state.success ?? options.success ?? 'boolean');
}

/** The API's own checks of the parameters, then the page of the job's current state. */
export function describeInitializationStatus(rec: RecordedRequest, context: ActionContext): Answer {
  const { gateway } = context;
  const p = rec.params;
  const job = jobOf(rec, context);
  if (!isJob(job)) return job;
  let pageSize = 20;
  if (p.PageSize !== undefined) {
    const n = /^\d{1,9}$/.test(p.PageSize) ? Number(p.PageSize) : NaN;
    if (!(n >= 1 && n <= 100)) return gateway(400, 'InvalidParameter', `The parameter PageSize is not valid: "${p.PageSize}" (1 to 100).`);
    pageSize = n;
  }
  let pageNum = 1;
  if (p.PageNum !== undefined) {
    const n = /^\d{1,9}$/.test(p.PageNum) ? Number(p.PageNum) : NaN;
    if (!(n >= 1)) return gateway(400, 'InvalidParameter', `The parameter PageNum is not valid: "${p.PageNum}" (1 or more).`);
    pageNum = n;
  }
  // Page 1 opens (or joins) the job's next poll; later pages see that poll's state (polls.ts).
  const { poll, state } = pollFor(job.cursor, job.scenario, 'lists', pageNum === 1);
  rec.poll = poll;
  return page(state, context, pageNum, pageSize);
}

function page(state: PollState, { options }: ActionContext, pageNum: number, pageSize: number): Answer {
  const requestId = newRequestId();
  if (state.raw) {
    return {
      status: state.raw.status ?? 200,
      body: state.raw.body,
      contentType: state.raw.contentType ?? JSON_TYPE,
      outcome: 'raw',
      requestId
    };
  }
  const successStyle = state.success ?? options.success ?? 'boolean';
  if (state.successFalse) {
    return json(
      200,
      {
        RequestId: requestId,
        Success: successStyle === 'string' ? 'false' : false,
        ErrCode: state.successFalse.ErrCode,
        ErrMessage: state.successFalse.ErrMessage
      },
      'success-false'
    );
  }
  const shape = state.shape ?? options.shape ?? 'array';
  const constraintKey = options.constraintWrapperKey ?? 'Constraint';
  const { structure, data, incremental } = listsOfPage(state, pageNum, pageSize);
  const body: Record<string, unknown> = { RequestId: requestId, Success: successStyle === 'string' ? 'true' : true };
  if (shape === 'wrapped') {
    const wrapConstraints = (e: unknown): unknown => {
      if (typeof e !== 'object' || e === null || Array.isArray(e)) return e;
      const c = (e as Record<string, unknown>).Constraints;
      return Array.isArray(c) ? { ...(e as Record<string, unknown>), Constraints: { [constraintKey]: c } } : e;
    };
    body.StructureInitializationDetails = {
      StructureInitializationDetail: Array.isArray(structure) ? structure.map(wrapConstraints) : structure
    };
    body.DataInitializationDetails = { DataInitializationDetail: data };
    body.DataSynchronizationDetails = { DataSynchronizationDetail: incremental };
  } else {
    body.StructureInitializationDetails = structure;
    body.DataInitializationDetails = data;
    body.DataSynchronizationDetails = incremental;
  }
  if (state.fields) {
    for (const [k, v] of Object.entries(state.fields)) {
      if (v === undefined) delete body[k];
      else body[k] = v;
    }
  }
  return json(200, body, 'ok');
}

/** The lists of page `pageNum`: made by the state's `page` when it has one, else sliced. */
function listsOfPage(state: PollState, pageNum: number, pageSize: number): Record<'structure' | 'data' | 'incremental', unknown> {
  if (state.page) {
    const made = state.page(pageNum, pageSize);
    return { structure: made.structure ?? [], data: made.data ?? [], incremental: made.incremental ?? [] };
  }
  const from = (pageNum - 1) * pageSize;
  const slice = (list: unknown): unknown => (Array.isArray(list) ? list.slice(from, from + pageSize) : list);
  return { structure: slice(state.structure), data: slice(state.data), incremental: slice(state.incremental) };
}
