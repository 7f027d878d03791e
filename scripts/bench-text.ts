/**
 * `npm run bench:text` (`tsx scripts/bench-text.ts`): how fast the safe-text
 * forms (src/text/safe.ts) are on the inputs the action meets at its largest: one 10,000-character
 * error message full of what the rules act on, and 100,000 short object names (the summary and
 * the report name up to that many objects). Median of 15 runs after a warm-up; printed, never
 * asserted (timings depend on the machine). The figure per character shows that the time grows
 * with the length and nothing more.
 */
import { safeLine, safeMarkdown } from '../src/text/safe.js';

const RUNS = 15;

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function time(run: () => void): number {
  for (let i = 0; i < 3; i++) run();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    run();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(samples);
}

const fragment =
  'DTS-1020042 Execute sql error: ALTER TABLE `shop`.`order_items` ADD CONSTRAINT fk_1 — Zürich 東京 😀 ' +
  '@octocat #12 GH-3 https://x.y :smile: |a| <b> \r\n::error::x ##[warning]y \u200b\u202e\u001b[31m ';
const message = (length: number): string => fragment.repeat(Math.ceil(length / fragment.length)).slice(0, length);
const names = Array.from({ length: 100_000 }, (_, i) => `table_${String(i).padStart(6, '0')}`);
const oddNames = names.map((name, i) => (i % 10 === 0 ? `${name}\u200b` : i % 10 === 1 ? `@${name}` : name));

const rows: Array<[string, number, number]> = [];
for (const length of [1_000, 10_000, 100_000]) {
  const text = message(length);
  rows.push([`safeLine, one ${length.toLocaleString('en-US')}-character message`, time(() => safeLine(text, Infinity)), length]);
  rows.push([`safeMarkdown, one ${length.toLocaleString('en-US')}-character message`, time(() => safeMarkdown(text, Infinity)), length]);
}
const all = (form: (text: string, max: number) => string, list: readonly string[]) => () => {
  for (const name of list) form(name, 256);
};
const chars = names.reduce((sum, n) => sum + n.length, 0);
rows.push(['safeLine, 100,000 names like table_000123', time(all(safeLine, names)), chars]);
rows.push(['safeMarkdown, 100,000 names like table_000123', time(all(safeMarkdown, names)), chars]);
rows.push(['safeLine, 100,000 names, 1 in 5 with @ or U+200B', time(all(safeLine, oddNames)), chars]);
rows.push(['safeMarkdown, 100,000 names, 1 in 5 with @ or U+200B', time(all(safeMarkdown, oddNames)), chars]);

console.log(`node ${process.version}, median of ${RUNS} runs`);
for (const [what, ms, n] of rows) {
  console.log(`${what.padEnd(58)} ${ms.toFixed(2).padStart(9)} ms  ${((ms * 1e6) / n).toFixed(1).padStart(7)} ns/char`);
}
