/**
 * `npm run bench`: the performance and scale figures, printed as a table and
 * written to .build/bench.json. Timings are printed, never asserted (test/e2e/scale.test.ts
 * asserts the counts and bounds that do not depend on the machine). About 70 s on 2 cores.
 *
 * "N objects" is what the `total` output counts: N / 4 tables, each with a structure entry, one
 * constraint, a data entry and an incremental entry (test/support/scale.ts). The largest paged
 * list of the job then has n = N / 4 entries, and a poll needs at least ceil((n + 1) / 100)
 * calls at the default page size.
 *
 * The simulator runs in a process of its own (scripts/simulator-cli.ts) with 20 ms latency, so
 * none of its work is counted as the action's. For 1,000, 10,000 and 100,000 objects:
 *
 * 1. Calls and wall time per poll: the action's own poll loop (src/poll/poller.ts driving the job
 *    reader of src/dts/reader.ts through the real DtsClient over HTTP, then src/core/aggregate.ts
 *    snapshotOf and the poll log line), wired as src/main.ts wires it, job-status on (one
 *    DescribeSynchronizationJobStatus call beside page 1 of every poll), once with its
 *    concurrency and once with concurrency 1 (the same calls one after another). Every object
 *    stays pending, so the polls go on. Calls are counted by the reader and checked against the
 *    simulator's record (test/support/scale.ts splitPolls), the list pages and the job-status
 *    calls apart.
 * 2. CPU per poll: `process.cpuUsage()` (user + system) of this process from the start of a
 *    poll's read to the end of its log line, median over the later polls after a warm-up:
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
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONCURRENCY } from '../src/dts/reader.js';
import {
  DIST_DIR,
  FULL_RUN_POLL_INTERVAL_MS,
  gc,
  kib,
  LATENCY_MS,
  OUT_FILE,
  PAGE_SIZE,
  progress,
  round,
  SimulatorProcess,
  SIZES,
  TIMER_TOLERANCE_MS,
  WARM_UP_POLLS
} from './bench/common.js';
import { measurePolling, measurePolls, type PollingResult } from './bench/polling.js';
import { measureColdStart, measureDist, measureFullRun, type FullRunResult } from './bench/runs.js';

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ')).join('\n');
}

const mark = (ok: boolean): string => (ok ? 'ok' : 'NOT MET');
/** The bench polls one job: one DescribeSynchronizationJobStatus call beside its pages. */
const JOBS_PER_POLL = 1;
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
    const later = (values: number[]): string => [...new Set(values.slice(1))].join('/');
    rows.push(['minimum list calls/poll ceil((n+1)/100)', ...byPolling((p) => `${p.minimumCalls} (n=${size(p.tables)})`)]);
    rows.push([
      'calls, first poll (read-ahead + job-status)',
      ...byPolling((p) => `${p.firstPollCalls} (+${p.firstPollCalls - p.minimumCalls - JOBS_PER_POLL})`)
    ]);
    rows.push(['calls, later polls (lists + job-status)', ...byPolling((p) => [...new Set(p.laterPollCalls)].join('/'))]);
    rows.push(['  lists/poll seen by simulator', ...byPolling((p) => later(p.simulatorListCallsPerPoll))]);
    rows.push(['  job-status/poll seen by simulator', ...byPolling((p) => later(p.simulatorJobStatusCallsPerPoll))]);
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
        '1 list calls/poll after the first = minimum',
        polling.map((p) => `${later(p.simulatorListCallsPerPoll)}=${p.minimumCalls}`).join(', '),
        'exact',
        mark(polling.every((p) => p.simulatorListCallsPerPoll.slice(1).every((c) => c === p.minimumCalls)))
      ],
      [
        '1 calls/poll after the first = lists minimum + job-status',
        polling
          .map(
            (p) =>
              [...new Set([...p.laterPollCalls, ...p.simulatorCallsPerPoll.slice(1)])].join('/') + `=${p.minimumCalls}+${JOBS_PER_POLL}`
          )
          .join(', '),
        'exact',
        mark(
          polling.every(
            (p) =>
              [...p.laterPollCalls, ...p.simulatorCallsPerPoll.slice(1)].every((c) => c === p.minimumCalls + JOBS_PER_POLL) &&
              p.simulatorJobStatusCallsPerPoll.every((c) => c === JOBS_PER_POLL)
          )
        )
      ],
      [
        '1 first poll read-ahead',
        polling.map((p) => `+${p.firstPollCalls - p.minimumCalls - JOBS_PER_POLL}`).join(', '),
        `<= ${CONCURRENCY}`,
        mark(
          polling.every(
            (p) => p.firstPollCalls - p.minimumCalls - JOBS_PER_POLL <= CONCURRENCY && p.simulatorCallsPerPoll[0] === p.firstPollCalls
          )
        )
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
