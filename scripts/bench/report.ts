/**
 * The benchmark's figures as text: one table per size, a column per subject (a dist/ run by a
 * Node), in-process figures in the working tree's columns, then the goals.
 */
import type { ColdStartResult } from './coldStart.js';
import { ACTION_CONCURRENCY } from './inProcess.js';
import type { InProcessResult } from './inProcess.js';
import type { DistPollsResult, FullRunResult, GrowthResult } from './runs.js';
import type { Subject } from './subjects.js';
import { FULL_RUN_POLL_INTERVAL_MS, kib, round } from './common.js';

/** Rows of cells, the first column left-aligned, the others right-aligned; a row of one cell is a heading across them. */
export function table(rows: string[][]): string {
  const measured = rows.filter((r) => r.length > 1);
  const widths = rows[0]!.map((_, i) => Math.max(...measured.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ')).join('\n');
}

export interface SizeFigures {
  objects: number;
  inProcess: InProcessResult[];
  distPolls: DistPollsResult[];
  fullRuns: FullRunResult[][];
}

const size = (n: number): string => n.toLocaleString('en-US');
const signed = (n: number): string => (n > 0 ? `+${n}` : String(n));
const ms = (n: number | undefined): string => (n === undefined || Number.isNaN(n) ? '-' : `${n} ms`);
const pct = (n: number): string => `${round(n * 100)}%`;
const medianOf = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** The median full run of a subject for a figure, and its range over the runs. */
const spread = (runs: FullRunResult[], f: (r: FullRunResult) => number, unit: string): string => {
  const values = runs.map(f);
  const median = round(medianOf(values));
  return runs.length > 1 ? `${median} ${unit} (${Math.min(...values)}-${Math.max(...values)})` : `${median} ${unit}`;
};

/** The tree the others are compared with: the base commit when there is one, else the working tree. */
function referenceTree(columns: readonly Subject[]): string | undefined {
  const names = new Set(columns.map((s) => s.tree.name));
  if (names.size < 2) return undefined;
  return names.has('base') ? 'base' : 'work';
}

/** A row of each column's figure divided by that of the reference tree on the same Node. */
function ratioRow(
  columns: readonly Subject[],
  indent: string,
  value: (s: Subject) => number | undefined,
  push: (cells: string[]) => void
): void {
  const reference = referenceTree(columns);
  if (reference === undefined) return;
  push([
    `${indent} ÷ ${reference}`,
    ...columns.map((s) => {
      const ref = columns.find((r) => r.tree.name === reference && r.node === s.node);
      const [mine, theirs] = [value(s), ref && value(ref)];
      return s.tree.name !== reference && mine !== undefined && theirs !== undefined ? String(round(mine / theirs, 2)) : '·';
    })
  ]);
}

/** One size's table: rows of figures, a column per subject. */
export function sizeTable(figures: SizeFigures, columns: readonly Subject[]): string {
  const header = [`${size(figures.objects)} objects`, ...columns.map((s) => s.label)];
  const rows: string[][] = [header];
  const inProcess = (s: Subject): InProcessResult | undefined =>
    s.tree.name === 'work' ? figures.inProcess.find((r) => r.node === s.node.version) : undefined;
  const distPolls = (s: Subject): DistPollsResult | undefined => figures.distPolls.find((r) => r.subject === s.label);
  const fullRuns = (s: Subject): FullRunResult[] => figures.fullRuns.find((runs) => runs[0]?.subject === s.label) ?? [];
  const row = (label: string, cell: (s: Subject) => string | undefined) => rows.push([label, ...columns.map((s) => cell(s) ?? '·')]);
  const ratio = (label: string, value: (s: Subject) => number | undefined) => ratioRow(columns, label, value, (cells) => rows.push(cells));
  const later = (values: number[]): string => [...new Set(values.slice(1))].join('/');

  if (figures.inProcess.length > 0) {
    rows.push([`in-process, working tree's src/ (polls interleaved; · = not measured)`]);
    row('  minimum list calls/poll ceil((n+1)/100)', (s) =>
      inProcess(s) ? `${inProcess(s)!.minimumCalls} (n=${size(inProcess(s)!.tables)})` : undefined
    );
    row('  calls, look-up before the first poll', (s) => inProcess(s) && String(inProcess(s)!.lookUpCalls));
    row('  calls, first poll (lists, read ahead)', (s) => {
      const p = inProcess(s);
      return p && `${p.firstPollCalls} (+${p.firstPollCalls - p.minimumCalls})`;
    });
    row('  calls, later polls (lists + job view)', (s) => inProcess(s) && [...new Set(inProcess(s)!.laterPollCalls)].join('/'));
    row('    lists/poll seen by simulator', (s) => inProcess(s) && later(inProcess(s)!.simulatorListCallsPerPoll));
    row('    DescribeDtsJobs/poll seen by simulator', (s) => inProcess(s) && later(inProcess(s)!.simulatorJobViewCallsPerPoll));
    row('  wall/poll, sequential (conc. 1)', (s) => inProcess(s) && ms(inProcess(s)!.sequentialMs));
    row(`  wall/poll, concurrent (conc. ${ACTION_CONCURRENCY})`, (s) => inProcess(s) && ms(inProcess(s)!.concurrentMs));
    row('  concurrent / sequential', (s) => inProcess(s) && String(inProcess(s)!.concurrentOverSequential));
    for (const parser of ['json-bigint', 'answer'] as const) {
      const name = parser === 'json-bigint' ? "pop-core's json-bigint" : 'answer parser (answerJson.ts)';
      row(`  CPU/poll, ${name}`, (s) => inProcess(s) && ms(inProcess(s)!.cpuMs[parser]));
      row(`    CPU/call`, (s) => inProcess(s) && ms(inProcess(s)!.cpuPerCallMs[parser]));
      row(`    fetching alone (HTTP, pop-core, JSON)`, (s) => inProcess(s) && ms(inProcess(s)!.fetchOnlyCpuMs[parser]));
      row(`    normalize + aggregate alone`, (s) => inProcess(s) && ms(inProcess(s)!.ownCodeCpuMs[parser]));
      row(`    CPU / time the calls wait`, (s) => inProcess(s) && pct(inProcess(s)!.cpuOfSimulatorWait[parser]));
      row(`    CPU / wall time of the poll`, (s) => inProcess(s) && pct(inProcess(s)!.cpuOfWall[parser]));
    }
    row('  time the calls spend at simulator/poll', (s) => inProcess(s) && ms(inProcess(s)!.simulatorWaitMs));
  }
  if (figures.distPolls.length > 0) {
    const p = figures.distPolls[0]!;
    rows.push([`dist/index.js, ${p.runs} runs of pending polls 1 ms apart (CPU from the process itself)`]);
    row('  CPU/poll (median of polls 2..)', (s) => distPolls(s) && `${ms(distPolls(s)!.cpuMs)} (${distPolls(s)!.cpuPerPollMs.length})`);
    ratio('   ', (s) => distPolls(s)?.cpuMs);
    row('  calls/poll', (s) => distPolls(s) && String(distPolls(s)!.callsPerPoll));
    row('  CPU/call', (s) => distPolls(s) && ms(distPolls(s)!.cpuPerCallMs));
    row('  time the calls wait/poll', (s) => distPolls(s) && ms(distPolls(s)!.simulatorWaitMs));
    row('  CPU / that waiting time', (s) => distPolls(s) && pct(distPolls(s)!.cpuOfSimulatorWait));
    row('  poll line to poll line', (s) => distPolls(s) && ms(distPolls(s)!.wallMs));
  }
  if (figures.fullRuns.length > 0) {
    const n = figures.fullRuns[0]!.length;
    rows.push([
      `dist/index.js, full run${n > 1 ? `s (${n}; median (min-max))` : ''}: ${FULL_RUN_POLL_INTERVAL_MS} ms poll-interval, 2% fail`
    ]);
    row('  peak RSS (maxRSS)', (s) => (fullRuns(s).length ? spread(fullRuns(s), (r) => r.maxRssMiB, 'MiB') : undefined));
    ratio('   ', (s) => (fullRuns(s).length ? medianOf(fullRuns(s).map((r) => r.maxRssMiB)) : undefined));
    row('  /usr/bin/time -v max RSS', (s) =>
      fullRuns(s)[0]?.timeMaxRssMiB !== undefined ? spread(fullRuns(s), (r) => r.timeMaxRssMiB!, 'MiB') : undefined
    );
    row('  V8 heap at last poll: used / allocated', (s) => {
      const r = fullRuns(s);
      return r.length
        ? `${round(medianOf(r.map((x) => x.heapUsedMiB)))} / ${round(medianOf(r.map((x) => x.heapPhysicalMiB)))} MiB`
        : undefined;
    });
    const first = (s: Subject): FullRunResult | undefined => fullRuns(s)[0];
    row('  failures / polls', (s) => first(s) && `${size(first(s)!.failures)} / ${first(s)!.polls}`);
    row('  summary bytes', (s) => first(s) && kib(first(s)!.summaryBytes));
    row('  outputs bytes (names + values)', (s) => first(s) && kib(first(s)!.outputBytes));
    row('  failed-objects entries', (s) => first(s) && `${first(s)!.failedObjectsEntries} (failed=${size(first(s)!.failedOutput)})`);
    row('  failure message chars', (s) => first(s) && String(first(s)!.failureMessageChars));
    row('  report file objects', (s) => first(s) && `${size(first(s)!.reportObjects)} (${first(s)!.reportMiB} MiB)`);
    row('  deciding poll (1st call -> log line)', (s) => first(s) && ms(first(s)!.pollWallMs));
    row(`  change -> verdict (worst case; bound)`, (s) => {
      const f = first(s);
      return f && `${f.verdictLatencyMs} ms (${signed(f.verdictLatencyMs - f.boundMs)} of ${f.boundMs})`;
    });
    row('  then reporting + exit', (s) => first(s) && ms(first(s)!.reportingMs));
  }
  return table(rows);
}

export function growthTable(results: readonly GrowthResult[], columns: readonly Subject[], from: number): string {
  const of = (s: Subject) => results.find((r) => r.subject === s.label);
  const rows: string[][] = [[`${size(results[0]?.polls ?? 0)} polls, 4 objects, no latency`, ...columns.map((s) => s.label)]];
  const row = (label: string, cell: (g: GrowthResult) => string) => rows.push([label, ...columns.map((s) => (of(s) ? cell(of(s)!) : '·'))]);
  row(`RSS growth/poll from poll ${size(from)} (slope)`, (g) => `${g.rssKiBPerPoll} KiB`);
  row('  V8 heap growth/poll: used / committed', (g) => `${g.heapUsedKiBPerPoll} / ${g.heapTotalKiBPerPoll} KiB`);
  row(`  young generation at poll ${size(from)} -> last`, (g) => `${g.youngAtFromMiB} -> ${g.youngAtEndMiB} MiB`);
  row(`  RSS at poll ${size(from)} -> last`, (g) => `${g.rssAtFromMiB} -> ${g.rssAtEndMiB} MiB`);
  row('  peak RSS / run time', (g) => `${g.maxRssMiB} MiB / ${g.durationS} s`);
  return table(rows);
}

export function coldStartTable(results: readonly ColdStartResult[], columns: readonly Subject[]): string {
  const of = (s: Subject) => results.find((r) => r.subject === s.label);
  const rows: string[][] = [[`cold start (spawn -> 1st request), median of ${results[0]?.runs ?? 0}`, ...columns.map((s) => s.label)]];
  const row = (label: string, cell: (c: ColdStartResult) => string) =>
    rows.push([label, ...columns.map((s) => (of(s) ? cell(of(s)!) : '·'))]);
  row('dist/index.js', (c) => ms(c.distMedianMs));
  row('  runs (ms)', (c) => c.distMs.join(' '));
  ratioRow(
    columns,
    ' ',
    (s) => of(s)?.distMedianMs,
    (cells) => rows.push(cells)
  );
  row('dist/cli/index.js (the command line)', (c) => ms(c.cliMedianMs));
  row('  runs (ms)', (c) => c.cliMs?.join(' ') ?? '·');
  const base = (s: Subject) => columns.find((b) => b.tree.name === 'base' && b.node === s.node);
  if (columns.some((s) => s.tree.name === 'base')) {
    rows.push([
      '  ÷ base dist/index.js',
      ...columns.map((s) => {
        const [cli, action] = [of(s)?.cliMedianMs, base(s) && of(base(s)!)?.distMedianMs];
        return cli !== undefined && action !== undefined ? String(round(cli / action, 2)) : '·';
      })
    ]);
  }
  row('minimal @actions/core + pop-core script', (c) => ms(c.minimalMedianMs));
  row('  dist / minimal', (c) => String(c.ratio));
  return table(rows);
}

export const mark = (ok: boolean | undefined): string => (ok === undefined ? '-' : ok ? 'ok' : 'NOT MET');

/** A goal: what it is, the figure, the target, whether it is met (undefined: not measured in this run). */
export type Goal = [string, string, string, boolean | undefined];

export function goalsTable(goals: readonly Goal[]): string {
  return table([['goal', 'figure', 'target', ''], ...goals.map(([goal, figure, target, ok]) => [goal, figure, target, mark(ok)])]);
}
