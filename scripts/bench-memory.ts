/**
 * `npm run bench:memory [-- --objects 100000 --node 24,20]`: where the memory of one poll goes,
 * on each Node named (by default 24, what the action runs on, and 20). For each, a child process
 * of that Node with `--expose-gc` (and tsx) reads the pages of one poll of N objects from the
 * simulator (simulator/process.ts) and keeps, stage by stage, what a poll of the action holds; after
 * a full collection, the growth of V8's used heap is what that stage holds:
 *
 * - the answers' texts (pop-core reads each as one Buffer, then one string);
 * - the parsed trees of every page, by json-bigint and by the native parser (the action holds
 *   at most the 4 of the calls in flight at once, but makes and drops all of them in a poll);
 * - the objects of src/core/normalize.ts readPage (with one StringPool, as the pager reads);
 * - the pager's IdentityMap over them (src/dts/pager.ts, src/core/identity.ts);
 * - the snapshot of src/core/aggregate.ts snapshotOf (the poller keeps the previous one while
 *   the next poll reads);
 * - the report file (src/report/reportFile.ts writes it a chunk at a time): its size.
 *
 * Printed, never asserted. The figures of a whole run (peak RSS, the young generation) are in
 * `npm run bench`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getHeapSpaceStatistics } from 'node:v8';
import jsonBigint from 'json-bigint';
import { snapshotOf } from '../src/core/aggregate.js';
import { IdentityMap } from '../src/core/identity.js';
import { ignoreMatcher } from '../src/core/ignore.js';
import { readPage, type ReadContext } from '../src/core/normalize.js';
import { StringPool } from '../src/core/stringPool.js';
import type { DtsObject, Verdict } from '../src/core/types.js';
import { BENCH_REGION, minimumCalls, SimulatorProcess, tablesFor } from '../simulator/index.js';
import { writeReport } from '../src/report/reportFile.js';
import { gc, PAGE_SIZE, round } from './bench/common.js';
import { client as benchClient, fetchPages } from './bench/polling.js';
import { table } from './bench/report.js';
import { nodeBinary } from './bench/subjects.js';

interface Stage {
  stage: string;
  /** Growth of the used heap after a full collection, MiB. */
  heapMiB: number;
  /** The same per object (or per page), bytes. */
  perUnit?: string;
}

const usedMiB = (): number => {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1024 / 1024;
};

