/**
 * A preload for the benchmark's runs of dist/index.js (`node --import .build/scripts/bench/probe.js
 * dist/index.js`), so that the figures come from the measured process itself, whatever commit
 * built its dist/:
 *
 * - at each line it writes that starts `poll <n> · ` (the action's line for a complete poll),
 *   the process's CPU time so far (user + system, `process.cpuUsage()`), its resident set size
 *   and V8's heap figures: every poll up to poll {@link EVERY_POLL_UNTIL}, then every
 *   {@link SAMPLE_EVERY}th poll, so that a run of 20,000 polls keeps a few hundred samples and
 *   the probe's own memory does not grow with the run;
 * - at exit, its peak resident set size (getrusage `ru_maxrss`, via `process.resourceUsage()`)
 *   and CPU times, and everything sampled, as JSON to the file named by `BENCH_PROBE_FILE`.
 *
 * - with `BENCH_PROBE_RSS_EVERY_MS`, the resident set size every so many ms (for experiments:
 *   when in the run the peak comes).
 *
 * It adds a wrapper around `process.stdout.write` (and that timer) and nothing else.
 */
import { writeFileSync } from 'node:fs';
import { getHeapSpaceStatistics, getHeapStatistics } from 'node:v8';

/** One sample, taken when a poll line is written. */
export interface ProbeSample {
  poll: number;
  /** User + system CPU of the process since it started, µs. */
  cpuUs: number;
  rssKiB: number;
  heapUsedKiB: number;
  heapTotalKiB: number;
  /** V8's whole heap as allocated (young generation included), KiB. */
  heapPhysicalKiB: number;
  /** The young generation's semi-spaces as committed (V8's new_space). */
  newSpaceKiB: number;
  externalKiB: number;
}

/** The resident set size sampled on a timer (with `BENCH_PROBE_RSS_EVERY_MS`): ms since start, KiB, polls seen. */
export type RssTick = [atMs: number, rssKiB: number, polls: number];

export interface ProbeReport {
  maxRssKiB: number;
  rssTicks: RssTick[];
  userCpuUs: number;
  systemCpuUs: number;
  /** Poll lines seen (all of them, sampled or not). */
  polls: number;
  samples: ProbeSample[];
}

const EVERY_POLL_UNTIL = 200;
const SAMPLE_EVERY = 100;
const POLL_LINE = /^poll (\d+) · /;

const file = process.env.BENCH_PROBE_FILE;
const tickMs = Number(process.env.BENCH_PROBE_RSS_EVERY_MS ?? 0);
/** Timer samples kept at most (a minute at 20 ms). */
const MAX_TICKS = 3000;
if (file) {
  const samples: ProbeSample[] = [];
  const rssTicks: RssTick[] = [];
  let polls = 0;
  if (tickMs > 0) {
    const started = performance.now();
    const tick = setInterval(() => {
      if (rssTicks.length < MAX_TICKS)
        rssTicks.push([Math.round(performance.now() - started), Math.round(process.memoryUsage.rss() / 1024), polls]);
    }, tickMs);
    tick.unref();
  }
  const write = process.stdout.write.bind(process.stdout) as (...args: unknown[]) => boolean;
  process.stdout.write = ((chunk: unknown, ...rest: unknown[]): boolean => {
    if (typeof chunk === 'string' && chunk.startsWith('poll ')) {
      const match = POLL_LINE.exec(chunk);
      if (match) {
        polls++;
        const poll = Number(match[1]);
        if (poll <= EVERY_POLL_UNTIL || poll % SAMPLE_EVERY === 0) {
          const cpu = process.cpuUsage();
          const memory = process.memoryUsage();
          samples.push({
            poll,
            cpuUs: cpu.user + cpu.system,
            rssKiB: Math.round(memory.rss / 1024),
            heapUsedKiB: Math.round(memory.heapUsed / 1024),
            heapTotalKiB: Math.round(memory.heapTotal / 1024),
            heapPhysicalKiB: Math.round(getHeapStatistics().total_physical_size / 1024),
            newSpaceKiB: Math.round((getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.space_size ?? NaN) / 1024),
            externalKiB: Math.round(memory.external / 1024)
          });
        }
      }
    }
    return write(chunk, ...rest);
  }) as typeof process.stdout.write;
  process.on('exit', () => {
    const usage = process.resourceUsage();
    const report: ProbeReport = {
      maxRssKiB: usage.maxRSS,
      rssTicks,
      userCpuUs: usage.userCPUTime,
      systemCpuUs: usage.systemCPUTime,
      polls,
      samples
    };
    writeFileSync(file, JSON.stringify(report));
  });
}
