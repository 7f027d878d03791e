/**
 * The calls of the current DTS API (2020-01-01), one descriptor each (see calls.ts for what a
 * descriptor holds): DescribeDtsJobs, which names a job by its task or instance ID and tells
 * which task an ID is and the job as a whole; DescribeDataCheckTableDetails, the tables a task's
 * full data verification checked.
 */
import { readTablePage, type TablePage } from '../core/dataCheck.js';
import type { AskedAs } from '../core/resolve.js';
import { readTaskPage, type TaskPage } from '../core/jobView.js';
import type { DtsCall } from './call.js';

/** Tasks a page of DescribeDtsJobs holds at most (it accepts 10, 20 and 30), and so the IDs of one request. */
export const TASKS_PER_PAGE = 30;

export type JobType = 'SYNC' | 'MIGRATION';

/**
 * Milliseconds of one unit of `Delay` in a DescribeDtsJobs entry, by the `JobType` asked for:
 * seconds for a synchronization task, milliseconds for a migration task.
 */
export const DELAY_UNIT_MS: Readonly<Record<JobType, number>> = { SYNC: 1000, MIGRATION: 1 };

export interface TasksRequest {
  /** At most {@link TASKS_PER_PAGE}, each as written. */
  ids: readonly string[];
  /** Whether `ids` are instance IDs (`DtsInstanceId`) or task IDs (`DtsJobId`). */
  as: AskedAs;
  /** Only tasks of this type are listed: DescribeDtsJobs lists migration tasks unless asked otherwise. */
  jobType: JobType;
  pageNumber: number;
  /** What the log calls the request: the look-up of the IDs before the first poll, or a poll's job view. */
  purpose: 'look-up' | 'job view';
}

/** `dtsA`, `dtsA and 11 more`. */
function named(ids: readonly string[]): string {
  return `${ids[0] ?? ''}${ids.length > 1 ? ` and ${ids.length - 1} more` : ''}`;
}

/** DescribeDtsJobs: the tasks with these IDs, one page of up to 30. */
export const dtsJobs: DtsCall<TasksRequest, TaskPage> = {
  action: 'DescribeDtsJobs',
  permission: 'dts:DescribeDtsJobs',
  params: ({ ids, as, jobType, pageNumber }, region) => ({
    JobType: jobType,
    [as === 'instance' ? 'DtsInstanceId' : 'DtsJobId']: ids.join(','),
    // `RegionId` is deprecated for this call.
    Region: region,
    PageSize: String(TASKS_PER_PAGE),
    PageNumber: String(pageNumber)
  }),
  answerFields: ['Success', 'DtsJobList', 'TotalRecordCount'],
  answers: 'a list of tasks',
  read: (body, { jobType }) => readTaskPage(body, DELAY_UNIT_MS[jobType]),
  label: ({ ids, as, purpose, pageNumber }) =>
    `${purpose} of ${named(ids)}${purpose === 'look-up' ? ` by ${as} ID` : ''}${pageNumber > 1 ? ` page ${pageNumber}` : ''}`
};

/** Tables asked for a page of DescribeDataCheckTableDetails: DTS documents no bound (its example asks for 10). */
export const TABLES_PER_PAGE = 100;

export interface TablesRequest {
  /** The job as the user wrote it, for the log. */
  jobId: string;
  /** The task ID: the call wants it, not the instance ID. */
  taskId: string;
  /** Every table (`Status=-1`), or only those whose rows differ (`Status=6`, which leaves out failed checks). */
  tables: 'all' | 'differing';
  pageNumber: number;
}

/** DescribeDataCheckTableDetails: one page of the tables of a task's full data verification (`CheckType=1`). */
export const tableDetails: DtsCall<TablesRequest, TablePage> = {
  action: 'DescribeDataCheckTableDetails',
  permission: 'dts:DescribeDataCheckTableDetails',
  // No region parameter: the endpoint says the region.
  params: ({ taskId, tables, pageNumber }) => ({
    DtsJobId: taskId,
    CheckType: '1',
    Status: tables === 'all' ? '-1' : '6',
    PageNumber: String(pageNumber),
    PageSize: String(TABLES_PER_PAGE)
  }),
  answerFields: ['Success', 'TableDetails', 'TotalCount'],
  answers: 'a list of verified tables',
  read: (body) => readTablePage(body),
  label: ({ jobId, tables, pageNumber }) => `${jobId} verification${tables === 'differing' ? ', differing tables,' : ''} page ${pageNumber}`
};
