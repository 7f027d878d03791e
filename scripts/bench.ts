/**
 * `npm run bench`: the figures of issue #5 (performance and scale), printed as a table and
 * written to .build/bench.json. Timings are printed, never asserted (test/e2e/scale.test.ts
 * asserts the counts and bounds that do not depend on the machine). About 70 s on 2 cores.
 *
 * "N objects" is the contract's `total`: N / 4 tables, each with a structure entry, one
 * constraint, a data entry and an incremental entry (test/support/scale.ts). The largest paged
 * list of the job then has n = N / 4 entries, and a poll needs at least ceil((n + 1) / 100)
 * calls at the default page size.
 *
 * The simulator runs in a process of its own (scripts/simulator-cli.ts) with 20 ms latency, so
 * none of its work is counted as the action's. For 1,000, 10,000 and 100,000 objects:
 *
 * 1. Calls and wall time per poll: the action's own poll loop (src/poll/poller.ts driving
 *    src/dts/pager.ts readJob through the real DtsClient over HTTP, then src/core/aggregate.ts
 *    snapshotOf and the poll log line), wired as src/main.ts wires it, once with its concurrency
 *    and once with concurrency 1 (the same pages one after another). Every object stays
 *    pending, so the polls go on. Calls are counted by the pager and checked against the
 *    simulator's record (test/support/scale.ts splitPolls).
 * 2. CPU per poll: `process.cpuUsage()` (user + system) of this process from the start of a
 *    poll's readJob to the end of its log line, median over the later polls after a warm-up:
 *    HTTP, signing and JSON parsing in pop-core, normalizing, de-duplicating, classifying,
 *    counting, and the garbage collection of all that. Compared with the time the poll's calls
 *    spend waiting at the simulator (arrival to answer, summed over the calls) and, stricter,
 *    with the wall time of the poll (its calls overlap 4 at a time). Two parts are measured
 *    apart: fetching the same pages alone (HTTP, signing, pop-core's json-bigint parsing), and
 *    the action's own code alone (normalize + aggregate, replaying the answers of one poll).
 * 3. A full run of dist/index.js as the runner starts it (INPUT_* variables, output and summary
 *    files, poll-interval 2 s): 4 polls that see everything pending, then 2% of the data entries
 *    Failed. Peak RSS of that process (its own getrusage maxRSS, written at exit by the preload
 *    scripts/maxrss.ts; cross-checked with /usr/bin/time -v when present), summary bytes,
 *    output bytes, failed-objects entries, failure-message length, objects in the report file,
 *    and the detection latency in the worst case: from the moment the simulator took the state
 *    that page 1 of the last pending poll shows (a change any later is the latest one a poll
 *    can miss) to the log line of the deciding poll, against poll-interval + that poll.
 * 4. Cold start: from spawning `node dist/index.js` to its first request as recorded by the
 *    simulator, against the same for scripts/cold-start-minimal.ts (imports @actions/core and
 *    @alicloud/pop-core, one request); medians of 9 alternating runs each. Plus the size of
 *    dist/, and a run of a copy of dist/ without the chunks loaded by import() (prComment.ts
 *    and @actions/github), which shows that a run without pr-comment never loads them.
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { snapshotOf } from '../src/core/aggregate.js';
import { ignoreMatcher } from '../src/core/ignore.js';
import { readPage, Strings, type ReadContext } from '../src/core/normalize.js';
import { DtsClient } from '../src/dts/client.js';
import { Limiter } from '../src/dts/limiter.js';
import { readJob } from '../src/dts/pager.js';
import { DEFAULT_RETRY, withRetry } from '../src/dts/retry.js';
import { CONCURRENCY } from '../src/main.js';
import { poll } from '../src/poll/poller.js';
import { renderPollLine } from '../src/report/render/messages.js';
import { runnerStep, stepResults } from '../test/support/action.js';
import { minimumCalls, splitPolls, tablesFor, type ScaleJob } from '../test/support/scale.js';
import { BENCH_KEY, BENCH_REGION, type Command, type RequestSummary } from './simulator-cli.js';

const HERE = dirname(fileURLToPath(import.meta.url)); // .build/scripts
const ROOT = resolve(HERE, '../..');
const DIST_DIR = join(ROOT, 'dist');
const OUT_FILE = join(ROOT, '.build/bench.json');

const LATENCY_MS = 20;
const PAGE_SIZE = 100;
const SIZES = [1_000, 10_000, 100_000];
/** Later polls measured per size (the first poll, with read-ahead, is reported on its own). */
const LATER_POLLS: Record<number, { concurrent: number; sequential: number }> = {
  1_000: { concurrent: 15, sequential: 3 },
  10_000: { concurrent: 15, sequential: 3 },
  100_000: { concurrent: 4, sequential: 2 }
};
/** Polls of 10,000 objects before anything is measured, so that the JIT has compiled the hot code. */
const WARM_UP_POLLS = 10;
/** Allowed for timer lateness and the millisecond clocks of two processes in the latency figure. */
const TIMER_TOLERANCE_MS = 10;
/** Longer than a poll of 100,000 objects takes: otherwise polls follow each other at once. */
const FULL_RUN_POLL_INTERVAL_MS = 2_000;
/** Polls of a full run that see every object pending, before the one that sees them finished. */
const FULL_RUN_PENDING_POLLS = 4;
const COLD_START_RUNS = 9;

