/**
 * The simulator in a process of its own (cli.ts), seen from the process that starts it: the
 * commands it answers over the IPC channel, what it answers, and a handle that forks it. The
 * benchmark uses it so that none of the simulator's work is counted as the action's.
 */
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { IpcChild } from './ipc.js';
import type { ScaleJob } from './scale.js';

/** The access key of the simulator in its own process. */
export const BENCH_KEY = { accessKeyId: 'LTAI5tBenchKey000001', accessKeySecret: 'bench-secret-not-printed' };
export const BENCH_REGION = 'cn-hangzhou';

export type Command =
  | { id: number; cmd: 'setJob'; jobId: string; spec: ScaleJob }
  | { id: number; cmd: 'setLatency'; ms: number }
  | { id: number; cmd: 'requests'; jobId?: string }
  | { id: number; cmd: 'clear' }
  | { id: number; cmd: 'close' };

/** A recorded DTS request without headers and body. */
export interface RequestSummary {
  seq: number;
  action?: string;
  jobId?: string;
  pageNum?: number;
  pageSize?: number;
  poll?: number;
  at: number;
  doneAt?: number;
  status: number;
  outcome: string;
}

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

/** The program beside this module, run from its source with tsx. */
const CLI = fileURLToPath(new URL('./cli.ts', import.meta.url));

/** A simulator forked into a process of its own, driven by {@link Command}s. */
export class SimulatorProcess extends IpcChild {
  private constructor(
    child: ChildProcess,
    readonly endpoint: string
  ) {
    super(child);
  }

  /** Forks the simulator, answering every call `latencyMs` late. */
  static async start(latencyMs: number): Promise<SimulatorProcess> {
    const { child, ready } = await IpcChild.forkReady(CLI, ['--latency', String(latencyMs)]);
    if (typeof ready.endpoint !== 'string') throw new Error('the simulator did not say its endpoint');
    return new SimulatorProcess(child, ready.endpoint);
  }

  call<T>(command: WithoutId<Command>): Promise<T> {
    return this.send<T>(command);
  }

  setJob(jobId: string, spec: ScaleJob): Promise<null> {
    return this.call({ cmd: 'setJob', jobId, spec });
  }

  /** From now on every call is answered `ms` late. */
  setLatency(ms: number): Promise<null> {
    return this.call({ cmd: 'setLatency', ms });
  }

  requests(jobId?: string): Promise<RequestSummary[]> {
    return this.call(jobId === undefined ? { cmd: 'requests' } : { cmd: 'requests', jobId });
  }
}
