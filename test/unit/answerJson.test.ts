/**
 * The answer parser: the native JSON parser where it reads what json-bigint reads, json-bigint's
 * exact reading elsewhere, and a marker instead of a throw for a text that is not JSON. The
 * property test compares it with json-bigint over random JSON texts, numbers of every size in
 * and out of strings included.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import jsonBigint from 'json-bigint';
import { installAnswerParser, isNotJson, notJson, NOT_JSON_EXCERPT, parseAnswer, type NotJson } from '../../src/dts/answerJson.js';
import { count, flag, text } from '../../src/core/scalar.js';

/** json-bigint with its default options: what pop-core parsed with before, whatever is installed. */
const reference = jsonBigint().parse;

/** Whether the value came from the native parser: its objects have Object's prototype, json-bigint's none. */
const native = (value: unknown): boolean => Object.getPrototypeOf(value) === Object.prototype;

const PAGE =
  '{"RequestId":"0E3A1B2C-4D5E-6F70-8192-A3B4C5D6E7F8","Success":true,' +
  '"DataInitializationDetails":[{"TableName":"orders","Status":"Migrating","TotalRowNum":"12345678901234567890",' +
  '"FinishRowNum":"9981","UsedTime":"86400.5","ErrorMessage":"","SourceOwnerDBName":"shop"}],' +
  '"StructureInitializationDetails":[],"DataSynchronizationDetails":[]}';