// ---------------------------------------------------------------------------------------------
// The simulator process

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

class SimulatorProcess {
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
    const child = fork(join(HERE, 'simulator-cli.js'), ['--latency', String(latencyMs)], {
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

// ---------------------------------------------------------------------------------------------
// Small helpers

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const round = (n: number, digits = 1): number => Math.round(n * 10 ** digits) / 10 ** digits;
const kib = (bytes: number): string => `${round(bytes / 1024)} KiB`;
const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

function progress(text: string): void {
  process.stderr.write(`  … ${text}\n`);
}

// ---------------------------------------------------------------------------------------------
// 1 + 2: polls in this process, through the action's own poll loop

interface PollFigure {
  calls: number;
  wallMs: number;
  cpuMs: number;
  objects: number;
}

async function measurePolls(endpoint: string, jobId: string, concurrency: number, polls: number): Promise<PollFigure[]> {
  const client = new DtsClient({ endpoint, region: BENCH_REGION, credentials: BENCH_KEY, requestTimeoutMs: 30_000 });
  const limiter = new Limiter(concurrency);
  const controller = new AbortController();
  const figures: PollFigure[] = [];
  let start = { wall: 0, cpu: process.cpuUsage() };
  const startedAt = Date.now();
  const ignored = ignoreMatcher([]);
  try {
    // Wired as src/main.ts wires it; the poll interval is minimal so that polls follow each other.
    await poll(
      {
        jobIds: [jobId],
        pollIntervalMs: 1,
        deadline: startedAt + 10 * 60_000,
        startedAt,
        ignored,
        failFast: false,
        failOnTimeout: true,
        signal: controller.signal
      },
      {
        now: Date.now,
        readJob: (id, expectedPages, until) => {
          start = { wall: performance.now(), cpu: process.cpuUsage() };
          return readJob({
            jobId: id,
            pageSize: PAGE_SIZE,
            expectedPages,
            limiter,
            ignored,
            fetchPage: (request) =>
              withRetry(() => client.fetchPage(request), { policy: DEFAULT_RETRY, deadline: until, signal: controller.signal })
          });
        },
        onPoll: (snapshot, calls) => {
          renderPollLine(snapshot);
          const cpu = process.cpuUsage(start.cpu);
          figures.push({
            calls,
            wallMs: performance.now() - start.wall,
            cpuMs: (cpu.user + cpu.system) / 1000,
            objects: snapshot.counts.total
          });
          if (figures.length >= polls) controller.abort();
        }
      }
    );
  } finally {
    client.close();
  }
  return figures;
}

/**
 * CPU of the action's own code alone, per poll: the answers of one poll (parsed by pop-core, as
 * the action gets them) replayed through readPage, snapshotOf and the poll line, as often as it
 * takes to measure; the median of the rounds.
 */
async function measureOwnCode(endpoint: string, jobId: string, pages: number, rounds: number): Promise<number> {
  const client = new DtsClient({ endpoint, region: BENCH_REGION, credentials: BENCH_KEY, requestTimeoutMs: 30_000 });
  const bodies: unknown[] = [];
  try {
    for (let pageNum = 1; pageNum <= pages; pageNum++) bodies.push(await client.fetchPage({ jobId, pageNum, pageSize: PAGE_SIZE }));
  } finally {
    client.close();
  }
  const ignored = ignoreMatcher([]);
  const cpu: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const start = process.cpuUsage();
    const read: ReadContext = { strings: new Strings(), ignored };
    const objects = bodies.flatMap((body) => readPage(jobId, body, read).objects);
    renderPollLine(snapshotOf(objects, { jobIds: [jobId], poll: round + 1, atMs: 0, ignored }));
    const used = process.cpuUsage(start);
    cpu.push((used.user + used.system) / 1000);
  }
  return median(cpu.slice(1));
}

/**
 * CPU of fetching one poll's pages alone, as the pager fetches them (same concurrency, the
 * real DtsClient: HTTP, signing, pop-core's JSON parsing) but with nothing done with the
 * answers; the median of the rounds.
 */
async function measureFetchOnly(endpoint: string, jobId: string, pages: number, rounds: number): Promise<number> {
  const client = new DtsClient({ endpoint, region: BENCH_REGION, credentials: BENCH_KEY, requestTimeoutMs: 30_000 });
  const limiter = new Limiter(CONCURRENCY);
  const cpu: number[] = [];
  try {
    for (let round = 0; round < rounds; round++) {
      const start = process.cpuUsage();
      let next = 1;
      const worker = async (): Promise<void> => {
        for (let pageNum = next++; pageNum <= pages; pageNum = next++) {
          await limiter.run(() => client.fetchPage({ jobId, pageNum, pageSize: PAGE_SIZE }));
        }
      };
      await Promise.all(Array.from({ length: CONCURRENCY }, worker));
      const used = process.cpuUsage(start);
      cpu.push((used.user + used.system) / 1000);
    }
  } finally {
    client.close();
  }
  return median(cpu.slice(1));
}

interface PollingResult {
  objects: number;
  tables: number;
  minimumCalls: number;
  firstPollCalls: number;
  laterPollCalls: number[];
  simulatorCallsPerPoll: number[];
  sequentialMs: number;
  concurrentMs: number;
  speedup: number;
  /** User + system CPU of this process per later concurrent poll (median). */
  cpuMs: number;
  /** The same, poll by poll. */
  cpuPerPollMs: number[];
  /** Of which normalize + aggregate + poll line (replayed, see measureOwnCode). */
  ownCodeCpuMs: number;
  /** Fetching the same pages alone: HTTP, signing, pop-core's JSON parsing (measureFetchOnly). */
  fetchOnlyCpuMs: number;
  /** Time the poll's calls spent at the simulator (arrival to answer), summed (median). */
  simulatorWaitMs: number;
  cpuOfSimulatorWait: number;
  cpuOfWall: number;
  sequentialCpuMs: number;
}

async function measurePolling(sim: SimulatorProcess, objects: number): Promise<PollingResult> {
  const later = LATER_POLLS[objects] ?? { concurrent: 3, sequential: 2 };
  const tables = tablesFor(objects);
  const minimum = minimumCalls(tables, PAGE_SIZE);

  // Every object stays Migrating: the polls a waiting action makes.
  const seqJob = `seq${objects}`;
  const conJob = `con${objects}`;
  await sim.setJob(seqJob, { objects, pendingPolls: 1e9 });
  await sim.setJob(conJob, { objects, pendingPolls: 1e9 });

  gc();
  progress(`${objects} objects: ${later.sequential + 1} polls with concurrency 1`);
  const sequential = await measurePolls(sim.endpoint, seqJob, 1, later.sequential + 1);
  gc();
  progress(`${objects} objects: ${later.concurrent + 1} polls with concurrency ${CONCURRENCY}`);
  const concurrent = await measurePolls(sim.endpoint, conJob, CONCURRENCY, later.concurrent + 1);

  for (const figure of [...sequential, ...concurrent]) {
    if (figure.objects !== objects) throw new Error(`a poll saw ${figure.objects} objects instead of ${objects}`);
  }
  const recordedPolls = splitPolls(await sim.requests(conJob));
  const simulatorWait = recordedPolls.slice(1).map((p) => p.reduce((sum, r) => sum + ((r.doneAt ?? r.at) - r.at), 0));
  gc();
  const ownCodeCpuMs = await measureOwnCode(sim.endpoint, conJob, minimum, objects >= 100_000 ? 4 : 12);
  gc();
  const fetchOnlyCpuMs = await measureFetchOnly(sim.endpoint, conJob, minimum, objects >= 100_000 ? 4 : 12);

  const laterConcurrent = concurrent.slice(1);
  const laterSequential = sequential.slice(1);
  const concurrentMs = median(laterConcurrent.map((f) => f.wallMs));
  const sequentialMs = median(laterSequential.map((f) => f.wallMs));
  const cpuMs = median(laterConcurrent.map((f) => f.cpuMs));
  const simulatorWaitMs = median(simulatorWait);
  return {
    objects,
    tables,
    minimumCalls: minimum,
    firstPollCalls: concurrent[0]!.calls,
    laterPollCalls: laterConcurrent.map((f) => f.calls),
    simulatorCallsPerPoll: recordedPolls.map((p) => p.length),
    sequentialMs: round(sequentialMs),
    concurrentMs: round(concurrentMs),
    speedup: round(sequentialMs / concurrentMs, 2),
    cpuMs: round(cpuMs, 1),
    cpuPerPollMs: laterConcurrent.map((f) => round(f.cpuMs, 1)),
    ownCodeCpuMs: round(ownCodeCpuMs, 1),
    fetchOnlyCpuMs: round(fetchOnlyCpuMs, 1),
    simulatorWaitMs,
    cpuOfSimulatorWait: round(cpuMs / simulatorWaitMs, 3),
    cpuOfWall: round(cpuMs / concurrentMs, 3),
    sequentialCpuMs: round(median(laterSequential.map((f) => f.cpuMs)), 1)
  };
}

// ---------------------------------------------------------------------------------------------
// 3 + 4: dist/index.js as the runner starts it

interface DistRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  outputFileBytes: number;
  summaryBytes: number;
  report?: { objects?: unknown[]; counts?: Record<string, number> };
  reportBytes: number;
  spawnedAt: number;
  exitedAt: number;
  /** Arrival of each `poll N · ...` log line. */
  pollLinesAt: number[];
  maxRssKiB?: number;
  timeMaxRssKiB?: number;
}

const TIME_BIN = '/usr/bin/time';

async function runDist(
  endpoint: string,
  jobId: string,
  inputs: Record<string, string>,
  options: { dist?: string; measureMemory?: boolean; script?: string } = {}
): Promise<DistRun> {
  const { dir, outputFile, summaryFile, env } = runnerStep(
    {
      'job-id': jobId,
      endpoint,
      region: BENCH_REGION,
      'access-key-id': BENCH_KEY.accessKeyId,
      'access-key-secret': BENCH_KEY.accessKeySecret,
      'poll-interval': `${FULL_RUN_POLL_INTERVAL_MS}ms`,
      timeout: '10m',
      ...inputs
    },
    'dts-gate-bench-'
  );
  const rssFile = join(dir, 'maxrss.json');
  const script = options.script ?? join(options.dist ?? DIST_DIR, 'index.js');
  let command = process.execPath;
  let args = [script];
  if (options.measureMemory) {
    env.BENCH_MAXRSS_FILE = rssFile;
    args = ['--import', pathToFileURL(join(HERE, 'maxrss.js')).href, script];
    if (existsSync(TIME_BIN)) {
      args = ['-v', command, ...args];
      command = TIME_BIN;
    }
  }
  const spawnedAt = Date.now();
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const pollLinesAt: number[] = [];
  let scanned = 0;
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    // When each poll's log line arrives (whole lines only): the moment that poll was judged.
    const end = stdout.lastIndexOf('\n') + 1;
    const polls = stdout.slice(scanned, end).match(/^poll \d+ · /gm)?.length ?? 0;
    for (let i = 0; i < polls; i++) pollLinesAt.push(Date.now());
    scanned = Math.max(scanned, end);
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((done) => child.on('exit', (c) => done(c)));
  const exitedAt = Date.now();
  await new Promise<void>((done) => (child.stdout.readableEnded && child.stderr.readableEnded ? done() : child.on('close', () => done())));

  const { outputText, outputs, summary, reportText } = stepResults({ outputFile, summaryFile });
  const run: DistRun = {
    code,
    stdout,
    stderr,
    outputs,
    outputFileBytes: Buffer.byteLength(outputText),
    summaryBytes: Buffer.byteLength(summary),
    reportBytes: Buffer.byteLength(reportText),
    spawnedAt,
    exitedAt,
    pollLinesAt
  };
  if (reportText) run.report = JSON.parse(reportText) as DistRun['report'];
  if (existsSync(rssFile)) run.maxRssKiB = (JSON.parse(readFileSync(rssFile, 'utf8')) as { maxRssKiB: number }).maxRssKiB;
  const timeRss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  if (timeRss) run.timeMaxRssKiB = Number(timeRss[1]);
  rmSync(dir, { recursive: true, force: true });
  return run;
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

interface FullRunResult {
  objects: number;
  failures: number;
  exitCode: number | null;
  status: string;
  polls: number;
  maxRssMiB: number;
  timeMaxRssMiB?: number;
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

async function measureFullRun(sim: SimulatorProcess, objects: number): Promise<FullRunResult> {
  const failures = objects / 50;
  const pendingPolls = FULL_RUN_PENDING_POLLS;
  const jobId = `full${objects}`;
  await sim.setJob(jobId, { objects, failures, pendingPolls });
  progress(`${objects} objects: dist/index.js, ${failures} failures after ${pendingPolls} pending polls`);
  const run = await runDist(sim.endpoint, jobId, {}, { measureMemory: true });
  if (run.code !== 1 || run.outputs.status !== 'failed') {
    throw new Error(
      `dist/index.js ended with ${run.code}, status ${run.outputs.status}:\n${run.stdout.slice(-2000)}\n${run.stderr.slice(-2000)}`
    );
  }
  const polls = splitPolls(await sim.requests(jobId));
  // Worst case: the objects changed right after the simulator took the state that page 1 of the
  // last pending poll shows (a change any earlier would have been seen by that poll).
  const flipAt = polls[pendingPolls - 1]?.find((r) => r.pageNum === 1)?.at ?? NaN;
  const deciding = polls[polls.length - 1] ?? [];
  // The deciding poll: from its first call at the simulator to its log line.
  const decidedAt = run.pollLinesAt[run.pollLinesAt.length - 1] ?? NaN;
  const pollWallMs = decidedAt - Math.min(...deciding.map((r) => r.at));
  const message = failureMessage(run.stdout) ?? '';
  const outputBytes = Object.entries(run.outputs).reduce((sum, [k, v]) => sum + Buffer.byteLength(k) + Buffer.byteLength(v), 0);
  const result: FullRunResult = {
    objects,
    failures,
    exitCode: run.code,
    status: run.outputs.status ?? '',
    polls: Number(run.outputs.polls),
    maxRssMiB: round((run.maxRssKiB ?? NaN) / 1024),
    summaryBytes: run.summaryBytes,
    outputBytes,
    failedObjectsEntries: (JSON.parse(run.outputs['failed-objects'] ?? '[]') as unknown[]).length,
    failedOutput: Number(run.outputs.failed),
    failureMessageChars: message.length,
    reportObjects: run.report?.objects?.length ?? 0,
    reportMiB: round(run.reportBytes / 1024 / 1024, 2),
    pollWallMs,
    verdictLatencyMs: decidedAt - flipAt,
    exitLatencyMs: run.exitedAt - flipAt,
    reportingMs: run.exitedAt - decidedAt,
    boundMs: FULL_RUN_POLL_INTERVAL_MS + pollWallMs
  };
  if (run.timeMaxRssKiB !== undefined) result.timeMaxRssMiB = round(run.timeMaxRssKiB / 1024);
  // Not what the GITHUB_OUTPUT file holds in all (names, delimiters): that is `outputFileBytes`.
  void run.outputFileBytes;
  return result;
}

interface ColdStartResult {
  runs: number;
  distMs: number[];
  minimalMs: number[];
  distMedianMs: number;
  minimalMedianMs: number;
  ratio: number;
}

async function measureColdStart(sim: SimulatorProcess): Promise<ColdStartResult> {
  const jobId = 'coldstart';
  await sim.setJob(jobId, { objects: 4 });
  const minimal = join(HERE, 'cold-start-minimal.js');
  const firstRequest = async (script?: string): Promise<number> => {
    await sim.call({ cmd: 'clear' });
    const run = await runDist(sim.endpoint, jobId, {}, script ? { script } : {});
    if (run.code !== 0) throw new Error(`cold-start run failed (${run.code}): ${run.stdout.slice(-1000)} ${run.stderr.slice(-1000)}`);
    const first = (await sim.requests(jobId))[0];
    if (!first) throw new Error('no request recorded');
    return first.at - run.spawnedAt;
  };
  progress(`cold start: ${COLD_START_RUNS} runs each of dist/index.js and the minimal script`);
  // One of each first, unmeasured: the files are then in the page cache for both.
  await firstRequest();
  await firstRequest(minimal);
  const distMs: number[] = [];
  const minimalMs: number[] = [];
  for (let i = 0; i < COLD_START_RUNS; i++) {
    // Alternating, so that any drift of the machine hits both alike.
    if (i % 2 === 0) {
      distMs.push(await firstRequest());
      minimalMs.push(await firstRequest(minimal));
    } else {
      minimalMs.push(await firstRequest(minimal));
      distMs.push(await firstRequest());
    }
  }
  const distMedianMs = median(distMs);
  const minimalMedianMs = median(minimalMs);
  return { runs: COLD_START_RUNS, distMs, minimalMs, distMedianMs, minimalMedianMs, ratio: round(distMedianMs / minimalMedianMs, 2) };
}

interface DistFacts {
  files: Record<string, number>;
  totalBytes: number;
  startupBytes: number;
  lazyChunks: string[];
  runsWithoutLazyChunks: boolean;
  /** Whether index.js itself holds @actions/github's code (its getOctokit). */
  githubInIndex: boolean;
}

async function measureDist(sim: SimulatorProcess): Promise<DistFacts> {
  const files: Record<string, number> = {};
  for (const name of readdirSync(DIST_DIR).sort()) files[name] = statSync(join(DIST_DIR, name)).size;
  const lazyChunks = Object.keys(files).filter((name) => /^\d+\.index\.js$/.test(name));
  // A copy of dist/ without the chunks loaded by import() (prComment.ts and @actions/github):
  // a run without pr-comment must not notice.
  const copy = mkdtempSync(join(tmpdir(), 'dts-gate-dist-'));
  cpSync(DIST_DIR, copy, { recursive: true });
  for (const chunk of lazyChunks) rmSync(join(copy, chunk));
  await sim.setJob('nochunks', { objects: 4 });
  const run = await runDist(sim.endpoint, 'nochunks', {}, { dist: copy });
  rmSync(copy, { recursive: true, force: true });
  return {
    files,
    totalBytes: Object.values(files).reduce((a, b) => a + b, 0),
    startupBytes: (files['index.js'] ?? 0) + (files['package.json'] ?? 0),
    lazyChunks,
    runsWithoutLazyChunks: run.code === 0 && run.outputs.status === 'finished',
    githubInIndex: readFileSync(join(DIST_DIR, 'index.js'), 'utf8').includes('getOctokit')
  };
}

// ---------------------------------------------------------------------------------------------
// The report

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ')).join('\n');
}

const mark = (ok: boolean): string => (ok ? 'ok' : 'NOT MET');
const signed = (n: number): string => (n > 0 ? `+${n}` : String(n));

async function main(): Promise<void> {
  if (!existsSync(join(DIST_DIR, 'index.js'))) throw new Error('dist/index.js is missing: run npm run build first');
  const startedAt = Date.now();
  const sim = await SimulatorProcess.start(LATENCY_MS);
  try {
    process.stderr.write(
      `bench: simulator at ${sim.endpoint}, ${LATENCY_MS} ms latency, page size ${PAGE_SIZE}, concurrency ${CONCURRENCY}\n`
    );
    // Warm-up (not reported): compile the hot paths before the first measured poll.
    progress(`warm-up: ${WARM_UP_POLLS} polls of 10000 objects`);
    await sim.setJob('warmup', { objects: 10_000, pendingPolls: 1e9 });
    await measurePolls(sim.endpoint, 'warmup', CONCURRENCY, WARM_UP_POLLS);
    await sim.call({ cmd: 'clear' });

    const polling: PollingResult[] = [];
    const full: FullRunResult[] = [];
    for (const objects of SIZES) {
      polling.push(await measurePolling(sim, objects));
      await sim.call({ cmd: 'clear' });
      gc();
      full.push(await measureFullRun(sim, objects));
      await sim.call({ cmd: 'clear' });
    }
    const coldStart = await measureColdStart(sim);
    const dist = await measureDist(sim);
    const elapsedSeconds = Math.round((Date.now() - startedAt) / 1000);

    const size = (n: number): string => n.toLocaleString('en-US');
    const rows: string[][] = [['objects (tables x 4 sections)', ...SIZES.map(size)]];
    const byPolling = (f: (p: PollingResult) => string) => SIZES.map((_, i) => f(polling[i]!));
    const byFull = (f: (p: FullRunResult) => string) => SIZES.map((_, i) => f(full[i]!));
    rows.push(['minimum calls/poll ceil((n+1)/100)', ...byPolling((p) => `${p.minimumCalls} (n=${size(p.tables)})`)]);
    rows.push(['calls, first poll (read-ahead)', ...byPolling((p) => `${p.firstPollCalls} (+${p.firstPollCalls - p.minimumCalls})`)]);
    rows.push(['calls, later polls', ...byPolling((p) => [...new Set(p.laterPollCalls)].join('/'))]);
    rows.push(['calls/poll seen by simulator', ...byPolling((p) => [...new Set(p.simulatorCallsPerPoll.slice(1))].join('/'))]);
    rows.push(['wall/poll, sequential (conc. 1)', ...byPolling((p) => `${p.sequentialMs} ms`)]);
    rows.push([`wall/poll, concurrent (conc. ${CONCURRENCY})`, ...byPolling((p) => `${p.concurrentMs} ms`)]);
    rows.push(['concurrent / sequential', ...byPolling((p) => `${round(1 / p.speedup, 2)}`)]);
    rows.push(['action CPU/poll (user + system)', ...byPolling((p) => `${p.cpuMs} ms`)]);
    rows.push(['  fetching alone (HTTP, pop-core + its JSON)', ...byPolling((p) => `${p.fetchOnlyCpuMs} ms`)]);
    rows.push(['  normalize + aggregate alone', ...byPolling((p) => `${p.ownCodeCpuMs} ms`)]);
    rows.push(['time the calls spend at simulator/poll', ...byPolling((p) => `${p.simulatorWaitMs} ms`)]);
    rows.push(['  CPU / that waiting time', ...byPolling((p) => `${round(p.cpuOfSimulatorWait * 100)}%`)]);
    rows.push(['  CPU / wall time of the poll', ...byPolling((p) => `${round(p.cpuOfWall * 100)}%`)]);
    rows.push(['full run: peak RSS (maxRSS)', ...byFull((f) => `${f.maxRssMiB} MiB`)]);
    if (full.some((f) => f.timeMaxRssMiB !== undefined)) {
      rows.push(['  /usr/bin/time -v max RSS', ...byFull((f) => (f.timeMaxRssMiB !== undefined ? `${f.timeMaxRssMiB} MiB` : '-'))]);
    }
    rows.push(['full run: failures / polls', ...byFull((f) => `${size(f.failures)} / ${f.polls}`)]);
    rows.push(['summary bytes', ...byFull((f) => kib(f.summaryBytes))]);
    rows.push(['outputs bytes (names + values)', ...byFull((f) => kib(f.outputBytes))]);
    rows.push(['failed-objects entries', ...byFull((f) => `${f.failedObjectsEntries} (failed=${size(f.failedOutput)})`)]);
    rows.push(['failure message chars', ...byFull((f) => String(f.failureMessageChars))]);
    rows.push(['report file objects', ...byFull((f) => `${size(f.reportObjects)} (${f.reportMiB} MiB)`)]);
    rows.push(['deciding poll (1st call -> log line)', ...byFull((f) => `${f.pollWallMs} ms`)]);
    rows.push([`bound: interval ${FULL_RUN_POLL_INTERVAL_MS} ms + that poll`, ...byFull((f) => `${f.boundMs} ms`)]);
    rows.push(['change -> verdict (worst case)', ...byFull((f) => `${f.verdictLatencyMs} ms (${signed(f.verdictLatencyMs - f.boundMs)})`)]);
    rows.push(['then reporting + exit', ...byFull((f) => `${f.reportingMs} ms`)]);

    const p10k = polling[SIZES.indexOf(10_000)]!;
    const f100k = full[SIZES.indexOf(100_000)]!;
    const goals: string[][] = [
      ['goal', 'figure', 'target', ''],
      ['1 concurrent / sequential, 10k', `${round(1 / p10k.speedup, 2)}`, '<= 0.5', mark(1 / p10k.speedup <= 0.5)],
      [
        '1 calls/poll after the first = minimum',
        polling
          .map((p) => [...new Set([...p.laterPollCalls, ...p.simulatorCallsPerPoll.slice(1)])].join('/') + `=${p.minimumCalls}`)
          .join(', '),
        'exact',
        mark(polling.every((p) => [...p.laterPollCalls, ...p.simulatorCallsPerPoll.slice(1)].every((c) => c === p.minimumCalls)))
      ],
      [
        '1 first poll read-ahead',
        polling.map((p) => `+${p.firstPollCalls - p.minimumCalls}`).join(', '),
        `<= ${CONCURRENCY}`,
        mark(polling.every((p) => p.firstPollCalls - p.minimumCalls <= CONCURRENCY && p.simulatorCallsPerPoll[0] === p.firstPollCalls))
      ],
      ['2 CPU / time the calls wait, 10k', `${round(p10k.cpuOfSimulatorWait * 100)}%`, '< 10%', mark(p10k.cpuOfSimulatorWait < 0.1)],
      ['2 (stricter) CPU / wall of a 10k poll', `${round(p10k.cpuOfWall * 100)}%`, '< 10%', mark(p10k.cpuOfWall < 0.1)],
      ['2 peak RSS, 100k run', `${f100k.maxRssMiB} MiB`, '< 256 MiB', mark(f100k.maxRssMiB < 256)],
      [
        '3 cold start dist / minimal',
        `${coldStart.distMedianMs} / ${coldStart.minimalMedianMs} ms = ${coldStart.ratio}`,
        '<= 1.5',
        mark(coldStart.ratio <= 1.5)
      ],
      ['3 run without the lazy chunks', dist.runsWithoutLazyChunks ? 'finished' : 'failed', 'finished', mark(dist.runsWithoutLazyChunks)],
      ['3 @actions/github in index.js', dist.githubInIndex ? 'yes' : 'no', 'no', mark(!dist.githubInIndex)],
      ['4 summary, 100k / 2,000 failed', kib(f100k.summaryBytes), '< 512 KiB', mark(f100k.summaryBytes < 512 * 1024)],
      ['4 outputs, 100k', `${f100k.outputBytes} B`, '< 100 KB', mark(f100k.outputBytes < 100_000)],
      ['4 failed-objects entries', String(f100k.failedObjectsEntries), '<= 100', mark(f100k.failedObjectsEntries <= 100)],
      ['4 failure message', `${f100k.failureMessageChars} chars`, 'short', mark(f100k.failureMessageChars <= 2000)],
      ['4 report file objects', size(f100k.reportObjects), size(100_000), mark(f100k.reportObjects === 100_000)],
      [
        `5 change -> verdict <= interval + poll (+${TIMER_TOLERANCE_MS} ms)`,
        full.map((f) => `${f.verdictLatencyMs}/${f.boundMs}`).join(', '),
        'each',
        mark(full.every((f) => f.verdictLatencyMs <= f.boundMs + TIMER_TOLERANCE_MS))
      ],
      [
        '5 (stricter) change -> exit <= interval + poll',
        full.map((f) => `${f.exitLatencyMs}/${f.boundMs}`).join(', '),
        'each',
        mark(full.every((f) => f.exitLatencyMs <= f.boundMs))
      ]
    ];

    const out: string[] = [];
    out.push(
      `dts-init-gate benchmark — node ${process.version}, ${LATENCY_MS} ms simulated latency, page size ${PAGE_SIZE}, concurrency ${CONCURRENCY}`
    );
    out.push('"objects" = the total output: N/4 tables x (structure + constraint + data + incremental); largest list n = N/4.');
    out.push('');
    out.push(table(rows));
    out.push('');
    out.push(
      `cold start (spawn -> first request at the simulator, median of ${coldStart.runs}): dist/index.js ${coldStart.distMedianMs} ms, ` +
        `minimal @actions/core + @alicloud/pop-core script ${coldStart.minimalMedianMs} ms, ratio ${coldStart.ratio}`
    );
    out.push(`  dist runs (ms): ${coldStart.distMs.join(' ')}; minimal runs (ms): ${coldStart.minimalMs.join(' ')}`);
    out.push(
      `dist/: ${kib(dist.totalBytes)} in ${Object.keys(dist.files).length} files; loaded at startup: index.js ${kib(dist.startupBytes)}; ` +
        `lazy chunks (pr-comment only): ${dist.lazyChunks.map((c) => `${c} ${kib(dist.files[c] ?? 0)}`).join(', ')}; ` +
        `a run with those chunks deleted: ${dist.runsWithoutLazyChunks ? 'finished normally' : 'FAILED'}`
    );
    out.push('');
    out.push(table(goals));
    out.push('');
    out.push(`bench took ${elapsedSeconds} s; figures in ${OUT_FILE}`);
    process.stdout.write(out.join('\n') + '\n');

    writeFileSync(
      OUT_FILE,
      JSON.stringify(
        {
          node: process.version,
          latencyMs: LATENCY_MS,
          pageSize: PAGE_SIZE,
          concurrency: CONCURRENCY,
          pollIntervalMs: FULL_RUN_POLL_INTERVAL_MS,
          objectsMeaning: 'total output: N/4 tables x (structure + constraint + data + incremental)',
          polling,
          fullRuns: full,
          coldStart,
          dist,
          goals: goals.slice(1).map(([goal, figure, target, verdict]) => ({ goal, figure, target, met: verdict === 'ok' })),
          elapsedSeconds
        },
        null,
        2
      ) + '\n'
    );
  } finally {
    await sim.close();
  }
}

main().catch((thrown: unknown) => {
  process.stderr.write(`${thrown instanceof Error ? (thrown.stack ?? thrown.message) : String(thrown)}\n`);
  process.exit(1);
});
