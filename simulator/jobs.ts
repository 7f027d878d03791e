/**
 * The jobs the DTS endpoint knows: each by its instance ID (the legacy calls' SynchronizationJobId)
 * and by its task ID (the current API's DtsJobId), with its type, whether the current API lists
 * it, whether it verifies its data, and the cursor of its polls (polls.ts).
 */
import { createHash } from 'node:crypto';
import type { CheckState, JobScenario } from './model.js';
import { newCursor, type PollCursor } from './polls.js';
import type { GatewayError } from './rpc.js';
import type { JobSpec, SimulatorOptions } from './types.js';
import { verificationOf } from './verification.js';

export interface SimulatedJob {
  instanceId: string;
  taskId: string;
  jobType: 'SYNC' | 'MIGRATION';
  listed: boolean;
  fullDataCheck: boolean;
  name: string;
  scenario: JobScenario;
  cursor: PollCursor;
  /** For a job with verification: the verification at a poll where its scenario says none. */
  check?: (poll: number) => CheckState;
}

const TASK_ID_LETTERS = 'abcdefghijklmnopqrstuvwxyz0123456789';

/**
 * The default task ID of an instance ID: 15 letters and digits from a hash of it. DTS's examples
 * show the instance ID as `dts` and the task ID, which DTS does not document; a simulator that
 * did the same would let an action that derives one ID from the other pass.
 */
export function defaultTaskId(instanceId: string): string {
  const digest = createHash('sha256').update(`task of ${instanceId}`).digest();
  let id = '';
  for (let i = 0; i < 15; i++) id += TASK_ID_LETTERS[(digest[i] ?? 0) % TASK_ID_LETTERS.length];
  return id;
}

function specOf(job: JobScenario | JobSpec): JobSpec {
  return typeof job === 'function' ? { scenario: job } : job;
}

export class JobRegistry {
  /** In the order the jobs were added: the order DescribeDtsJobs lists them in. */
  private readonly byInstance = new Map<string, SimulatedJob>();
  private readonly byTask = new Map<string, SimulatedJob>();

  constructor(jobs: Record<string, JobScenario | JobSpec> = {}) {
    for (const [id, job] of Object.entries(jobs)) this.set(id, job);
  }

  /** Adds or replaces a job; a replaced job starts again at poll 0 and keeps its count of polls. */
  set(instanceId: string, job: JobScenario | JobSpec): void {
    const spec = specOf(job);
    const taskId = spec.taskId ?? defaultTaskId(instanceId);
    const holder = this.byTask.get(taskId);
    if (holder && holder.instanceId !== instanceId) {
      throw new Error(`task ID ${taskId} of job ${instanceId} is already the task ID of job ${holder.instanceId}`);
    }
    const old = this.byInstance.get(instanceId);
    if (old) this.byTask.delete(old.taskId);
    const entry: SimulatedJob = {
      instanceId,
      taskId,
      jobType: spec.jobType ?? 'SYNC',
      listed: spec.listed ?? true,
      fullDataCheck: spec.fullDataCheck ?? false,
      name: spec.name ?? instanceId,
      scenario: spec.scenario,
      cursor: newCursor(old?.cursor.total, spec.lookups ?? 0)
    };
    if (entry.fullDataCheck) entry.check = verificationOf(spec.scenario);
    this.byInstance.set(instanceId, entry);
    this.byTask.set(taskId, entry);
  }

  remove(instanceId: string): void {
    const old = this.byInstance.get(instanceId);
    if (!old) return;
    this.byInstance.delete(instanceId);
    this.byTask.delete(old.taskId);
  }

  byInstanceId(instanceId: string): SimulatedJob | undefined {
    return this.byInstance.get(instanceId);
  }

  byTaskId(taskId: string): SimulatedJob | undefined {
    return this.byTask.get(taskId);
  }

  all(): IterableIterator<SimulatedJob> {
    return this.byInstance.values();
  }
}

/** What the handler of each DTS action is given. */
export interface ActionContext {
  options: SimulatorOptions;
  gateway: GatewayError;
  jobs: JobRegistry;
}
