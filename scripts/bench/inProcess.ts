/**
 * Part 1 of the benchmark, in-process: the working tree's src/ driven in a worker process per
 * Node (scripts/bench/pollingWorker.ts), polls of three waits interleaved round by round: one
 * call at a time, and 4 in flight with each JSON parser. Calls are counted by the action and
 * checked against the simulator's record, list pages and the job's own calls (the look-up, then
 * one DescribeDtsJobs call a poll) apart.
 */
import { join } from 'node:path';
import {
  DTS_JOBS_ACTION,
  IpcChild,
  isListCall,
  minimumCalls,
  splitPolls,
  tablesFor,
  type RequestSummary,
  type SimulatorProcess
} from '../../simulator/index.js';
import { CONCURRENCY } from '../../src/dts/reader.js';
import { LATER_POLLS, median, PAGE_SIZE, progress, round, SCRIPTS, WARM_UP_POLLS } from './common.js';
import type { Parser, PollFigure } from './polling.js';
import type { WorkerCommand } from './pollingWorker.js';
import type { NodeBinary } from './subjects.js';

/** Calls in flight of the action. */
export const ACTION_CONCURRENCY = CONCURRENCY;
export const PARSERS: readonly Parser[] = ['json-bigint', 'answer'];

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

export class PollingWorker extends IpcChild {
  static async start(node: NodeBinary): Promise<PollingWorker> {
    const { child } = await IpcChild.forkReady(join(SCRIPTS, 'bench/pollingWorker.ts'), [], {
      execPath: node.path,
      nodeFlags: ['--expose-gc']
    });
    return new PollingWorker(child);
  }

  call<T>(command: WithoutId<WorkerCommand>): Promise<T> {
    return this.send<T>(command);
  }
}

export interface NodeWorker {
  node: NodeBinary;
  worker: PollingWorker;
}

/** Compiles the hot code of every session kind before anything is measured. */
export async function warmUp(sim: SimulatorProcess, workers: readonly NodeWorker[]): Promise<void> {
  await sim.setJob('warmup', { objects: 10_000, pendingPolls: 1e9 });
  progress(`warm-up: ${WARM_UP_POLLS} polls of 10000 objects with each parser, node ${workers.map((w) => w.node.major).join(' and ')}`);
  for (const { worker } of workers) {
    for (const parser of PARSERS) {
      await worker.call({ cmd: 'open', session: parser, endpoint: sim.endpoint, jobId: 'warmup', concurrency: ACTION_CONCURRENCY, parser });
    }
    for (let i = 0; i < WARM_UP_POLLS; i++) await worker.call({ cmd: 'poll', session: PARSERS[i % PARSERS.length]! });
    await worker.call({ cmd: 'closeSessions' });
  }
  await sim.call({ cmd: 'clear' });
}

interface SessionKind {
  key: 'sequential' | Parser;
  concurrency: number;
  parser: Parser;
}

const KINDS: readonly SessionKind[] = [
  { key: 'sequential', concurrency: 1, parser: 'json-bigint' },
  { key: 'json-bigint', concurrency: ACTION_CONCURRENCY, parser: 'json-bigint' },
  { key: 'answer', concurrency: ACTION_CONCURRENCY, parser: 'answer' }
];

export interface InProcessResult {
  node: string;
  objects: number;
  tables: number;
  minimumCalls: number;
  /** Calls of the look-up before the first poll (DescribeDtsJobs), as the action made them. */
  lookUpCalls: number;
  /** Calls the action counted, first poll and later ones (4 in flight, json-bigint). */
  firstPollCalls: number;
  laterPollCalls: number[];
  /** Per poll as the simulator recorded it (the first with the look-up): all calls, the list pages, the job's own calls. */
  simulatorCallsPerPoll: number[];
  simulatorListCallsPerPoll: number[];
  /** DescribeDtsJobs calls (the look-up in the first poll, the job view in the others), and any other call. */
  simulatorJobViewCallsPerPoll: number[];
  simulatorOtherCallsPerPoll: number[];
  sequentialMs: number;
  concurrentMs: number;
  concurrentOverSequential: number;
  /** User + system CPU of the worker per later poll (median), by parser; and per call. */
  cpuMs: Record<Parser, number>;
  cpuPerPollMs: Record<Parser, number[]>;
  cpuPerCallMs: Record<Parser, number>;
  sequentialCpuMs: number;
  /** Of which normalize + aggregate + poll line, and fetching alone, by parser. */
  ownCodeCpuMs: Record<Parser, number>;
  fetchOnlyCpuMs: Record<Parser, number>;
  /** Time the poll's calls spent at the simulator (arrival to answer), summed (median). */
  simulatorWaitMs: number;
  cpuOfSimulatorWait: Record<Parser, number>;
  cpuOfWall: Record<Parser, number>;
}

const byParser = <T>(f: (parser: Parser) => T): Record<Parser, T> => ({ 'json-bigint': f('json-bigint'), answer: f('answer') });

/** The waiting time per poll (arrival to answer at the simulator, summed over its calls), polls after the first. */
export function waitPerPoll(requests: readonly RequestSummary[]): number[] {
  return splitPolls(requests)
    .slice(1)
    .map((p) => p.reduce((sum, r) => sum + ((r.doneAt ?? r.at) - r.at), 0));
}

