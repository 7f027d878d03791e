/**
 * The DTS simulator (server.ts) as a program, so that a benchmark can measure the action's CPU
 * without counting the simulator's, and a workflow can run the action against it.
 *
 * Standalone:  npx tsx simulator/cli.ts [--objects N] [--latency MS] [--failures F]
 *   starts one job `dtsbench` of N objects (see scale.ts), prints `endpoint <url>` and serves
 *   until killed. The credentials are {@link BENCH_KEY}.
 *
 * Forked with an IPC channel (process.ts, what scripts/bench.ts uses): sends
 * `{ type: 'ready', endpoint }`, then answers the {@link Command}s it receives with
 * `{ id, ok, result | error }`.
 */
import { serveParent } from './ipc.js';
import { BENCH_KEY, BENCH_REGION, type Command, type RequestSummary } from './process.js';
import { scaleJob, tablesFor } from './scale.js';
import { startSimulator } from './server.js';
import type { RecordedRequest, Simulator } from './types.js';

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
      return (
        sim
          .dtsRequests()
          // A job's calls: those that name it, and the DescribeDtsJobs calls that listed it.
          .filter((r) => command.jobId === undefined || r.jobId === command.jobId || (r.polls !== undefined && command.jobId in r.polls))
          .map(summarize)
      );
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
    // The parent going away (even killed) ends the simulator too.
    serveParent<Command>(
      { endpoint: sim.endpoint },
      (command) => execute(sim, command),
      () => sim.close()
    );
  } else {
    const objects = numberArg('objects', 10_000);
    sim.setJob('dtsbench', scaleJob({ objects, failures: numberArg('failures', 0) }));
    process.stdout.write(`endpoint ${sim.endpoint} (job dtsbench: ${objects} objects = ${tablesFor(objects)} tables)\n`);
    const stop = () => void sim.close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  }
}

main().catch((thrown: unknown) => {
  process.stderr.write(`${thrown instanceof Error ? (thrown.stack ?? thrown.message) : String(thrown)}\n`);
  process.exit(1);
});
