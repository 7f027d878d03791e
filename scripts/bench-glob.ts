/**
 * `npm run bench:glob`: how long one `ignore` match takes (src/core/ignore.ts) for a
 * 10,000-character name against `*.*_bak`, matching and not matching, and for crafted names
 * and patterns that make a backtracking matcher slow; beside it, the regular expression the
 * pattern would translate to. Then a poll's worth: 100,000 objects, each matched once against
 * three patterns. Median of 21 runs after a warm-up; printed, never asserted (timings depend on
 * the machine; test/unit/ignore.test.ts asserts the comparison counts).
 */
import { compileGlob, ignoreMatcher, matchGlob } from '../src/core/ignore.js';

const RUNS = 21;

function medianMs(run: () => unknown, repeat = 1): number {
  for (let i = 0; i < 3; i++) run();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    for (let r = 0; r < repeat; r++) run();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6 / repeat);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? 0;
}

function asRegExp(pattern: string): RegExp {
  let source = '';
  for (const ch of pattern) source += ch === '*' ? '[\\s\\S]*' : ch === '?' ? '[\\s\\S]' : ch.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
  return new RegExp(`^${source}$`, 'u');
}

const long = (n: number, unit: string): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
/** [case, pattern, name, time the RegExp too (only where it ends within a second)]. */
const cases: Array<[string, string, string, boolean]> = [
  ['10,000 characters, matches', '*.*_bak', `shop.${long(9_991, 'orders_')}_bak`, true],
  ['10,000 characters, no match', '*.*_bak', `shop.${long(9_991, 'orders_')}_bax`, true],
  ['10,000 dots, no match', '*.*_bak', long(10_000, '.'), true],
  ['10,000 x "a", many stars', '*a*a*a*a*a*a*a*a*b', long(10_000, 'a'), false],
  ['10,000 x "a", long piece', '*aaaaaaaaaaaaaaab*', long(10_000, 'a'), true]
];

console.log(`node ${process.version}, median of ${RUNS} runs (the RegExp: one run)`);
console.log(`${'case'.padEnd(30)} ${'pattern'.padEnd(20)} ${'matcher'.padStart(12)} ${'per object'.padStart(14)} ${'RegExp'.padStart(14)}`);
for (const [what, pattern, name, timeRegExp] of cases) {
  const glob = compileGlob(pattern);
  const ours = medianMs(() => matchGlob(glob, name), 20);
  // What ignoreMatcher does per object: `database.name`, then the match.
  const [database = '', ...rest] = name.split('.');
  const matcher = ignoreMatcher([pattern]);
  const object = { sourceDatabase: database, name: rest.join('.') };
  const whole = medianMs(() => matcher(object), 20);
  let theirs = '(not run)';
  if (timeRegExp) {
    const re = asRegExp(pattern);
    const start = process.hrtime.bigint();
    re.test(name);
    theirs = `${(Number(process.hrtime.bigint() - start) / 1e3).toFixed(1)} µs`;
  }
  console.log(
    `${what.padEnd(30)} ${pattern.padEnd(20)} ${(ours * 1000).toFixed(1).padStart(9)} µs ${(whole * 1000).toFixed(1).padStart(11)} µs ${theirs.padStart(14)}`
  );
}

const objects = Array.from({ length: 100_000 }, (_, i) => ({
  sourceDatabase: `db_${i % 10}`,
  name: `table_${String(i).padStart(6, '0')}`
}));
const matcher = ignoreMatcher(['*.*_bak', 'db_?.tmp_*', 'audit.*']);
const poll = medianMs(() => {
  let n = 0;
  for (const o of objects) if (matcher(o)) n++;
  return n;
});
console.log(`100,000 objects x 3 patterns (one poll): ${poll.toFixed(1)} ms`);