export async function measureInProcess(sim: SimulatorProcess, workers: readonly NodeWorker[], objects: number): Promise<InProcessResult[]> {
  const later = LATER_POLLS[objects] ?? 3;
  const tables = tablesFor(objects);
  const minimum = minimumCalls(tables, PAGE_SIZE);
  const jobOf = (node: NodeBinary, kind: SessionKind): string => `${kind.key}-${objects}-n${node.major}`;
  // Every object stays Migrating: the polls of a waiting action.
  for (const { node, worker } of workers) {
    for (const kind of KINDS) {
      const jobId = jobOf(node, kind);
      await sim.setJob(jobId, { objects, pendingPolls: 1e9 });
      await worker.call({
        cmd: 'open',
        session: kind.key,
        endpoint: sim.endpoint,
        jobId,
        concurrency: kind.concurrency,
        parser: kind.parser
      });
    }
  }
  const figures = new Map<string, PollFigure[]>();
  progress(
    `${objects} objects, in-process: ${later + 1} rounds of ${KINDS.length} interleaved polls on node ${workers.map((w) => w.node.major).join(', ')}`
  );
  for (let r = 0; r <= later; r++) {
    const order = r % 2 === 0 ? workers : [...workers].reverse();
    for (const { node, worker } of order) {
      await worker.call({ cmd: 'gc' });
      for (let k = 0; k < KINDS.length; k++) {
        const kind = KINDS[(k + r) % KINDS.length]!;
        const figure = await worker.call<PollFigure>({ cmd: 'poll', session: kind.key });
        if (figure.objects !== objects) throw new Error(`a poll saw ${figure.objects} objects instead of ${objects}`);
        const key = jobOf(node, kind);
        figures.set(key, [...(figures.get(key) ?? []), figure]);
      }
    }
  }
  const results: InProcessResult[] = [];
  for (const { node, worker } of workers) {
    await worker.call({ cmd: 'closeSessions' });
    const rounds = objects >= 100_000 ? 4 : 12;
    const jobId = jobOf(node, KINDS[1]!);
    // Read before the parts below add their own calls to this job's record.
    const recorded = splitPolls(await sim.requests(jobId));
    const waitMs = median(
      (await Promise.all(KINDS.slice(1).map(async (kind) => waitPerPoll(await sim.requests(jobOf(node, kind)))))).flat()
    );
    const ownCodeCpuMs = {} as Record<Parser, number>;
    const fetchOnlyCpuMs = {} as Record<Parser, number>;
    for (const parser of PARSERS) {
      await worker.call({ cmd: 'gc' });
      ownCodeCpuMs[parser] = round(
        await worker.call<number>({ cmd: 'ownCode', endpoint: sim.endpoint, jobId, pages: minimum, rounds, parser }),
        1
      );
      await worker.call({ cmd: 'gc' });
      fetchOnlyCpuMs[parser] = round(
        await worker.call<number>({ cmd: 'fetchOnly', endpoint: sim.endpoint, jobId, pages: minimum, rounds, parser }),
        1
      );
    }
    const laterOf = (kind: SessionKind): PollFigure[] => (figures.get(jobOf(node, kind)) ?? []).slice(1);
    const [sequential, concurrent] = [laterOf(KINDS[0]!), laterOf(KINDS[1]!)];
    const all = figures.get(jobOf(node, KINDS[1]!)) ?? [];
    const cpuMs = byParser((parser) => round(median(laterOf(KINDS.find((k) => k.key === parser)!).map((f) => f.cpuMs)), 1));
    const concurrentMs = round(median(concurrent.map((f) => f.wallMs)));
    const sequentialMs = round(median(sequential.map((f) => f.wallMs)));
    const callsPerPoll = median(concurrent.map((f) => f.calls));
    results.push({
      node: node.version,
      objects,
      tables,
      minimumCalls: minimum,
      lookUpCalls: all[0]?.lookUpCalls ?? NaN,
      firstPollCalls: all[0]?.calls ?? NaN,
      laterPollCalls: concurrent.map((f) => f.calls),
      simulatorCallsPerPoll: recorded.map((p) => p.length),
      simulatorListCallsPerPoll: recorded.map((p) => p.filter(isListCall).length),
      simulatorJobViewCallsPerPoll: recorded.map((p) => p.filter((q) => q.action === DTS_JOBS_ACTION).length),
      simulatorOtherCallsPerPoll: recorded.map((p) => p.filter((q) => !isListCall(q) && q.action !== DTS_JOBS_ACTION).length),
      sequentialMs,
      concurrentMs,
      concurrentOverSequential: round(concurrentMs / sequentialMs, 2),
      cpuMs,
      cpuPerPollMs: byParser((parser) => laterOf(KINDS.find((k) => k.key === parser)!).map((f) => round(f.cpuMs, 1))),
      cpuPerCallMs: byParser((parser) => round(cpuMs[parser] / callsPerPoll, 2)),
      sequentialCpuMs: round(median(sequential.map((f) => f.cpuMs)), 1),
      ownCodeCpuMs,
      fetchOnlyCpuMs,
      simulatorWaitMs: waitMs,
      cpuOfSimulatorWait: byParser((parser) => round(cpuMs[parser] / waitMs, 3)),
      cpuOfWall: byParser((parser) => round(cpuMs[parser] / concurrentMs, 3))
    });
  }
  await sim.call({ cmd: 'clear' });
  return results;
}
