/**
 * `ignore` patterns: `*` any run of characters (dots included), `?` exactly one character (a code
 * point, so one emoji is one character), everything else literal and case-sensitive, matched
 * against `<source database>.<name>` of the entry.
 *
 * A name comes from the source database and may be long and crafted; a pattern is written by the
 * workflow's author. The matcher takes time linear in the name for a given pattern. A pattern is
 * its pieces between the stars (literal text, with `?` for any one character). The first piece
 * must match at the start and the last at the end; each piece between them is matched at its
 * leftmost place after the one before, since a match that puts it later can always put it
 * there instead. So nothing is ever tried again across a star: each place of the name is tried
 * as the start of at most one piece, at a cost of at most that piece's length, and a match
 * compares or skips at most (name length + 1) x (longest piece) + (pattern length) characters.
 * (A regular expression built from the pattern backtracks instead: a fifth of a second for one
 * name of 10,000 dots against `*.*_bak`.) The name is compared as UTF-16 text, with the native
 * string search, and a piece never starts or ends inside a surrogate pair.
 */
import type { DtsObject } from './types.js';

export type IgnoreMatcher = (object: Pick<DtsObject, 'sourceDatabase' | 'name'>) => boolean;

/** `?` inside a piece. */
const ANY = null;

/** A literal run of the pattern (as UTF-16 text, compared with the name's text directly), or `?`. */
type Token = string | typeof ANY;

/** What lies between two stars. */
type Piece = readonly Token[];

/** A compiled pattern. */
interface Glob {
  /** The pieces between stars; one piece when the pattern has no star. */
  readonly pieces: readonly Piece[];
  readonly starred: boolean;
}

/** Counts the characters compared or skipped, for tests that show how the work grows. */
export interface StepCounter {
  steps: number;
}

const UNCOUNTED: StepCounter = { steps: 0 };

export function compileGlob(pattern: string): Glob {
  const pieces: Token[][] = [[]];
  for (const ch of pattern) {
    const piece = pieces[pieces.length - 1] as Token[];
    if (ch === '*') pieces.push([]);
    else if (ch === '?') piece.push(ANY);
    else if (typeof piece[piece.length - 1] === 'string') piece[piece.length - 1] += ch;
    else piece.push(ch);
  }
  const starred = pieces.length > 1;
  // Between the first and the last piece, empty pieces (from `**`) change nothing.
  const kept = starred
    ? [pieces[0] as Piece, ...pieces.slice(1, -1).filter((p) => p.length > 0), pieces[pieces.length - 1] as Piece]
    : pieces;
  return { pieces: kept, starred };
}

const isHigh = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** Whether position `at` of `text` lies between two code points (not inside a surrogate pair). */
const between = (text: string, at: number): boolean => !(isLow(text.charCodeAt(at)) && isHigh(text.charCodeAt(at - 1)));

/** Where `piece` ends when it starts at `at`, or -1. */
function forward(name: string, at: number, piece: Piece, counter: StepCounter): number {
  let pos = at;
  for (const token of piece) {
    if (token === ANY) {
      if (pos >= name.length) return -1;
      counter.steps++;
      pos += isHigh(name.charCodeAt(pos)) && isLow(name.charCodeAt(pos + 1)) ? 2 : 1;
    } else {
      counter.steps += token.length;
      if (!name.startsWith(token, pos)) return -1;
      pos += token.length;
      if (!between(name, pos)) return -1;
    }
  }
  return pos;
}

/** Where `piece` starts when it ends at `end`, or -1. */
function backward(name: string, end: number, piece: Piece, counter: StepCounter): number {
  let pos = end;
  for (let i = piece.length - 1; i >= 0; i--) {
    const token = piece[i] as Token;
    if (token === ANY) {
      if (pos <= 0) return -1;
      counter.steps++;
      pos -= isLow(name.charCodeAt(pos - 1)) && isHigh(name.charCodeAt(pos - 2)) ? 2 : 1;
    } else {
      counter.steps += token.length;
      if (!name.endsWith(token, pos)) return -1;
      pos -= token.length;
      if (!between(name, pos)) return -1;
    }
  }
  return pos;
}

/** Where the leftmost match of `piece` within `from`..`to` ends, or -1. */
function leftmost(name: string, from: number, to: number, piece: Piece, counter: StepCounter): number {
  const lead = piece[0];
  for (let at = from; at <= to; at++) {
    if (typeof lead === 'string') {
      // The native search skips ahead to the next place where the piece can start.
      const next = name.indexOf(lead, at);
      counter.steps += (next < 0 || next > to ? to : next) - at + 1;
      if (next < 0 || next > to) return -1;
      at = next;
    }
    if (!between(name, at)) continue;
    const end = forward(name, at, piece, counter);
    if (end >= 0) return end <= to ? end : -1; // a later start only ends later
  }
  return -1;
}

/** Whether `name` matches `glob`; `counter` counts the characters compared or skipped. */
export function matchGlob(glob: Glob, name: string, counter: StepCounter = UNCOUNTED): boolean {
  const { pieces } = glob;
  const first = pieces[0] ?? [];
  if (!glob.starred) return forward(name, 0, first, counter) === name.length;
  const firstEnd = forward(name, 0, first, counter);
  const lastStart = firstEnd < 0 ? -1 : backward(name, name.length, pieces[pieces.length - 1] ?? [], counter);
  if (lastStart < firstEnd) return false;
  let from = firstEnd;
  for (let p = 1; p < pieces.length - 1 && from >= 0; p++) from = leftmost(name, from, lastStart, pieces[p] ?? [], counter);
  return from >= 0;
}

export function ignoreMatcher(patterns: readonly string[]): IgnoreMatcher {
  if (patterns.length === 0) return () => false;
  const globs = patterns.map(compileGlob);
  return (object) => {
    const name = `${object.sourceDatabase}.${object.name}`;
    return globs.some((glob) => matchGlob(glob, name));
  };
}
