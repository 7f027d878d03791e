/**
 * `ignore` globs: the rules, edge cases, agreement with a regular expression on small inputs,
 * and the amount of work, counted in character comparisons (a count, unlike a timer, is the same
 * on every machine): at most (name length + 1) x (longest piece between stars) plus the pattern,
 * so doubling the name at most doubles it. scripts/bench-glob.ts prints the time.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { compileGlob, ignoreMatcher, matchGlob, type StepCounter } from '../../src/core/ignore.js';

const matches = (pattern: string, text: string): boolean => matchGlob(compileGlob(pattern), text);

function steps(pattern: string, text: string): { matched: boolean; steps: number } {
  const counter: StepCounter = { steps: 0 };
  const matched = matchGlob(compileGlob(pattern), text, counter);
  return { matched, steps: counter.steps };
}

/** The longest run of the pattern between stars, in code points. */
const longestPiece = (pattern: string): number => Math.max(...pattern.split('*').map((p) => Array.from(p).length));

/** The obvious translation to a regular expression: right, and slow on long names. */
function reference(pattern: string, text: string): boolean {
  let source = '';
  for (const ch of pattern) source += ch === '*' ? '[\\s\\S]*' : ch === '?' ? '[\\s\\S]' : ch.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
  return new RegExp(`^${source}$`, 'u').test(text);
}

describe('ignore globs', () => {
  it('matches database.name: * across dots, ? one character, everything else literal and case-sensitive', () => {
    const m = ignoreMatcher(['db.tmp_*', 'logs.?', 'a.b(c)']);
    expect(m({ sourceDatabase: 'db', name: 'tmp_x.y' })).toBe(true);
    expect(m({ sourceDatabase: 'db', name: 'TMP_x' })).toBe(false);
    expect(m({ sourceDatabase: 'logs', name: 'a' })).toBe(true);
    expect(m({ sourceDatabase: 'logs', name: 'ab' })).toBe(false);
    expect(m({ sourceDatabase: 'a', name: 'b(c)' })).toBe(true);
    expect(ignoreMatcher(['*'])({ sourceDatabase: 'x', name: 'y' })).toBe(true);
    expect(ignoreMatcher([])({ sourceDatabase: 'x', name: 'y' })).toBe(false);
  });

  it('handles the edge cases', () => {
    // An empty pattern matches only the empty text, and `database.name` always has its dot.
    expect(matches('', '')).toBe(true);
    expect(ignoreMatcher([''])({ sourceDatabase: '', name: '' })).toBe(false);
    expect(matches('**', 'anything.at_all')).toBe(true);
    expect(matches('a**b', 'ab')).toBe(true);
    expect(matches('a**b', 'a.x.b')).toBe(true);
    expect(matches('*?', '')).toBe(false);
    expect(matches('*?*', 'x')).toBe(true);
    // `?` is one code point: an emoji outside the BMP is one character.
    expect(matches('db.?', 'db.😀')).toBe(true);
    expect(matches('db.??', 'db.😀')).toBe(false);
    expect(matches('db.?x', 'db.😀x')).toBe(true);
    expect(matches('😀*', '😀.t')).toBe(true);
    // Characters that are special in regular expressions are literal.
    for (const special of ['.', '+', '(', ')', '[', ']', '{', '}', '^', '$', '|', '\\', '/', '-']) {
      expect(matches(`a${special}b`, `a${special}b`)).toBe(true);
      expect(matches(`a${special}b`, 'axb')).toBe(false);
    }
    expect(matches('a.b', 'aXb')).toBe(false);
    expect(matches('[ab]', 'a')).toBe(false);
    // Anchored at both ends; the last piece is not matched twice.
    expect(matches('*_bak', 'orders_bak.x')).toBe(false);
    expect(matches('ab*ab', 'ab')).toBe(false);
    expect(matches('ab*ab', 'aba')).toBe(false);
    expect(matches('ab*ab', 'abab')).toBe(true);
    expect(matches('*.*_bak', 'shop.orders_bak')).toBe(true);
    expect(matches('*.*_bak', 'shop_bak')).toBe(false);
    // A lone surrogate in a name is one character too.
    expect(matches('x?y', 'x\ud800y')).toBe(true);
  });

  it('agrees with a regular expression on random patterns and names', () => {
    const alphabet = fc.constantFrom('a', 'b', '.', '_', '😀', '\n', '\ud83d', '\ude00');
    const name = fc.array(alphabet, { maxLength: 12 }).map((a) => a.join(''));
    const pattern = fc.array(fc.oneof(alphabet, fc.constantFrom('*', '?')), { maxLength: 8 }).map((a) => a.join(''));
    fc.assert(
      fc.property(pattern, name, (p, n) => matches(p, n) === reference(p, n)),
      { numRuns: 5000 }
    );
  });

  it('compares at most (name + 1) x (longest piece) + pattern characters, whatever the name', () => {
    const cases: Array<[string, string]> = [
      ['*.*_bak', 'a'.repeat(10_000)],
      ['*.*_bak', '.'.repeat(10_000)],
      ['*.*_bak', `${'_ba'.repeat(3_333)}.x_bak`],
      ['*aaaaaaaab*', 'a'.repeat(10_000)],
      ['*a*a*a*a*a*a*a*a*b', 'a'.repeat(10_000)],
      ['*????????b', 'a'.repeat(10_000)],
      ['a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b', 'a'.repeat(10_000)]
    ];
    for (const [pattern, name] of cases) {
      const bound = (Array.from(name).length + 1) * longestPiece(pattern) + Array.from(pattern).length;
      expect({ pattern, within: steps(pattern, name).steps <= bound }).toEqual({ pattern, within: true });
    }
  });

  it('does at most twice the work for a name twice as long', () => {
    const growing: Array<[string, (n: number) => string]> = [
      ['*.*_bak', (n) => 'a'.repeat(n)],
      ['*.*_bak', (n) => `${'x.'.repeat(n / 2)}`],
      ['*aaaaaaaab*', (n) => 'a'.repeat(n)],
      ['*a?a?a?a?b', (n) => 'ab'.repeat(n / 2)],
      ['db.*_tmp*_bak', (n) => `db.${'_tmp_ba'.repeat(n / 7)}`]
    ];
    for (const [pattern, make] of growing) {
      const small = steps(pattern, make(5_000)).steps;
      const large = steps(pattern, make(10_000)).steps;
      expect({ pattern, ratio: large / small <= 2.05 }).toEqual({ pattern, ratio: true });
    }
  });

  it('finds the 10,000-character match and the near miss', () => {
    const long = 'x'.repeat(9_990);
    expect(steps('*.*_bak', `db.${long}_bak`).matched).toBe(true);
    expect(steps('*.*_bak', `db.${long}_bax`).matched).toBe(false);
    expect(steps('*.*_bak', `db${long}_bak`).matched).toBe(false);
  });
});
