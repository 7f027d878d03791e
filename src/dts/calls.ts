/**
 * The DTS calls the gate makes, one descriptor each: the API action, its parameters, the fields
 * a successful answer has at least one of, how the answer is read into the core's plain data,
 * its label in the log, and the RAM permission it needs. The client makes any of them the same
 * way (client.ts); adding a call is its descriptor here, its reader in the core, its rule and
 * its words.
 */
import { readJobStatus } from '../core/job.js';
import type { JobStatus } from '../core/jobTypes.js';
import { readPage, type Page, type ReadContext } from '../core/normalize.js';
import type { DtsObject } from '../core/types.js';
import type { DtsCall } from './call.js';
import { dtsJobs, tableDetails } from './currentCalls.js';

export type { DtsCall } from './call.js';

export interface PageRequest {
  /** The job as the user wrote it: what the objects and the log are named by. */
  jobId: string;
  /** The instance ID the call asks for; the ID as written when absent. */
  instanceId?: string;
  pageNum: number;
  pageSize: number;
  /** What the pages of one read share (strings, the ignore patterns). */
  read: ReadContext;
  /** The objects of this page at the job's last complete read: they stand again where the answer reads as they did. */
  before?: readonly DtsObject[];
}

/** DescribeInitializationStatus: one page of a job's lists of objects. */
export const listsPage: DtsCall<PageRequest, Page> = {
  action: 'DescribeInitializationStatus',
  permission: 'dts:DescribeInitializationStatus',
  params: ({ jobId, instanceId, pageNum, pageSize }, region) => ({
    SynchronizationJobId: instanceId ?? jobId,
    RegionId: region,
    PageSize: String(pageSize),
    PageNum: String(pageNum)
  }),
  answerFields: ['Success', 'StructureInitializationDetails', 'DataInitializationDetails', 'DataSynchronizationDetails'],
  answers: 'any initialization list',
  read: (body, { jobId, read, before }) => readPage(jobId, body, read, before),
  label: ({ jobId, pageNum }) => `${jobId} page ${pageNum}`
};

export interface JobRequest {
  /** The job as the user wrote it. */
  jobId: string;
  /** The instance ID the call asks for; the ID as written when absent. */
  instanceId?: string;
}

/** DescribeSynchronizationJobStatus: the job as a whole (no paging), for a job DescribeDtsJobs does not list. */
export const jobStatus: DtsCall<JobRequest, JobStatus> = {
  action: 'DescribeSynchronizationJobStatus',
  permission: 'dts:DescribeSynchronizationJobStatus',
  params: ({ jobId, instanceId }, region) => ({ SynchronizationJobId: instanceId ?? jobId, RegionId: region }),
  answerFields: [
    'Success',
    'Status',
    'PrecheckStatus',
    'StructureInitializationStatus',
    'DataInitializationStatus',
    'DataSynchronizationStatus'
  ],
  answers: 'any job state',
  read: (body) => readJobStatus(body),
  label: ({ jobId }) => `${jobId} job status`
};

/** Every call, in the order a run makes them. */
export const CALLS: ReadonlyArray<DtsCall<never, unknown>> = [dtsJobs, listsPage, jobStatus, tableDetails];
