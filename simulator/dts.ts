/**
 * The DTS endpoint (2020-01-01): RPC calls signed as `@alicloud/pop-core` signs them (POST form
 * body or GET query), checked as the gateway checks them (gateway.ts), and answered from the
 * jobs it knows (jobs.ts), one module per action:
 *
 * - `DescribeInitializationStatus` and `DescribeSynchronizationJobStatus`, the legacy calls, by
 *   instance ID (legacy.ts);
 * - `DescribeDtsJobs`, the current API's tasks, by instance and task ID (dtsJobs.ts);
 * - `DescribeDataCheckTableDetails`, the tables of a task's data verification (dataCheck.ts).
 *
 * Every view of a job comes from the same state of its scenario at a poll (model.ts), and the
 * calls of one poll see the same poll (polls.ts).
 */
import { describeDataCheckTableDetails, TABLE_DETAILS_ACTION } from './dataCheck.js';
import { describeDtsJobs, DTS_JOBS_ACTION } from './dtsJobs.js';
import { Gateway } from './gateway.js';
import { JobRegistry, type ActionContext } from './jobs.js';
import { JOB_STATUS_ACTION } from './jobStatus.js';
import { describeInitializationStatus, describeSynchronizationJobStatus, LISTS_ACTION } from './legacy.js';
import type { JobScenario } from './model.js';
import type { Answer, GatewayError } from './rpc.js';
import type { CredentialSpec, JobSpec, RecordedRequest, SimulatorOptions } from './types.js';

type Handler = (rec: RecordedRequest, context: ActionContext) => Answer;

const HANDLERS: ReadonlyMap<string, Handler> = new Map([
  [LISTS_ACTION, describeInitializationStatus],
  [JOB_STATUS_ACTION, describeSynchronizationJobStatus],
  [DTS_JOBS_ACTION, describeDtsJobs],
  [TABLE_DETAILS_ACTION, describeDataCheckTableDetails]
]);

export interface DtsContext {
  options: SimulatorOptions;
  /** Known access keys (STS adds the temporary ones it issues). */
  credentials: Map<string, CredentialSpec>;
  /** The server's clock (the real one plus the configured offset). */
  now(): number;
  gateway: GatewayError;
}

export class DtsEndpoint {
  private readonly jobs: JobRegistry;
  private readonly gateway: Gateway;
  private readonly context: ActionContext;

  constructor({ options, credentials, now, gateway }: DtsContext) {
    this.jobs = new JobRegistry(options.jobs);
    this.gateway = new Gateway({ options, credentials, now, gateway, actions: new Set(HANDLERS.keys()) });
    this.context = { options, gateway, jobs: this.jobs };
  }

  setJob(jobId: string, job: JobScenario | JobSpec): void {
    this.jobs.set(jobId, job);
  }

  removeJob(jobId: string): void {
    this.jobs.remove(jobId);
  }

  pollsOf(jobId: string): number {
    return this.jobs.byInstanceId(jobId)?.cursor.total ?? 0;
  }

  taskIdOf(jobId: string): string | undefined {
    return this.jobs.byInstanceId(jobId)?.taskId;
  }

  handle(rec: RecordedRequest): Answer {
    const refused = this.gateway.refusal(rec);
    if (refused) return refused;
    // The gateway passes on only the actions of HANDLERS.
    return (HANDLERS.get(rec.params.Action ?? '') as Handler)(rec, this.context);
  }
}