async function child(objects: number): Promise<object> {
  if (typeof (globalThis as { gc?: unknown }).gc !== 'function') throw new Error('run with --expose-gc');
  const sim = await SimulatorProcess.start(0);
  const jobId = 'memory';
  await sim.setJob(jobId, { objects, pendingPolls: 1e9 });
  const pages = minimumCalls(tablesFor(objects), PAGE_SIZE);
  const stages: Stage[] = [];
  const perObject = (mib: number): string => `${Math.round((mib * 1024 * 1024) / objects)} B/object`;
  const perPage = (mib: number): string => `${round((mib * 1024) / pages)} KiB/page`;

  // The texts, as pop-core hands them to json-bigint.
  const start = usedMiB();
  const texts: string[] = [];
  // After the client has put the answer parser there: pop-core hands each answer's text to json-bigint's export.
  const client = benchClient(sim.endpoint);
  const installed = jsonBigint.parse;
  jsonBigint.parse = (source: unknown) => {
    texts.push(String(source));
    return { Success: true };
  };
  await fetchPages(client, jobId, pages);
  client.close();
  jsonBigint.parse = installed;
  // json-bigint's own parse (a parser of its own, without options: what its export had before).
  const own = jsonBigint().parse;
  await sim.close();
  texts.sort((a, b) => a.length - b.length);
  const textChars = texts.reduce((sum, t) => sum + t.length, 0);

  const textsMiB = usedMiB() - start;
  stages.push({
    stage: `answers' texts (${pages} pages, ${round(textChars / 1024 / 1024)} M chars)`,
    heapMiB: textsMiB,
    perUnit: perPage(textsMiB)
  });

  const trees = (parse: (text: string) => unknown): { trees: unknown[]; mib: number } => {
    const before = usedMiB();
    const parsed = texts.map(parse);
    return { trees: parsed, mib: usedMiB() - before };
  };
  const big = trees(own);
  stages.push({ stage: 'parsed trees, json-bigint (no prototype, sliced strings)', heapMiB: big.mib, perUnit: perPage(big.mib) });
  const native = trees((t) => JSON.parse(t));
  stages.push({ stage: 'parsed trees, native JSON.parse', heapMiB: native.mib, perUnit: perPage(native.mib) });

  const ignored = ignoreMatcher([]);
  const normalized = (bodies: unknown[]): { objects: DtsObject[]; mib: number } => {
    const before = usedMiB();
    const read: ReadContext = { strings: new StringPool(), ignored };
    const list = bodies.flatMap((body) => readPage(jobId, body, read).objects);
    return { objects: list, mib: usedMiB() - before };
  };
  const fromBig = normalized(big.trees);
  big.trees.length = 0;
  const fromNative = normalized(native.trees);
  native.trees.length = 0;
  texts.length = 0;
  stages.push({ stage: `objects (readPage) from json-bigint's trees`, heapMiB: fromBig.mib, perUnit: perObject(fromBig.mib) });
  stages.push({ stage: `objects (readPage) from native trees`, heapMiB: fromNative.mib, perUnit: perObject(fromNative.mib) });
  fromBig.objects.length = 0;

  const objectsRead = fromNative.objects;
  let before = usedMiB();
  const firstPageOf = new IdentityMap<number>();
  objectsRead.forEach((o, i) => firstPageOf.getOrAdd(o, Math.floor(i / PAGE_SIZE) + 1));
  const identityMiB = usedMiB() - before;
  stages.push({ stage: "pager's IdentityMap (first page of each object)", heapMiB: identityMiB, perUnit: perObject(identityMiB) });

  before = usedMiB();
  const snapshot = snapshotOf(objectsRead, { jobIds: [jobId], poll: 1, atMs: 0, ignored });
  const snapshotMiB = usedMiB() - before;
  stages.push({ stage: 'snapshot (snapshotOf; objects shared with the read)', heapMiB: snapshotMiB, perUnit: perObject(snapshotMiB) });

  const dir = mkdtempSync(join(tmpdir(), 'dts-gate-bench-memory-'));
  const verdict = { status: 'timeout', fail: true, polls: 1, elapsedMs: 0, snapshot } as unknown as Verdict;
  const path = join(dir, 'report.json');
  writeReport(path, verdict, { jobIds: [jobId], region: BENCH_REGION, startedAt: 0 });
  const reportMiB = statSync(path).size / 1024 / 1024;
  rmSync(dir, { recursive: true, force: true });
  const young = getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
  return {
    node: process.version,
    objects,
    pages,
    stages: stages.map((s) => ({ ...s, heapMiB: round(s.heapMiB) })),
    reportMiB: round(reportMiB),
    youngGenerationMiB: round((young?.space_size ?? NaN) / 1024 / 1024),
    firstPageOf: firstPageOf.size
  };
}

function main(): void {
  const args = process.argv.slice(2);
  const value = (name: string, fallback: string): string => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
  };
  const objects = Number(value('objects', '100000'));
  if (args.includes('--child')) {
    child(objects).then(
      (result) => process.stdout.write(JSON.stringify(result)),
      (thrown: unknown) => {
        process.stderr.write(`${thrown instanceof Error ? (thrown.stack ?? thrown.message) : String(thrown)}\n`);
        process.exit(1);
      }
    );
    return;
  }
  const script = fileURLToPath(import.meta.url);
  const results = value('node', '24,20')
    .split(',')
    .map((major) => {
      const node = nodeBinary(Number(major));
      const out = execFileSync(node.path, ['--expose-gc', '--import', 'tsx', script, '--child', '--objects', String(objects)], {
        encoding: 'utf8',
        maxBuffer: 16 * 1024 * 1024,
        stdio: ['ignore', 'pipe', 'inherit']
      });
      return JSON.parse(out) as { node: string; stages: Stage[]; reportMiB: number; pages: number; youngGenerationMiB: number };
    });
  const rows: string[][] = [
    [`one poll of ${objects.toLocaleString('en-US')} objects: held after a full GC`, ...results.map((r) => `node ${r.node}`)]
  ];
  results[0]!.stages.forEach((s, i) =>
    rows.push([s.stage, ...results.map((r) => `${r.stages[i]!.heapMiB} MiB (${r.stages[i]!.perUnit ?? ''})`)])
  );
  rows.push(['report file (written a 1 M-character chunk at a time)', ...results.map((r) => `${r.reportMiB} MiB`)]);
  rows.push(['young generation at the end (new_space)', ...results.map((r) => `${r.youngGenerationMiB} MiB`)]);
  process.stdout.write(table(rows) + '\n');
}

main();
