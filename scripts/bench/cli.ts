/**
 * The command line beside the action (part of `npm run bench`): dist/cli/index.js against
 * dist/index.js, each started as its users start it (the bin with flags and the credentials in
 * the environment; the action with INPUT_* variables as the runner does).
 *
 * 1. Cold start: from spawning the process to its first request at the simulator, medians of
 *    alternating runs (as the action's own cold-start figure is taken).
 * 2. CPU per poll: user + system CPU of the process (the preload scripts/bench/probe.ts writes it
 *    at exit), for a run of many polls of 10,000 pending objects less a run of one poll, over the
 *    polls between them; so the start-up and the ending are not counted. For the command line in
 *    a CI log (plain lines), on a terminal (the live display, under util-linux `script`), and
 *    with `--json`. Medians of a few runs each.
 *
 * Both on one Node, the action's (Node 24 unless told otherwise). The machine is shared: the
 * figures move from run to run by a tenth or more.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BENCH_KEY, BENCH_REGION, runAction, runCli, type SimulatorProcess } from '../../simulator/index.js';
import { COLD_START_RUNS, median, progress, ROOT, round } from './common.js';
import { probeUrl } from './runs.js';
import type { NodeBinary } from './subjects.js';

const CPU_OBJECTS = 10_000;
const CPU_RUNS = 3;
/** Polls of the long run: the poll interval is shorter than a poll of 10,000 objects takes. */
const LONG_RUN = { timeout: '4s', pollInterval: '100ms' };

export type Tool = 'action' | 'cli' | 'cli-terminal' | 'cli-json';

/** The working tree's dist/. */
const DIST = join(ROOT, 'dist');
const TOOLS: readonly Tool[] = ['action', 'cli', 'cli-terminal', 'cli-json'];

interface Measured {
  /** Epoch ms when the process was spawned. */
  spawnedAt: number;
  polls: number;
  cpuMs: number;
}

export interface CliBenchResult {
  coldStart: { runs: number; actionMs: number[]; cliMs: number[]; actionMedianMs: number; cliMedianMs: number; ratio: number };
  cpuPerPoll: Record<Tool, { runs: number[]; medianMs: number }>;
  objects: number;
}

