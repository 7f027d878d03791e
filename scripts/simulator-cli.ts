/**
 * The DTS simulator (test/simulator/server.ts) in a process of its own, so that a benchmark can
 * measure the action's CPU without counting the simulator's.
 *
 * Standalone:  node .build/scripts/simulator-cli.js [--objects N] [--latency MS] [--failures F]
 *   starts one job `dtsbench` of N objects (see test/support/scale.ts), prints `endpoint <url>` and
 *   serves until killed. The credentials are {@link BENCH_KEY}.
 *
 * Forked with an IPC channel (what scripts/bench.ts does): sends `{ type: 'ready', endpoint }`,
 * then answers the {@link Command}s it receives with `{ id, ok, result | error }`.
 */
import { pathToFileURL } from 'node:url';
import { startSimulator, type RecordedRequest, type Simulator } from '../test/simulator/server.js';
import { scaleJob, tablesFor, type ScaleJob } from '../test/support/scale.js';

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

function summarize(r: RecordedRequest): RequestSummary {
  const s: RequestSummary = { seq: r.seq, at: r.at, status: r.status, outcome: r.outcome };
  if (r.action !== undefined) s.action = r.action;
  if (r.jobId !== undefined) s.jobId = r.jobId;
  if (r.pageNum !== undefined) s.pageNum = r.pageNum;
  if (r.pageSize !== undefined) s.pageSize = r.pageSize;
  if (r.poll !== undefined) s.poll = r.poll;
  if (r.doneAt !== undefined) s.doneAt = r.doneAt;
  return s;
}

function execute(sim: Simulator, command: Command): unknown {
  switch (command.cmd) {
    case 'setJob':
      sim.setJob(command.jobId, scaleJob(command.spec));
      return null;
    case 'setLatency':
      sim.setLatency(command.ms);
      return null;
    case 'requests':
      return sim
        .dtsRequests()
        .filter((r) => command.jobId === undefined || r.jobId === command.jobId)
        .map(summarize);
    case 'clear':
      sim.clearRecords();
      return null;
    case 'close':
      return null;
  }
}

function numberArg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} wants a number`);
  return value;
}

async function main(): Promise<void> {
  const sim = await startSimulator({ region: BENCH_REGION, credentials: [BENCH_KEY], latencyMs: numberArg('latency', 0) });
  if (process.send) {
    process.on('message', (message: Command) => {
      let reply: object;
      try {
        reply = { id: message.id, ok: true, result: execute(sim, message) };
      } catch (thrown) {
        reply = { id: message.id, ok: false, error: thrown instanceof Error ? thrown.message : String(thrown) };
      }
      process.send?.(reply, () => {
        if (message.cmd === 'close') void sim.close().then(() => process.exit(0));
      });
    });
    // The parent going away (even killed) ends the simulator too.
    process.on('disconnect', () => void sim.close().then(() => process.exit(0)));
    process.send({ type: 'ready', endpoint: sim.endpoint });
  } else {
    const objects = numberArg('objects', 10_000);
    sim.setJob('dtsbench', scaleJob({ objects, failures: numberArg('failures', 0) }));
    process.stdout.write(`endpoint ${sim.endpoint} (job dtsbench: ${objects} objects = ${tablesFor(objects)} tables)\n`);
    const stop = () => void sim.close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  }
}

// Run only as a program, not when the bench imports the helpers above.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((thrown: unknown) => {
    process.stderr.write(`${thrown instanceof Error ? (thrown.stack ?? thrown.message) : String(thrown)}\n`);
    process.exit(1);
  });
}