describe('parseAnswer', () => {
  it('reads an answer whose row counts are strings with the native parser, as JSON.parse reads it', () => {
    const value = parseAnswer(PAGE);
    expect(native(value)).toBe(true);
    expect(value).toEqual(JSON.parse(PAGE));
  });

  it.each([
    ['2^53 + 1', '9007199254740993'],
    ['2^64', '18446744073709551616'],
    ['a 20-digit row count', '12345678901234567890'],
    ['a negative one', '-12345678901234567890'],
    ['16 digits within 2^53', '1234567890123456'],
    ['a long decimal', '0.12345678901234567890']
  ])('reads an unquoted number of more than 15 characters (%s) exactly, as json-bigint does', (_, digits) => {
    const value = parseAnswer(`{"TotalRowNum": ${digits}, "Other":[1,${digits}]}`) as Record<string, unknown>;
    expect(native(value)).toBe(false);
    expect(text(value.TotalRowNum)).toBe(text(reference(digits)));
    expect(text((value.Other as unknown[])[1])).toBe(text(reference(digits)));
    if (/^\d+$/.test(digits)) expect(count(value.TotalRowNum)).toBe(digits);
  });

  it('reads a text that is a number by itself as json-bigint does', () => {
    expect(text(parseAnswer(' 12345678901234567890'))).toBe('12345678901234567890');
    expect(parseAnswer('42')).toBe(42);
  });

  it('takes 15 characters or fewer, and long digits inside strings, with the native parser', () => {
    const value = parseAnswer('{"a":123456789012345,"b":-0.5e-10,"c":"123456789012345678901234","d":[1e30]}');
    expect(native(value)).toBe(true);
    expect(value).toEqual({ a: 123456789012345, b: -0.5e-10, c: '123456789012345678901234', d: [1e30] });
  });

  it('takes the native way for a request id whose hex digits look like an exponent or a long number', () => {
    // About one request id in four holds a digit, an E and three digits somewhere.
    const value = parseAnswer('{"RequestId":"5E123A1B-0E999-4D5E-1234567890123456","Success":true,"Code":"e1000"}');
    expect(native(value)).toBe(true);
  });

  it('refuses, as json-bigint does, a number that overflows to Infinity, where JSON.parse would give Infinity', () => {
    expect(JSON.parse('{"a":1e400}')).toEqual({ a: Infinity });
    expect(() => reference('{"a":1e400}')).toThrow();
    expect(isNotJson(parseAnswer('{"a":1e400}'))).toBe(true);
  });

  it('refuses, as json-bigint does, the keys __proto__ and constructor, also spelt with escapes', () => {
    for (const key of ['__proto__', 'constructor', 'my_constructor', '\\u005f\\u005fproto__', 'constructo\\u0072']) {
      const answer = `{"Success":true,"${key}":{"polluted":true}}`;
      expect(() => reference(answer)).toThrow();
      expect(isNotJson(parseAnswer(answer))).toBe(true);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('takes what json-bigint takes and the native parser refuses (a raw tab in a string)', () => {
    const answer = '{"ErrorMessage":"a\tb"}';
    expect(() => JSON.parse(answer)).toThrow();
    expect(parseAnswer(answer)).toEqual({ ErrorMessage: 'a\tb' });
  });

  it('gives a text that is not JSON back as a frozen marker with its start and length, without throwing', () => {
    const html = '<html><head><title>502 Bad Gateway</title></head><body>' + 'x'.repeat(1000) + '</body></html>';
    const marker = parseAnswer(html);
    expect(isNotJson(marker)).toBe(true);
    const { excerpt, length } = marker as NotJson;
    expect(excerpt).toBe(html.slice(0, NOT_JSON_EXCERPT));
    expect(length).toBe(html.length);
    expect(Object.isFrozen(marker)).toBe(true);
    for (const bad of ['', '   ', '{"a":', 'null null', 'undefined', '{"a":01x}']) {
      expect(isNotJson(parseAnswer(bad))).toBe(true);
    }
  });

  it('cuts the start of a text before half a surrogate pair', () => {
    const cut = 'x'.repeat(NOT_JSON_EXCERPT - 1) + '😀 and more';
    expect(notJson(cut).excerpt).toBe('x'.repeat(NOT_JSON_EXCERPT - 1));
    expect(notJson('😀').excerpt).toBe('😀');
  });

  it('no JSON text makes a marker: an object with the same fields is an answer', () => {
    const lookalike = parseAnswer('{"excerpt":"<html>","length":6}');
    expect(isNotJson(lookalike)).toBe(false);
    expect(isNotJson(null)).toBe(false);
    expect(isNotJson('<html>')).toBe(false);
  });
});

describe('installAnswerParser', () => {
  it("puts parseAnswer onto json-bigint's export, which pop-core calls with the answer's Buffer", () => {
    const before = jsonBigint.parse;
    installAnswerParser();
    const installed = jsonBigint.parse;
    expect(installed).not.toBe(before);
    installAnswerParser();
    expect(jsonBigint.parse).toBe(installed);

    const value = installed(Buffer.from(PAGE));
    expect(native(value)).toBe(true);
    expect(value).toEqual(JSON.parse(PAGE));
    expect(text((installed(Buffer.from('{"n":12345678901234567890}')) as { n: unknown }).n)).toBe('12345678901234567890');
    expect(isNotJson(installed(Buffer.from('<html>502</html>')))).toBe(true);
    // A reviver is json-bigint's business, as before.
    expect(installed('{"a":1}', (_key: string, v: unknown) => (typeof v === 'number' ? v + 1 : v))).toEqual({ a: 2 });
  });
});

// ---------------------------------------------------------------------------------------------
// Random JSON texts against json-bigint

const digits = (min: number, max: number): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...'0123456789'), { minLength: min, maxLength: max }).map((d) => d.join(''));

/** A JSON number token of any size: short and long integers, decimals, exponents (some overflowing). */
const numberToken: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '0',
    '-0',
    '9007199254740993',
    '18446744073709551616',
    '-9223372036854775809',
    '12345678901234567890',
    '1e400',
    '-2E+308'
  ),
  fc
    .tuple(
      fc.constantFrom('', '-'),
      fc.oneof(
        fc.constant('0'),
        fc.tuple(fc.constantFrom(...'123456789'), digits(0, 24)).map(([a, b]) => a + b)
      ),
      fc.option(
        digits(1, 20).map((d) => `.${d}`),
        { nil: '' }
      ),
      fc.option(
        fc.tuple(fc.constantFrom('e', 'E'), fc.constantFrom('', '+', '-'), digits(1, 4)).map(([e, s, d]) => e + s + d),
        { nil: '' }
      )
    )
    .map((parts) => parts.join(''))
);

