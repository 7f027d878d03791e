/**
 * The parts of the benchmark that run a dist/index.js as the runner runs it
 * (the simulator's runAction) with a given Node, whatever commit built that dist/: the
 * figures come from the process itself through the preload scripts/bench/probe.ts.
 *
 * - polls: every object pending for a number of polls one right after the other
 *   (poll-interval 1 ms), then finished: CPU per poll and per call, against the time the calls
 *   waited at the simulator;
 * - the full run: 4 polls that see everything pending, then 2% of the data entries Failed
 *   (poll-interval 2 s): peak RSS, summary and output sizes, detection latency;
 * - growth: 20,000 polls of a small job without simulated latency: the resident set size from
 *   poll 10,000 on.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BENCH_KEY, BENCH_REGION, runAction, splitPolls, type ActionRun, type SimulatorProcess } from '../../simulator/index.js';
import { FULL_RUN_PENDING_POLLS, FULL_RUN_POLL_INTERVAL_MS, LATENCY_MS, median, plainScript, progress, round } from './common.js';
import { waitPerPoll } from './inProcess.js';
import type { ProbeReport, ProbeSample } from './probe.js';
import type { Subject } from './subjects.js';

export interface DistRun extends ActionRun {
  summaryBytes: number;
  reportBytes: number;
  /** Arrival of each `poll N · ...` log line. */
  pollLinesAt: number[];
  probe?: ProbeReport;
  timeMaxRssKiB?: number;
}

const TIME_BIN = '/usr/bin/time';

let probe: string | undefined;
/** The preload probe.ts as plain JavaScript (no loader in the measured process), made once per bench. */
export function probeUrl(): string {
  probe ??= pathToFileURL(plainScript('bench/probe.ts')).href;
  return probe;
}

export interface DistOptions {
  /** A script to run instead of the subject's dist/index.js (the cold start's yardstick). */
  script?: string;
  /** A dist/ other than the subject's (a copy without its lazy chunks). */
  distDir?: string;
  /** Under /usr/bin/time -v as well, when it is there. */
  timeV?: boolean;
  inputs?: Record<string, string>;
  /** Node's own flags before the probe (for experiments: an action cannot pass any). */
  nodeArgs?: string[];
  env?: Record<string, string>;
  killAfterMs?: number;
}

/** The subject's dist/index.js (or `script`) as the runner starts it, against the simulator's job `jobId`, probed. */
export async function runDist(endpoint: string, subject: Subject, jobId: string, options: DistOptions = {}): Promise<DistRun> {
  const scratch = mkdtempSync(join(tmpdir(), 'dts-gate-bench-probe-'));
  const probeFile = join(scratch, 'probe.json');
  const pollLinesAt: number[] = [];
  let scanned = 0;
  const run = await runAction(
    {
      'job-id': jobId,
      endpoint,
      region: BENCH_REGION,
      'access-key-id': BENCH_KEY.accessKeyId,
      'access-key-secret': BENCH_KEY.accessKeySecret,
      'poll-interval': `${FULL_RUN_POLL_INTERVAL_MS}ms`,
      timeout: '1h',
      ...options.inputs
    },
    {
      prefix: 'dts-gate-bench-',
      killAfterMs: options.killAfterMs ?? 10 * 60_000,
      node: subject.node.path,
      script: options.script ?? join(options.distDir ?? subject.tree.distDir, 'index.js'),
      env: { ...options.env, BENCH_PROBE_FILE: probeFile },
      nodeArgs: [...(options.nodeArgs ?? []), '--import', probeUrl()],
      ...(options.timeV && existsSync(TIME_BIN) && { wrapper: [TIME_BIN, '-v'] }),
      // When each poll's log line arrives (whole lines only): the moment that poll was judged.
      onStdout: (stdout: string) => {
        const end = stdout.lastIndexOf('\n') + 1;
        const polls = stdout.slice(scanned, end).match(/^poll \d+ · /gm)?.length ?? 0;
        for (let i = 0; i < polls; i++) pollLinesAt.push(Date.now());
        scanned = Math.max(scanned, end);
      }
    }
  );
  const result: DistRun = {
    ...run,
    summaryBytes: Buffer.byteLength(run.summary),
    reportBytes: Buffer.byteLength(run.reportText),
    pollLinesAt
  };
  if (existsSync(probeFile)) result.probe = JSON.parse(readFileSync(probeFile, 'utf8')) as ProbeReport;
  const timeRss = /Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr);
  if (timeRss) result.timeMaxRssKiB = Number(timeRss[1]);
  rmSync(scratch, { recursive: true, force: true });
  rmSync(run.dir, { recursive: true, force: true });
  return result;
}

