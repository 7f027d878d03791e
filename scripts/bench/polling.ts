/**
 * Parts 1 and 2 of the benchmark: calls, wall time and CPU per poll, through the action's own
 * job reader and poll loop in this process, against the simulator process.
 */
import { performance } from 'node:perf_hooks';
import { snapshotOf } from '../../src/core/aggregate.js';
import { ignoreMatcher } from '../../src/core/ignore.js';
import { readPage, type ReadContext } from '../../src/core/normalize.js';
import { StringPool } from '../../src/core/stringPool.js';
import { DtsClient } from '../../src/dts/client.js';
import { Limiter } from '../../src/dts/limiter.js';
import { CONCURRENCY, jobReaders, type JobReader } from '../../src/dts/reader.js';
import { poll } from '../../src/poll/poller.js';
import { renderPollLine } from '../../src/report/render/log.js';
import { isListCall, minimumCalls, splitPolls, tablesFor } from '../../test/support/scale.js';
import { BENCH_KEY, BENCH_REGION } from '../simulator-cli.js';
import { gc, LATER_POLLS, median, PAGE_SIZE, progress, round, type SimulatorProcess } from './common.js';

interface PollFigure {
  calls: number;
  wallMs: number;
  cpuMs: number;
  objects: number;
}

export async function measurePolls(endpoint: string, jobId: string, concurrency: number, polls: number): Promise<PollFigure[]> {
  const client = new DtsClient({ endpoint, region: BENCH_REGION, credentials: BENCH_KEY, requestTimeoutMs: 30_000 });
  const controller = new AbortController();
  const figures: PollFigure[] = [];
  let start = { wall: 0, cpu: process.cpuUsage() };
  const startedAt = Date.now();
  const deadline = startedAt + 10 * 60_000;
  const ignored = ignoreMatcher([]);
  const { readers, stop } = jobReaders(client, {
    jobIds: [jobId],
    pageSize: PAGE_SIZE,
    jobStatus: true,
    deadline,
    stopAt: deadline,
    ignored,
    signal: controller.signal,
    concurrency
  });
  // The action's own reader, with a clock that starts when its read does.
  const timed = readers.map((reader): JobReader => ({
    jobId: reader.jobId,
    read: () => {
      start = { wall: performance.now(), cpu: process.cpuUsage() };
      return reader.read();
    }
  }));
  try {
    await poll(
      { pollIntervalMs: 1, deadline, startedAt, ignored, failFast: false, failOnTimeout: true, signal: controller.signal },
      timed,
      {
        now: Date.now,
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
    stop();
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
    const read: ReadContext = { strings: new StringPool(), ignored };
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

export interface PollingResult {
  objects: number;
  tables: number;
  minimumCalls: number;
  /** Calls the action counted: the pages and the job-status call. */
  firstPollCalls: number;
  laterPollCalls: number[];
  /** Per poll as the simulator recorded it: all calls, the list pages, the job-status calls. */
  simulatorCallsPerPoll: number[];
  simulatorListCallsPerPoll: number[];
  simulatorJobStatusCallsPerPoll: number[];
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

export async function measurePolling(sim: SimulatorProcess, objects: number): Promise<PollingResult> {
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
    simulatorListCallsPerPoll: recordedPolls.map((p) => p.filter(isListCall).length),
    simulatorJobStatusCallsPerPoll: recordedPolls.map((p) => p.filter((r) => !isListCall(r)).length),
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
