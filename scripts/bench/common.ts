/**
 * What the parts of the benchmark share: its settings, where things are, small helpers, and the
 * plain scripts of the measured processes (the probe, the cold start's yardstick).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** scripts/: the benchmark's sources, run with tsx. */
export const SCRIPTS = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const ROOT = resolve(SCRIPTS, '..');
export const OUT_FILE = join(ROOT, '.build/bench.json');

export const LATENCY_MS = 20;
export const PAGE_SIZE = 100;
export const SIZES = [1_000, 10_000, 100_000];
/**
 * Rounds measured in-process per size after the first (whose poll reads ahead, reported on its
 * own); each round makes one poll of each of the three loops (scripts/bench/inProcess.ts).
 */
export const LATER_POLLS: Record<number, number> = { 1_000: 10, 10_000: 8, 100_000: 2 };
/** Polls of each run of dist/index.js that sees every object pending, one right after the other. */
export const DIST_POLLS: Record<number, number> = { 1_000: 12, 10_000: 8, 100_000: 3 };
/** Such runs per subject, interleaved. */
export const DIST_POLL_RUNS = 2;
/** Polls of 10,000 objects before anything is measured, so that the JIT has compiled the hot code. */
export const WARM_UP_POLLS = 10;
/** Allowed for timer lateness and the millisecond clocks of two processes in the latency figure. */
export const TIMER_TOLERANCE_MS = 10;
/** Longer than a poll of 100,000 objects takes: otherwise polls follow each other at once. */
export const FULL_RUN_POLL_INTERVAL_MS = 2_000;
/** Polls of a full run that see every object pending, before the one that sees them finished. */
export const FULL_RUN_PENDING_POLLS = 4;
export const COLD_START_RUNS = 9;

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
export const round = (n: number, digits = 1): number => Math.round(n * 10 ** digits) / 10 ** digits;
export const kib = (bytes: number): string => `${round(bytes / 1024)} KiB`;
export const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

export function progress(text: string): void {
  process.stderr.write(`  … ${text}\n`);
}

/**
 * A script of scripts/ (`bench/probe.ts`, `cold-start-minimal.ts`) as plain JavaScript, for a
 * process that is measured: tsx's loader there would cost start-up time and CPU of its own. The
 * script is transpiled alone (type-only imports dropped, nothing bundled: it imports only
 * packages and Node's modules) into .build/bench-plain/, and that file's path returned.
 */
export function plainScript(source: string): string {
  const from = join(SCRIPTS, source);
  const { outputText } = ts.transpileModule(readFileSync(from, 'utf8'), {
    fileName: from,
    compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false }
  });
  const out = join(ROOT, '.build/bench-plain', basename(source).replace(/\.ts$/, '.mjs'));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, outputText);
  return out;
}
