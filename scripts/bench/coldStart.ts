/**
 * Part 4 of the benchmark: the cold start of each subject's dist/index.js (and of the working
 * tree's dist/cli/index.js) against a minimal script on the same Node, all runs interleaved, and the facts of each dist/ (its size, and a
 * run without the chunks it loads only for pr-comment).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SimulatorProcess } from '../../simulator/index.js';
import { COLD_START_RUNS, median, plainScript, progress, round } from './common.js';
import { firstRequest as cliFirstRequest } from './cli.js';
import { runDist } from './runs.js';
import type { NodeBinary, Subject, Tree } from './subjects.js';

export interface ColdStartResult {
  subject: string;
  runs: number;
  distMs: number[];
  minimalMs: number[];
  distMedianMs: number;
  /** The minimal script on the same Node. */
  minimalMedianMs: number;
  ratio: number;
  /** The working tree's command line, dist/cli/index.js, on the same Node (working tree only). */
  cliMs?: number[];
  cliMedianMs?: number;
}

/**
 * Spawn to first request as the simulator saw it, for each subject, for the working tree's
 * command line and for the minimal script on each Node, interleaved.
 */
export async function measureColdStart(sim: SimulatorProcess, subjects: readonly Subject[]): Promise<ColdStartResult[]> {
  const jobId = 'coldstart';
  await sim.setJob(jobId, { objects: 4 });
  const minimal = plainScript('cold-start-minimal.ts');
  const firstRequest = async (subject: Subject, script?: string): Promise<number> => {
    await sim.call({ cmd: 'clear' });
    const run = await runDist(sim.endpoint, subject, jobId, script ? { script } : {});
    if (run.code !== 0) throw new Error(`cold-start run failed (${run.code}): ${run.stdout.slice(-1000)} ${run.stderr.slice(-1000)}`);
    const first = (await sim.requests(jobId))[0];
    if (!first) throw new Error('no request recorded');
    return first.at - run.spawnedAt;
  };
  const nodes = new Map<NodeBinary, Subject>(subjects.map((s) => [s.node, s]));
  type Runner = { key: string; run(): Promise<number> };
  const runners: Runner[] = [
    ...subjects.map((s) => ({ key: s.label, run: () => firstRequest(s) })),
    ...subjects
      .filter((s) => s.tree.name === 'work' && existsSync(join(s.tree.distDir, 'cli/index.js')))
      .map((s) => ({ key: `${s.label} cli`, run: () => cliFirstRequest(sim, s.node, 'cli', jobId) })),
    ...[...nodes.values()].map((s) => ({ key: `minimal ${s.node.major}`, run: () => firstRequest(s, minimal) }))
  ];
  progress(`cold start: ${COLD_START_RUNS} runs each of ${runners.map((r) => r.key).join(', ')}, interleaved`);
  // One of each first, unmeasured: the files are then in the page cache for all.
  for (const runner of runners) await runner.run();
  const times = new Map<string, number[]>(runners.map((r) => [r.key, []]));
  for (let i = 0; i < COLD_START_RUNS; i++) {
    // In turn, and the other way round every second time, so that any drift of the machine hits all alike.
    for (const runner of i % 2 === 0 ? runners : [...runners].reverse()) times.get(runner.key)!.push(await runner.run());
  }
  return subjects.map((s) => {
    const distMs = times.get(s.label)!;
    const minimalMs = times.get(`minimal ${s.node.major}`)!;
    const distMedianMs = median(distMs);
    const minimalMedianMs = median(minimalMs);
    const cliMs = times.get(`${s.label} cli`);
    return {
      subject: s.label,
      runs: COLD_START_RUNS,
      distMs,
      minimalMs,
      distMedianMs,
      minimalMedianMs,
      ratio: round(distMedianMs / minimalMedianMs, 2),
      ...(cliMs && { cliMs, cliMedianMs: median(cliMs) })
    };
  });
}

export interface DistFacts {
  tree: string;
  /** The files of dist/ (not of dist/cli/), bytes. */
  files: Record<string, number>;
  totalBytes: number;
  startupBytes: number;
  /** Chunks loaded by import() that every run loads once it has started (@actions/core and what it brings). */
  runChunks: string[];
  /** Chunks that only pr-comment loads (prComment.ts and @actions/github): a run without it finishes without them. */
  prCommentChunks: string[];
  runsWithoutPrCommentChunks: boolean;
  /** Whether index.js itself holds @actions/github's code (its getOctokit). */
  githubInIndex: boolean;
  /** Whether index.js itself holds @actions/core's code (how it writes a file command). */
  coreInIndex: boolean;
}

/** A copy of dist/ without `chunks`, run once against a job of 4 objects: whether it finished. */
async function runsWithout(sim: SimulatorProcess, tree: Tree, subject: Subject, chunks: readonly string[]): Promise<boolean> {
  const copy = mkdtempSync(join(tmpdir(), 'dts-gate-dist-'));
  try {
    cpSync(tree.distDir, copy, { recursive: true });
    for (const chunk of chunks) rmSync(join(copy, chunk));
    await sim.setJob('nochunks', { objects: 4 });
    const run = await runDist(sim.endpoint, subject, 'nochunks', { distDir: copy });
    return run.code === 0 && run.outputs.status === 'finished';
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

export async function measureDist(sim: SimulatorProcess, tree: Tree, subject: Subject): Promise<DistFacts> {
  const files: Record<string, number> = {};
  for (const entry of readdirSync(tree.distDir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.isFile()) files[entry.name] = statSync(join(tree.distDir, entry.name)).size;
  }
  const lazyChunks = Object.keys(files).filter((name) => /^\d+\.index\.js$/.test(name));
  // Each chunk loaded by import() on its own: a run without pr-comment that fails without it needs it.
  progress(
    `${tree.name}: a run of dist/ without each of its ${lazyChunks.length} lazy chunks, then without all that pr-comment alone loads`
  );
  const runChunks: string[] = [];
  for (const chunk of lazyChunks) if (!(await runsWithout(sim, tree, subject, [chunk]))) runChunks.push(chunk);
  const prCommentChunks = lazyChunks.filter((chunk) => !runChunks.includes(chunk));
  const index = readFileSync(join(tree.distDir, 'index.js'), 'utf8');
  return {
    tree: tree.name,
    files,
    totalBytes: Object.values(files).reduce((a, b) => a + b, 0),
    startupBytes: (files['index.js'] ?? 0) + (files['package.json'] ?? 0),
    runChunks,
    prCommentChunks,
    runsWithoutPrCommentChunks: await runsWithout(sim, tree, subject, prCommentChunks),
    githubInIndex: index.includes('getOctokit'),
    coreInIndex: /\bissueFileCommand\b/.test(index)
  };
}
