/**
 * The in-process parts of the benchmark, run in a worker process of the Node being measured
 * (scripts/bench/pollingWorker.ts): calls, wall time and CPU per poll through the working tree's
 * own poll loop, against the simulator process.
 *
 * A {@link PollSession} is one run's wait, wired as src/run.ts wires it: a DtsClient, one caller,
 * the look-up of the job before the first poll (src/dts/resolver.ts), the poll reader
 * (src/dts/reader.ts) and the loop (src/poll/loop.ts `waitForVerdict`), held at each read until
 * the session is asked for a poll, so that the polls of several sessions can be interleaved
 * round by round and drift of the machine hits them alike. Each session reads its answers with
 * one JSON parser: pop-core's json-bigint, or the answer parser of src/dts/answerJson.ts (which
 * the client installs), put onto json-bigint's export for the session's reads only.
 */
import { performance } from 'node:perf_hooks';
import jsonBigint from 'json-bigint';
import { BENCH_KEY, BENCH_REGION } from '../../simulator/index.js';
import { snapshotOf } from '../../src/core/aggregate.js';
import { ignoreMatcher } from '../../src/core/ignore.js';
import { readPage, type ReadContext } from '../../src/core/normalize.js';
import { StringPool } from '../../src/core/stringPool.js';
import { installAnswerParser } from '../../src/dts/answerJson.js';
import { caller, CONCURRENCY } from '../../src/dts/caller.js';
import { listsPage, type DtsCall, type PageRequest } from '../../src/dts/calls.js';
import { DtsClient, type CallDts } from '../../src/dts/client.js';
import { Limiter } from '../../src/dts/limiter.js';
import { pollReader, type PollReader } from '../../src/dts/reader.js';
import { lookUpJobs } from '../../src/dts/resolver.js';
import { waitForVerdict } from '../../src/poll/loop.js';
import { firstPoll } from '../../src/poll/step.js';
import { renderPollLine } from '../../src/report/render/log.js';
import { budgetOf, systemClock, type Budget } from '../../src/time.js';
import { median, PAGE_SIZE } from './common.js';

/** Which parser reads the answers: pop-core's own, or src/dts/answerJson.ts. */
export type Parser = 'json-bigint' | 'answer';

const parsers: Record<Parser, typeof jsonBigint.parse> = (() => {
  const own = jsonBigint.parse;
  installAnswerParser();
  const answer = jsonBigint.parse;
  jsonBigint.parse = own;
  return { 'json-bigint': own, answer };
})();

/** Puts `parser` onto json-bigint's export, where pop-core calls it (after the client installed its own). */
function useParser(parser: Parser): void {
  jsonBigint.parse = parsers[parser];
}

export interface PollFigure {
  /** Calls the action counted for the poll (the look-up's not among them). */
  calls: number;
  /** Calls of the look-up before the first poll; 0 at later polls. */
  lookUpCalls: number;
  wallMs: number;
  cpuMs: number;
  objects: number;
}

const REQUEST_TIMEOUT_MS = 30_000;
/** Longer than any session lives: no poll of the benchmark meets the deadline. */
const SESSION_TIMEOUT_MS = 60 * 60_000;

const budget = (): Budget => budgetOf(systemClock.now(), { timeoutMs: SESSION_TIMEOUT_MS, requestTimeoutMs: REQUEST_TIMEOUT_MS });

/** The DTS client as src/run.ts builds it, with the simulator's key. */
export const client = (endpoint: string, within: Budget = budget()): DtsClient =>
  new DtsClient({
    endpoint,
    region: BENCH_REGION,
    credentials: BENCH_KEY,
    requestTimeoutMs: REQUEST_TIMEOUT_MS,
    budget: within,
    clock: systemClock
  });

/** The lists' call with the answer handed back unread: what fetching alone costs. */
const unreadPage: DtsCall<PageRequest, Record<string, unknown>> = { ...listsPage, read: (body) => body };

/** One run's wait over one job, making a poll each time {@link next} is called. */
export class PollSession {
  private readonly controller = new AbortController();
  private readonly client: DtsClient;
  private openGate: (() => void) | undefined;
  private gateOpened: Promise<void>;
  private pending: { resolve(figure: PollFigure): void; reject(error: Error): void } | undefined;
  private readonly loop: Promise<unknown>;
  /** Calls sent so far, the look-up's included. */
  private made = 0;
  private lookUpCalls: number | undefined;
  private stopCalls: (() => void) | undefined;

