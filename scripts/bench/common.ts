/**
 * What the parts of the benchmark share: its settings, where things are, small helpers, and the
 * simulator in a process of its own (scripts/simulator-cli.ts), so that none of the simulator's
 * work is counted as the action's.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ScaleJob } from '../../test/support/scale.js';
import type { Command, RequestSummary } from '../simulator-cli.js';

/** .build/scripts: the compiled scripts (simulator-cli.js, maxrss.js, cold-start-minimal.js). */
export const SCRIPTS = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ROOT = resolve(SCRIPTS, '../..');
export const DIST_DIR = join(ROOT, 'dist');
export const OUT_FILE = join(ROOT, '.build/bench.json');

export const LATENCY_MS = 20;
export const PAGE_SIZE = 100;
export const SIZES = [1_000, 10_000, 100_000];
/** Later polls measured per size (the first poll, with read-ahead, is reported on its own). */
export const LATER_POLLS: Record<number, { concurrent: number; sequential: number }> = {
  1_000: { concurrent: 15, sequential: 3 },
  10_000: { concurrent: 15, sequential: 3 },
  100_000: { concurrent: 4, sequential: 2 }
};
/** Polls of 10,000 objects before anything is measured, so that the JIT has compiled the hot code. */
export const WARM_UP_POLLS = 10;
/** Allowed for timer lateness and the millisecond clocks of two processes in the latency figure. */
export const TIMER_TOLERANCE_MS = 10;
/** Longer than a poll of 100,000 objects takes: otherwise polls follow each other at once. */
export const FULL_RUN_POLL_INTERVAL_MS = 2_000;
/** Polls of a full run that see every object pending, before the one that sees them finished. */
export const FULL_RUN_PENDING_POLLS = 4;
export const COLD_START_RUNS = 9;

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
export const round = (n: number, digits = 1): number => Math.round(n * 10 ** digits) / 10 ** digits;
export const kib = (bytes: number): string => `${round(bytes / 1024)} KiB`;
export const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

export function progress(text: string): void {
  process.stderr.write(`  … ${text}\n`);
}

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

export class SimulatorProcess {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();

  private constructor(
    private readonly child: ChildProcess,
    readonly endpoint: string
  ) {
    child.on('message', (message: { id?: number; ok?: boolean; result?: unknown; error?: string }) => {
      const waiter = message.id !== undefined ? this.pending.get(message.id) : undefined;
      if (!waiter) return;
      this.pending.delete(message.id!);
      if (message.ok) waiter.resolve(message.result);
      else waiter.reject(new Error(message.error ?? 'simulator command failed'));
    });
  }

  static async start(latencyMs: number): Promise<SimulatorProcess> {
    const child = fork(join(SCRIPTS, 'simulator-cli.js'), ['--latency', String(latencyMs)], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc']
    });
    const endpoint = await new Promise<string>((done, fail) => {
      child.once('message', (message: { type?: string; endpoint?: string }) => {
        if (message.type === 'ready' && message.endpoint) done(message.endpoint);
        else fail(new Error('the simulator did not start'));
      });
      child.once('exit', (code) => fail(new Error(`the simulator exited with ${code}`)));
    });
    return new SimulatorProcess(child, endpoint);
  }

  call<T>(command: WithoutId<Command>): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((done, fail) => {
      this.pending.set(id, { resolve: (value) => done(value as T), reject: fail });
      this.child.send({ ...command, id });
    });
  }

  setJob(jobId: string, spec: ScaleJob): Promise<null> {
    return this.call({ cmd: 'setJob', jobId, spec });
  }

  requests(jobId?: string): Promise<RequestSummary[]> {
    return this.call(jobId === undefined ? { cmd: 'requests' } : { cmd: 'requests', jobId });
  }

  async close(): Promise<void> {
    const exited = new Promise<void>((done) => this.child.once('exit', () => done()));
    await this.call({ cmd: 'close' }).catch(() => undefined);
    await exited;
  }
}