/** A JSON string token: random text, digits that look like numbers, and escapes. */
const stringToken: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 12 }).map((s) => JSON.stringify(s)),
  fc.string({ unit: 'grapheme', maxLength: 6 }).map((s) => JSON.stringify(s)),
  numberToken.map((n) => JSON.stringify(n)),
  numberToken.map((n) => JSON.stringify(`rows: ${n}, [${n}]`)),
  fc.constantFrom('"\\u0041\\n\\"\\\\"', '"\\ud83d\\ude00"', '"tab\\there"', '"\\u005f"')
);

const keyToken: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('"TotalRowNum"', '"FinishRowNum"', '"UsedTime"', '"Status"', '"Success"', '"TableName"') },
  { weight: 2, arbitrary: stringToken },
  { weight: 1, arbitrary: fc.constantFrom('"__proto__"', '"constructor"', '"\\u0063onstructor"', '"a:1234567890123456"') }
);

const blank = fc.constantFrom('', '', ' ', '\n', '\t', '\r\n  ');

const { json: jsonText } = fc.letrec<{ json: string; scalar: string; array: string; object: string }>((tie) => ({
  json: fc.oneof({ maxDepth: 4, depthIdentifier: 'json' }, tie('scalar'), tie('array'), tie('object')),
  scalar: fc.oneof(numberToken, stringToken, fc.constantFrom('true', 'false', 'null')),
  array: fc
    .tuple(blank, fc.array(fc.tuple(tie('json'), blank), { maxLength: 5 }))
    .map(([b, items]) => `[${b}${items.map(([v, after]) => v + after).join(',')}]`),
  object: fc
    .tuple(blank, fc.array(fc.tuple(keyToken, blank, tie('json'), blank), { maxLength: 6 }))
    .map(([b, members]) => `{${b}${members.map(([k, b1, v, b2]) => `${k}${b1}:${v}${b2}`).join(',')}}`)
}));

/** What the project's readers see of a value: per scalar its text, count and flag; the shape around them. */
function reading(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reading);
  const proto: unknown = typeof value === 'object' && value !== null ? Object.getPrototypeOf(value) : undefined;
  // Objects of either parser; anything else with a prototype is json-bigint's BigNumber, a scalar.
  if (proto === null || proto === Object.prototype) {
    const record = value as Record<string, unknown>;
    return Object.keys(record).map((key) => [key, reading(record[key])]);
  }
  return { kind: typeof value, text: text(value), count: count(value), flag: flag(value) };
}

describe('parseAnswer against json-bigint over random JSON texts', () => {
  it('every value read through text, count and flag is the same; a text json-bigint refuses is a marker', () => {
    const paths = { native: 0, exact: 0, refused: 0 };
    fc.assert(
      fc.property(fc.tuple(blank, jsonText, blank, fc.boolean()), ([before, json, after, wrapped]) => {
        // Mostly an answer's shape, an object around the random value; sometimes the value alone.
        const answer = wrapped ? `${before}{"Success":true,"Body":${json}}${after}` : `${before}${json}${after}`;
        let expected: unknown;
        try {
          expected = reference(answer);
        } catch {
          paths.refused++;
          expect(isNotJson(parseAnswer(answer))).toBe(true);
          return;
        }
        const value = parseAnswer(answer);
        expect(isNotJson(value)).toBe(false);
        if (typeof value === 'object' && value !== null && !Array.isArray(value)) paths[native(value) ? 'native' : 'exact']++;
        expect(reading(value)).toEqual(reading(expected));
      }),
      { numRuns: 2000 }
    );
    // Each way was taken: the property says nothing of a parser that always falls back.
    expect(paths.native).toBeGreaterThan(100);
    expect(paths.exact).toBeGreaterThan(100);
    expect(paths.refused).toBeGreaterThan(10);
  });
});
