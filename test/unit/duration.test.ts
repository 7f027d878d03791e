import { describe, it, expect } from '@jest/globals';
import { parseDuration, parseDurationWithin, MAX_DURATION_MS } from '../../src/config/duration.js';
import { InputError } from '../../src/errors.js';
import { thrownBy } from '../support/unit.js';

const S = 1000;
const M = 60 * S;
const H = 60 * M;

const errorOf = (fn: () => unknown): InputError => thrownBy(InputError, fn);

describe('parseDuration', () => {
  it.each<[string, number]>([
    ['90s', 90 * S],
    ['45m', 45 * M],
    ['2h', 2 * H],
    ['1h30m', H + 30 * M],
    ['1h 30m', H + 30 * M],
    ['1h   30m  15s', H + 30 * M + 15 * S],
    ['500ms', 500],
    ['1m500ms', M + 500],
    ['120', 120 * S],
    ['0', 0],
    ['0s', 0],
    ['1.5', 1500],
    ['1.5h', 1.5 * H],
    ['1H30M', H + 30 * M],
    ['10S', 10 * S],
    ['250MS', 250],
    ['  5m  ', 5 * M],
    ['\t30s\n', 30 * S],
    ['7d', 7 * 24 * H],
    ['168h', MAX_DURATION_MS],
    ['604800', MAX_DURATION_MS]
  ])('parses %j', (text, ms) => {
    expect(parseDuration(text, 'timeout')).toBe(ms);
  });

  it.each([
    '',
    '   ',
    '-5',
    '-5s',
    '+5s',
    '1.5.3',
    '10x',
    'm',
    'ms',
    'NaN',
    'Infinity',
    'abc',
    '1e3',
    '0x10',
    '1h30',
    '30 s m',
    '5 minutes',
    '5sec',
    '1h,30m',
    '.5s',
    '5.s',
    '604801',
    '8d',
    '169h',
    '99999999999999999999999h'
  ])('refuses %j naming the input, the accepted form and the value', (text) => {
    const err = errorOf(() => parseDuration(text, 'poll-interval'));
    expect(err.input).toBe('poll-interval');
    expect(err.message).toContain('poll-interval must be a duration such as 30s, 5m, 1h30m or a number of seconds');
    expect(err.message).toContain(`got ${JSON.stringify(text)}`);
  });

  it('gives the exact message of the brief', () => {
    expect(errorOf(() => parseDuration('abc', 'poll-interval')).message).toBe(
      'poll-interval must be a duration such as 30s, 5m, 1h30m or a number of seconds; got "abc"'
    );
  });

  it('says what the limit is when the value is too large', () => {
    expect(errorOf(() => parseDuration('8d', 'timeout')).message).toContain('at most 7 days');
  });

  it('cuts a long value to 100 characters and escapes control characters', () => {
    const long = 'x'.repeat(500);
    const msg = errorOf(() => parseDuration(long, 'timeout')).message;
    expect(msg).toContain(`"${'x'.repeat(100)}…"`);
    expect(msg).not.toContain('x'.repeat(101));

    const nasty = errorOf(() => parseDuration('5m\n::error::owned\u001b[31m', 'timeout')).message;
    expect(nasty.includes('\n') || nasty.includes('\u001b')).toBe(false);
    expect(nasty).toContain('<U+000A>::error::owned<U+001B>[31m');
  });
});

describe('parseDurationWithin', () => {
  const range = { minMs: 100, maxMs: 5 * M, said: 'from 100ms to 5m such as 10s' };

  it.each<[string, number]>([
    ['100ms', 100],
    ['0.1', 100],
    ['10s', 10 * S],
    ['5m', 5 * M],
    ['300', 5 * M]
  ])('accepts %j, its bounds included', (text, ms) => {
    expect(parseDurationWithin(text, 'request-timeout', range)).toBe(ms);
  });

  it.each(['99ms', '0', '5m1ms', '1h'])('refuses %j outside the range, saying the range', (text) => {
    const err = errorOf(() => parseDurationWithin(text, 'request-timeout', range));
    expect(err.input).toBe('request-timeout');
    expect(err.message).toBe(`request-timeout must be a duration from 100ms to 5m such as 10s; got "${text}"`);
  });

  it('refuses what is no duration at all as parseDuration does', () => {
    expect(errorOf(() => parseDurationWithin('soon', 'request-timeout', range)).message).toBe(
      'request-timeout must be a duration such as 30s, 5m, 1h30m or a number of seconds; got "soon"'
    );
  });
});