function ended(run: DistRun, code: number, status: string, what: string): void {
  if (run.code !== code || run.outputs.status !== status) {
    throw new Error(
      `${what} ended with ${run.code}, status ${run.outputs.status}:\n${run.stdout.slice(-2000)}\n${run.stderr.slice(-2000)}`
    );
  }
}

/** CPU of each poll from the probe: the CPU between the line of the poll before and its own, ms. */
function cpuPerPoll(samples: readonly ProbeSample[]): Map<number, number> {
  const perPoll = new Map<number, number>();
  for (let i = 1; i < samples.length; i++) {
    const [before, at] = [samples[i - 1]!, samples[i]!];
    if (at.poll === before.poll + 1) perPoll.set(at.poll, (at.cpuUs - before.cpuUs) / 1000);
  }
  return perPoll;
}

export interface DistPollsResult {
  subject: string;
  objects: number;
  runs: number;
  /** CPU of each measured poll (user + system of the whole process): polls 2 to the last pending one of each run. */
  cpuPerPollMs: number[];
  cpuMs: number;
  callsPerPoll: number;
  cpuPerCallMs: number;
  /** Time the calls of a poll spent at the simulator, summed (median of the same polls). */
  simulatorWaitMs: number;
  cpuOfSimulatorWait: number;
  /** From one poll line to the next (the poll, and 1 ms of poll-interval). */
  wallMs: number;
  maxRssMiB: number;
}

/** Runs of `subject` in which every object stays pending for `polls` polls, one right after the other. */
export async function measureDistPolls(
  sim: SimulatorProcess,
  subject: Subject,
  objects: number,
  polls: number,
  run: number
): Promise<DistPollsResult> {
  const jobId = `polls-${objects}-${subject.id}-${run}`;
  await sim.setJob(jobId, { objects, pendingPolls: polls });
  const dist = await runDist(sim.endpoint, subject, jobId, { inputs: { 'poll-interval': '1ms' } });
  ended(dist, 0, 'finished', `${subject.label}: the run of ${polls} pending polls`);
  const probe = dist.probe;
  if (!probe) throw new Error(`${subject.label}: the probe wrote nothing`);
  const cpu = cpuPerPoll(probe.samples);
  // Poll 1 reads ahead and runs cold; the poll after the last pending one sees the objects finished.
  const measured = [...cpu].filter(([poll]) => poll >= 2 && poll <= polls);
  const recorded = splitPolls(await sim.requests(jobId));
  const waits = waitPerPoll(await sim.requests(jobId)).slice(0, polls - 1);
  const calls = median(recorded.slice(1, polls).map((p) => p.length));
  const cpuMs = median(measured.map(([, ms]) => ms));
  const lines = dist.pollLinesAt;
  const wallMs = median(lines.slice(1, polls).map((at, i) => at - lines[i]!));
  return {
    subject: subject.label,
    objects,
    runs: 1,
    cpuPerPollMs: measured.map(([, ms]) => round(ms, 1)),
    cpuMs: round(cpuMs, 1),
    callsPerPoll: calls,
    cpuPerCallMs: round(cpuMs / calls, 2),
    simulatorWaitMs: median(waits),
    cpuOfSimulatorWait: round(cpuMs / median(waits), 3),
    wallMs,
    maxRssMiB: round(probe.maxRssKiB / 1024)
  };
}