  constructor(endpoint: string, jobId: string, concurrency: number, parser: Parser) {
    const within = budget();
    const { signal } = this.controller;
    this.client = client(endpoint, within);
    const counted: CallDts = {
      call: (call, request) => {
        this.made++;
        return this.client.call(call, request);
      }
    };
    this.gateOpened = new Promise((open) => (this.openGate = open));
    const ignored = ignoreMatcher([]);
    const calls = caller(counted, { budget: within, clock: systemClock, signal, concurrency });
    this.stopCalls = () => calls.stop();
    let start = { wall: 0, cpu: process.cpuUsage() };
    this.loop = (async () => {
      const lookedUp = await lookUpJobs(calls, [jobId]);
      this.lookUpCalls = this.made;
      const reader = pollReader(counted, {
        jobIds: [jobId],
        jobs: lookedUp.identities,
        pageSize: PAGE_SIZE,
        jobStatus: true,
        budget: within,
        clock: systemClock,
        ignored,
        signal,
        caller: calls
      });
      // The run's own reader, held until the session is asked for a poll; its clock starts when the read does.
      const gated: PollReader = {
        read: async (plan) => {
          await this.gateOpened;
          this.gateOpened = new Promise((open) => (this.openGate = open));
          useParser(parser);
          start = { wall: performance.now(), cpu: process.cpuUsage() };
          return reader.read(plan);
        },
        stop: () => reader.stop()
      };
      return waitForVerdict(
        gated,
        {
          jobIds: [jobId],
          ignored,
          failFast: false,
          failOnTimeout: true,
          pollIntervalMs: 1,
          budget: within,
          clock: systemClock,
          signal,
          identities: lookedUp.identities,
          first: firstPoll(lookedUp)
        },
        {
          poll: (snapshot, pollCalls) => {
            // What the log reporter does with a poll, but the writing.
            renderPollLine(snapshot);
            const cpu = process.cpuUsage(start.cpu);
            this.pending?.resolve({
              calls: pollCalls,
              lookUpCalls: snapshot.poll === 1 ? (this.lookUpCalls ?? 0) : 0,
              wallMs: performance.now() - start.wall,
              cpuMs: (cpu.user + cpu.system) / 1000,
              objects: snapshot.counts.total
            });
            this.pending = undefined;
          },
          pollFailed: (error) => {
            this.pending?.reject(new Error(`a poll failed: ${error.code} ${error.message}`));
            this.pending = undefined;
          }
        }
      );
    })().then(
      (verdict) => this.pending?.reject(new Error(`the wait ended: ${verdict.status}`)),
      (thrown: unknown) => this.pending?.reject(thrown instanceof Error ? thrown : new Error(String(thrown)))
    );
  }

  /** Makes one poll and gives its figures. */
  next(): Promise<PollFigure> {
    const figure = new Promise<PollFigure>((resolve, reject) => (this.pending = { resolve, reject }));
    this.openGate?.();
    return figure;
  }

  async close(): Promise<void> {
    // The read waiting at its gate is left waiting: the loop ends on the abort, and no call is made.
    this.controller.abort();
    this.stopCalls?.();
    await this.loop.catch(() => undefined);
    this.client.close();
  }
}

/** The answers of pages 1 to `pages` of `jobId`, unread, fetched `CONCURRENCY` at a time as the pager fetches them. */
export async function fetchPages(c: DtsClient, jobId: string, pages: number): Promise<Array<Record<string, unknown>>> {
  const limiter = new Limiter(CONCURRENCY);
  const bodies: Array<Record<string, unknown>> = new Array<Record<string, unknown>>(pages);
  const read: ReadContext = { strings: new StringPool() };
  let next = 1;
  const worker = async (): Promise<void> => {
    for (let pageNum = next++; pageNum <= pages; pageNum = next++) {
      bodies[pageNum - 1] = await limiter.run(() => c.call(unreadPage, { jobId, pageNum, pageSize: PAGE_SIZE, read }));
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return bodies;
}

/**
 * CPU of the action's own code alone, per poll: the answers of one poll (parsed by `parser`,
 * as the action would get them) replayed through readPage, snapshotOf and the poll line, as
 * often as it takes to measure; the median of the rounds after the first.
 */
export async function measureOwnCode(endpoint: string, jobId: string, pages: number, rounds: number, parser: Parser): Promise<number> {
  const c = client(endpoint, budget());
  let bodies: Array<Record<string, unknown>>;
  useParser(parser);
  try {
    bodies = await fetchPages(c, jobId, pages);
  } finally {
    c.close();
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
 * real DtsClient: HTTP, signing, JSON parsing by `parser`, the answer checked) with the answers
 * left unread; the median of the rounds after the first.
 */
export async function measureFetchOnly(endpoint: string, jobId: string, pages: number, rounds: number, parser: Parser): Promise<number> {
  const c = client(endpoint, budget());
  const cpu: number[] = [];
  useParser(parser);
  try {
    for (let round = 0; round < rounds; round++) {
      const start = process.cpuUsage();
      await fetchPages(c, jobId, pages);
      const used = process.cpuUsage(start);
      cpu.push((used.user + used.system) / 1000);
    }
  } finally {
    c.close();
  }
  return median(cpu.slice(1));
}
