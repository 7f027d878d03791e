/**
 * Parts 3 and 4 of the benchmark: dist/index.js run as the runner runs it (test/support/action.ts
 * runAction), for memory, output sizes and detection latency, and for the cold start.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runAction, type ActionRun } from '../../test/support/action.js';
import { splitPolls } from '../../test/support/scale.js';
import { BENCH_KEY, BENCH_REGION } from '../simulator-cli.js';
import {
  COLD_START_RUNS,
  DIST_DIR,
  FULL_RUN_PENDING_POLLS,
  FULL_RUN_POLL_INTERVAL_MS,
  median,
  progress,
  round,
  SCRIPTS,
  type SimulatorProcess
} from './common.js';

interface DistRun extends ActionRun {
  summaryBytes: number;
  reportBytes: number;
  /** Arrival of each `poll N · ...` log line. */
  pollLinesAt: number[];
  maxRssKiB?: number;
  timeMaxRssKiB?: number;
}

const TIME_BIN = '/usr/bin/time';

/** dist/index.js (or `script`) as the runner starts it, against the simulator's job `jobId`. */
async function runDist(
  endpoint: string,
  jobId: string,
  options: { dist?: string; measureMemory?: boolean; script?: string } = {}
): Promise<DistRun> {
  const scratch = mkdtempSync(join(tmpdir(), 'dts-gate-bench-rss-'));
  const rssFile = join(scratch, 'maxrss.json');
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
      timeout: '10m'
    },
    {
      prefix: 'dts-gate-bench-',
      killAfterMs: 10 * 60_000,
      script: options.script ?? join(options.dist ?? DIST_DIR, 'index.js'),
      ...(options.measureMemory && {
        env: { BENCH_MAXRSS_FILE: rssFile },
        nodeArgs: ['--import', pathToFileURL(join(SCRIPTS, 'maxrss.js')).href],
        ...(existsSync(TIME_BIN) && { wrapper: [TIME_BIN, '-v'] })
      }),
      // When each poll's log line arrives (whole lines only): the moment that poll was judged.
      onStdout: (stdout) => {
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
  if (existsSync(rssFile)) result.maxRssKiB = (JSON.parse(readFileSync(rssFile, 'utf8')) as { maxRssKiB: number }).maxRssKiB;
  const timeRss = /Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr);
  if (timeRss) result.timeMaxRssKiB = Number(timeRss[1]);
  rmSync(scratch, { recursive: true, force: true });
  rmSync(run.dir, { recursive: true, force: true });
  return result;
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

export async function measureFullRun(sim: SimulatorProcess, objects: number): Promise<FullRunResult> {
  const failures = objects / 50;
  const pendingPolls = FULL_RUN_PENDING_POLLS;
  const jobId = `full${objects}`;
  await sim.setJob(jobId, { objects, failures, pendingPolls });
  progress(`${objects} objects: dist/index.js, ${failures} failures after ${pendingPolls} pending polls`);
  const run = await runDist(sim.endpoint, jobId, { measureMemory: true });
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
    reportObjects: (run.report?.objects as unknown[] | undefined)?.length ?? 0,
    reportMiB: round(run.reportBytes / 1024 / 1024, 2),
    pollWallMs,
    verdictLatencyMs: decidedAt - flipAt,
    exitLatencyMs: run.exitedAt - flipAt,
    reportingMs: run.exitedAt - decidedAt,
    boundMs: FULL_RUN_POLL_INTERVAL_MS + pollWallMs
  };
  if (run.timeMaxRssKiB !== undefined) result.timeMaxRssMiB = round(run.timeMaxRssKiB / 1024);
  return result;
}

export interface ColdStartResult {
  runs: number;
  distMs: number[];
  minimalMs: number[];
  distMedianMs: number;
  minimalMedianMs: number;
  ratio: number;
}

export async function measureColdStart(sim: SimulatorProcess): Promise<ColdStartResult> {
  const jobId = 'coldstart';
  await sim.setJob(jobId, { objects: 4 });
  const minimal = join(SCRIPTS, 'cold-start-minimal.js');
  const firstRequest = async (script?: string): Promise<number> => {
    await sim.call({ cmd: 'clear' });
    const run = await runDist(sim.endpoint, jobId, script ? { script } : {});
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

export interface DistFacts {
  files: Record<string, number>;
  totalBytes: number;
  startupBytes: number;
  lazyChunks: string[];
  runsWithoutLazyChunks: boolean;
  /** Whether index.js itself holds @actions/github's code (its getOctokit). */
  githubInIndex: boolean;
}

export async function measureDist(sim: SimulatorProcess): Promise<DistFacts> {
  const files: Record<string, number> = {};
  for (const name of readdirSync(DIST_DIR).sort()) files[name] = statSync(join(DIST_DIR, name)).size;
  const lazyChunks = Object.keys(files).filter((name) => /^\d+\.index\.js$/.test(name));
  // A copy of dist/ without the chunks loaded by import() (prComment.ts and @actions/github):
  // a run without pr-comment must not notice.
  const copy = mkdtempSync(join(tmpdir(), 'dts-gate-dist-'));
  cpSync(DIST_DIR, copy, { recursive: true });
  for (const chunk of lazyChunks) rmSync(join(copy, chunk));
  await sim.setJob('nochunks', { objects: 4 });
  const run = await runDist(sim.endpoint, 'nochunks', { dist: copy });
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