/** Several {@link measureDistPolls} of one subject as one figure: medians over all their polls. */
export function pooled(results: readonly DistPollsResult[]): DistPollsResult {
  const first = results[0]!;
  const cpuPerPollMs = results.flatMap((r) => r.cpuPerPollMs);
  const cpuMs = round(median(cpuPerPollMs), 1);
  const callsPerPoll = median(results.map((r) => r.callsPerPoll));
  const simulatorWaitMs = median(results.map((r) => r.simulatorWaitMs));
  return {
    ...first,
    runs: results.length,
    cpuPerPollMs,
    cpuMs,
    callsPerPoll,
    cpuPerCallMs: round(cpuMs / callsPerPoll, 2),
    simulatorWaitMs,
    cpuOfSimulatorWait: round(cpuMs / simulatorWaitMs, 3),
    wallMs: median(results.map((r) => r.wallMs)),
    maxRssMiB: Math.max(...results.map((r) => r.maxRssMiB))
  };
}

/** The step's failure message: the `::error::` command without properties, decoded. */
function failureMessage(stdout: string): string | undefined {
  const line = stdout
    .split('\n')
    .filter((l) => l.startsWith('::error::'))
    .pop();
  if (line === undefined) return undefined;
  return line.slice('::error::'.length).replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

export interface FullRunResult {
  subject: string;
  objects: number;
  failures: number;
  polls: number;
  maxRssMiB: number;
  timeMaxRssMiB?: number;
  /** V8's heap at the last poll line: used, and as allocated (young generation included). */
  heapUsedMiB: number;
  heapPhysicalMiB: number;
  summaryBytes: number;
  outputBytes: number;
  failedObjectsEntries: number;
  failedOutput: number;
  failureMessageChars: number;
  reportObjects: number;
  reportMiB: number;
  pollWallMs: number;
  verdictLatencyMs: number;
  exitLatencyMs: number;
  /** From the deciding poll's log line to the exit: report file, outputs, summary, exit. */
  reportingMs: number;
  boundMs: number;
}

export async function measureFullRun(sim: SimulatorProcess, subject: Subject, objects: number, run: number): Promise<FullRunResult> {
  const failures = objects / 50;
  const pendingPolls = FULL_RUN_PENDING_POLLS;
  const jobId = `full-${objects}-${subject.id}-${run}`;
  await sim.setJob(jobId, { objects, failures, pendingPolls });
  const dist = await runDist(sim.endpoint, subject, jobId, { timeV: true });
  ended(dist, 1, 'failed', `${subject.label}: the full run`);
  const polls = splitPolls(await sim.requests(jobId));
  // Worst case: the objects changed right after the simulator took the state that page 1 of the
  // last pending poll shows (a change any earlier would have been seen by that poll).
  const flipAt = polls[pendingPolls - 1]?.find((r) => r.pageNum === 1)?.at ?? NaN;
  const deciding = polls[polls.length - 1] ?? [];
  // The deciding poll: from its first call at the simulator to its log line.
  const decidedAt = dist.pollLinesAt[dist.pollLinesAt.length - 1] ?? NaN;
  const pollWallMs = decidedAt - Math.min(...deciding.map((r) => r.at));
  const message = failureMessage(dist.stdout) ?? '';
  const outputBytes = Object.entries(dist.outputs).reduce((sum, [k, v]) => sum + Buffer.byteLength(k) + Buffer.byteLength(v), 0);
  const lastSample = dist.probe?.samples[dist.probe.samples.length - 1];
  const result: FullRunResult = {
    subject: subject.label,
    objects,
    failures,
    polls: Number(dist.outputs.polls),
    maxRssMiB: round((dist.probe?.maxRssKiB ?? NaN) / 1024),
    heapUsedMiB: round((lastSample?.heapUsedKiB ?? NaN) / 1024),
    heapPhysicalMiB: round((lastSample?.heapPhysicalKiB ?? NaN) / 1024),
    summaryBytes: dist.summaryBytes,
    outputBytes,
    failedObjectsEntries: (JSON.parse(dist.outputs['failed-objects'] ?? '[]') as unknown[]).length,
    failedOutput: Number(dist.outputs.failed),
    failureMessageChars: message.length,
    reportObjects: (dist.report?.objects as unknown[] | undefined)?.length ?? 0,
    reportMiB: round(dist.reportBytes / 1024 / 1024, 2),
    pollWallMs,
    verdictLatencyMs: decidedAt - flipAt,
    exitLatencyMs: dist.exitedAt - flipAt,
    reportingMs: dist.exitedAt - decidedAt,
    boundMs: FULL_RUN_POLL_INTERVAL_MS + pollWallMs
  };
  if (dist.timeMaxRssKiB !== undefined) result.timeMaxRssMiB = round(dist.timeMaxRssKiB / 1024);
  return result;
}

export interface GrowthResult {
  subject: string;
  polls: number;
  objects: number;
  /** Least-squares slope of the resident set size over the poll number, from {@link GROWTH_FROM} on. */
  rssKiBPerPoll: number;
  /** The same of V8's used heap (which a collection may have just lowered, or not), and of its committed heap. */
  heapUsedKiBPerPoll: number;
  heapTotalKiBPerPoll: number;
  /** The young generation (new space) at poll {@link GROWTH_FROM} and at the end: V8 grows it in steps. */
  youngAtFromMiB: number;
  youngAtEndMiB: number;
  rssAtFromMiB: number;
  rssAtEndMiB: number;
  maxRssMiB: number;
  durationS: number;
}

/** Polls after which growth is measured: start-up, JIT and the first old-generation collections are behind. */
export const GROWTH_FROM = 10_000;

function slope(points: ReadonlyArray<[number, number]>): number {
  const n = points.length;
  const mx = points.reduce((s, [x]) => s + x, 0) / n;
  const my = points.reduce((s, [, y]) => s + y, 0) / n;
  const sxy = points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0);
  const sxx = points.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  return sxx === 0 ? NaN : sxy / sxx;
}