/** One run of `tool` on `node` against job `jobId`, with the probe; `timeout` `0` polls once. */
async function runTool(
  sim: SimulatorProcess,
  node: NodeBinary,
  tool: Tool,
  jobId: string,
  timeout: string,
  pollInterval: string
): Promise<Measured> {
  const scratch = mkdtempSync(join(tmpdir(), 'dts-gate-bench-cli-'));
  const cpuFile = join(scratch, 'cpu.json');
  const reportFile = join(scratch, 'report.json');
  const nodeArgs = ['--import', probeUrl()];
  const settings = { 'job-id': jobId, endpoint: sim.endpoint, region: BENCH_REGION, timeout, 'poll-interval': pollInterval };
  let spawnedAt: number;
  let polls: number;
  try {
    if (tool === 'action') {
      const run = await runAction(
        { ...settings, 'access-key-id': BENCH_KEY.accessKeyId, 'access-key-secret': BENCH_KEY.accessKeySecret },
        { env: { BENCH_PROBE_FILE: cpuFile }, node: node.path, nodeArgs, prefix: 'dts-gate-bench-', script: join(DIST, 'index.js') }
      );
      spawnedAt = run.spawnedAt;
      polls = Number(run.outputs.polls);
      rmSync(run.dir, { recursive: true, force: true });
    } else {
      const flags = Object.entries(settings).flatMap(([name, value]) => [`--${name}`, value]);
      const run = await runCli([...flags, '--report-file', reportFile, ...(tool === 'cli-json' ? ['--json'] : [])], {
        env: {
          ALIBABA_CLOUD_ACCESS_KEY_ID: BENCH_KEY.accessKeyId,
          ALIBABA_CLOUD_ACCESS_KEY_SECRET: BENCH_KEY.accessKeySecret,
          BENCH_PROBE_FILE: cpuFile,
          LANG: 'C.UTF-8'
        },
        node: node.path,
        nodeArgs,
        script: join(DIST, 'cli/index.js'),
        ...(tool === 'cli-terminal' && { terminal: { columns: 120 } }),
        cwd: scratch
      });
      spawnedAt = run.spawnedAt;
      polls = (JSON.parse(readFileSync(reportFile, 'utf8')) as { polls: number }).polls;
    }
    if (!existsSync(cpuFile)) throw new Error(`${tool}: the probe wrote nothing`);
    const { userCpuUs, systemCpuUs } = JSON.parse(readFileSync(cpuFile, 'utf8')) as { userCpuUs: number; systemCpuUs: number };
    return { spawnedAt, polls, cpuMs: (userCpuUs + systemCpuUs) / 1000 };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Spawn to first request of one run of `tool` on `node`, as the simulator saw it (job `jobId` of 4 objects, set). */
export async function firstRequest(sim: SimulatorProcess, node: NodeBinary, tool: Tool, jobId: string): Promise<number> {
  await sim.call({ cmd: 'clear' });
  const run = await runTool(sim, node, tool, jobId, '0', '1s');
  const first = (await sim.requests(jobId))[0];
  if (!first) throw new Error(`${tool}: no request recorded`);
  return first.at - run.spawnedAt;
}

async function coldStart(sim: SimulatorProcess, node: NodeBinary): Promise<CliBenchResult['coldStart']> {
  const jobId = 'clicoldstart';
  await sim.setJob(jobId, { objects: 4 });
  progress(`command line: cold start, ${COLD_START_RUNS} runs each of dist/cli/index.js and dist/index.js on node ${node.major}`);
  await firstRequest(sim, node, 'cli', jobId);
  await firstRequest(sim, node, 'action', jobId);
  const actionMs: number[] = [];
  const cliMs: number[] = [];
  for (let i = 0; i < COLD_START_RUNS; i++) {
    // Alternating, so that any drift of the machine hits both alike.
    for (const tool of i % 2 === 0 ? (['cli', 'action'] as const) : (['action', 'cli'] as const)) {
      (tool === 'cli' ? cliMs : actionMs).push(await firstRequest(sim, node, tool, jobId));
    }
  }
  const actionMedianMs = median(actionMs);
  const cliMedianMs = median(cliMs);
  return { runs: COLD_START_RUNS, actionMs, cliMs, actionMedianMs, cliMedianMs, ratio: round(cliMedianMs / actionMedianMs, 2) };
}

async function cpuPerPoll(sim: SimulatorProcess, node: NodeBinary): Promise<CliBenchResult['cpuPerPoll']> {
  const jobId = 'clicpu';
  await sim.setJob(jobId, { objects: CPU_OBJECTS, pendingPolls: 1e9 });
  const result = {} as CliBenchResult['cpuPerPoll'];
  progress(`command line: CPU per poll of ${CPU_OBJECTS} objects, ${CPU_RUNS} runs each of ${TOOLS.join(', ')}`);
  for (const tool of TOOLS) result[tool] = { runs: [], medianMs: NaN };
  for (let i = 0; i < CPU_RUNS; i++) {
    for (const tool of TOOLS) {
      const one = await runTool(sim, node, tool, jobId, '0', '1s');
      const many = await runTool(sim, node, tool, jobId, LONG_RUN.timeout, LONG_RUN.pollInterval);
      await sim.call({ cmd: 'clear' });
      result[tool].runs.push(round((many.cpuMs - one.cpuMs) / (many.polls - one.polls), 1));
    }
  }
  for (const tool of TOOLS) result[tool].medianMs = median(result[tool].runs);
  return result;
}

/** Measures the working tree's command line beside its action on `node`; returns the figures and the lines that report them. */
export async function measureCli(sim: SimulatorProcess, node: NodeBinary): Promise<{ result: CliBenchResult; lines: string[] }> {
  const cold = await coldStart(sim, node);
  const cpu = await cpuPerPoll(sim, node);
  const action = cpu.action.medianMs;
  const versus = (tool: Tool): string =>
    `${cpu[tool].medianMs} ms (${round(cpu[tool].medianMs / action, 2)}x; runs ${cpu[tool].runs.join(' ')})`;
  const lines = [
    `command line on node ${node.major}, cold start (spawn -> first request, median of ${cold.runs}): dist/cli/index.js ${cold.cliMedianMs} ms, ` +
      `dist/index.js ${cold.actionMedianMs} ms, ratio ${cold.ratio} (goal <= 1.2: ${cold.ratio <= 1.2 ? 'ok' : 'NOT MET'})`,
    `  cli runs (ms): ${cold.cliMs.join(' ')}; action runs (ms): ${cold.actionMs.join(' ')}`,
    `command line, CPU per poll of ${CPU_OBJECTS.toLocaleString('en-US')} objects (user + system, a ${LONG_RUN.timeout} run less a one-poll run): ` +
      `action ${action} ms (runs ${cpu.action.runs.join(' ')})`,
    `  cli in a CI log ${versus('cli')}; on a terminal ${versus('cli-terminal')}; with --json ${versus('cli-json')}`
  ];
  return { result: { coldStart: cold, cpuPerPoll: cpu, objects: CPU_OBJECTS }, lines };
}