/** A run of `polls` polls of a 4-object job, the simulator answering at once, that ends when the job finishes. */
export async function measureGrowth(sim: SimulatorProcess, subject: Subject, polls: number): Promise<GrowthResult> {
  const objects = 4;
  const jobId = `growth-${subject.id}`;
  await sim.setJob(jobId, { objects, pendingPolls: polls - 1 });
  await sim.setLatency(0);
  progress(`${subject.label}: ${polls} polls of a ${objects}-object job, no latency (RSS growth)`);
  const started = Date.now();
  // The simulator's record of 2 calls a poll would grow to many MB: cleared as the run goes.
  const clearing = setInterval(() => void sim.call({ cmd: 'clear' }), 5_000);
  let dist: DistRun;
  try {
    dist = await runDist(sim.endpoint, subject, jobId, { inputs: { 'poll-interval': '1ms' }, killAfterMs: 30 * 60_000 });
  } finally {
    clearInterval(clearing);
    await sim.setLatency(LATENCY_MS);
    await sim.call({ cmd: 'clear' });
  }
  ended(dist, 0, 'finished', `${subject.label}: the growth run`);
  const samples = (dist.probe?.samples ?? []).filter((s) => s.poll >= GROWTH_FROM);
  if (samples.length < 2) throw new Error(`${subject.label}: the growth run sampled ${samples.length} polls from poll ${GROWTH_FROM} on`);
  return {
    subject: subject.label,
    polls: dist.probe?.polls ?? 0,
    objects,
    rssKiBPerPoll: round(slope(samples.map((s) => [s.poll, s.rssKiB])), 3),
    heapUsedKiBPerPoll: round(slope(samples.map((s) => [s.poll, s.heapUsedKiB])), 3),
    heapTotalKiBPerPoll: round(slope(samples.map((s) => [s.poll, s.heapTotalKiB])), 3),
    youngAtFromMiB: round(samples[0]!.newSpaceKiB / 1024),
    youngAtEndMiB: round(samples[samples.length - 1]!.newSpaceKiB / 1024),
    rssAtFromMiB: round(samples[0]!.rssKiB / 1024),
    rssAtEndMiB: round(samples[samples.length - 1]!.rssKiB / 1024),
    maxRssMiB: round((dist.probe?.maxRssKiB ?? NaN) / 1024),
    durationS: round((Date.now() - started) / 1000)
  };
}
